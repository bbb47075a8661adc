"""Position descriptions read from text, Word and PDF: titles, stated classes, duties and their shares, refusals."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.positions.duties import parse_duties
from desktop_app.core.positions.parse import parse_position, read_position
from tests.conftest import FIXTURES, SEED

POSITIONS = FIXTURES / "positions"


def read(name: str):
    path = POSITIONS / name
    return read_position(path.read_bytes(), str(path))


@pytest.mark.parametrize(
    "name, title, current, requested, shares",
    [
        ("pd-01-oh-benefits-rep-health.txt", "Health Benefits Specialist - Agency Liaison Desk",
         "Benefits Management Representative (65250)", "", [40, 25, 15, 10, 10]),
        ("pd-02-oh-benefits-analyst-health.docx", "Medical & Pharmacy Plan Lead", "Benefits Management Analyst / 65251",
         "", [35, 20, 15, 15, 10, 5]),
        ("pd-03-oh-benefits-analyst-disability.txt", "Return-to-Work Program Analyst",
         "Benefits Management Analyst (65251)", "", [35, 25, 15, 15, 10]),
        ("pd-04-oh-benefits-manager-disability.pdf", "Manager, Disability & Workers' Compensation Programs",
         "Benefits Manager 1 (65255)", "", [30, 25, 20, 15, 10]),
        ("pd-05-ssa-contracts.txt", "Contract Analyst", "",
         "SSA (to be filled at Range A/B from the SSA list or by transfer)", [40, 20, 15, 10, 10, 5]),
        ("pd-06-agpa-contracts.docx", "Senior Contract Analyst / Contracts Policy Lead", "AGPA", "",
         [35, 25, 20, 10, 5, 5]),
        ("pd-08-office-technician.txt", "Secretary to the District Deputy", "OT (General)", "", [30, 25, 20, 10, 10, 5]),
        ("pd-10-accounting-officer.pdf",
         "Fund Accountant - Preservation Fund and Federal Trust Unit General Ledger and Fund Accounting Unit",
         "Accounting Officer (Specialist)", "", [30, 25, 20, 10, 10, 5]),
        ("pd-12-electrician-ii.txt", "Lead Electrician - Tenant Improvement / Project Crew", "Electrician II", "",
         [35, 25, 15, 15, 10]),
        ("pd-13-isa-staff-reclass.txt", "Associate Information Systems Analyst (Specialist)",
         "Associate Information Systems Analyst (Specialist)", "Staff Information Systems Analyst (Specialist)",
         [35, 25, 15, 15, 10]),
        ("pd-22-boe-tax-technician.txt", "Registration / Account Maintenance Technician", "Tax Technician II", "",
         [35, 25, 20, 15, 10]),
        ("pd-25-transportation-engineer.txt", "Design Engineer", "", "", [40, 20, 15, 10, 10, 5]),
    ],
)
def test_titles_stated_classes_and_shares(name, title, current, requested, shares):
    position = read(name)
    assert position.title == title
    assert position.current_class == current
    assert position.requested_class == requested
    assert [d.percent for d in position.duties] == shares


def test_every_description_of_both_sets_gives_its_duties_with_shares():
    for gold_file in (POSITIONS / "gold.json", POSITIONS / "holdout" / "gold.json"):
        for entry in json.loads(gold_file.read_text(encoding="utf-8")):
            position = read(str(gold_file.parent.relative_to(POSITIONS) / entry["file"]))
            assert len(position.duties) >= 4, entry["file"]
            assert all(d.percent for d in position.duties), entry["file"]
            assert all(len(d.text.split()) >= 8 for d in position.duties), entry["file"]


def test_a_duty_starts_with_its_own_words_and_ends_before_the_next_share():
    duties = read("pd-01-oh-benefits-rep-health.txt").duties
    assert duties[0].text.startswith("Escalated eligibility and enrollment cases. Receives cases from the BAS queue")
    assert duties[0].text.endswith("takes anything without a precedent to the Benefits Manager.")
    # The essential/marginal mark of a California duty statement is no part of the duty.
    assert read("pd-06-agpa-contracts.docx").duties[0].text.startswith("Negotiates, drafts and executes")


def test_shares_that_do_not_add_up_import_with_a_warning():
    assert read("pd-15-lead-custodian-reclass.txt").warnings == ("the duties' shares of time add up to 95%, not 100%",)
    assert read("pd-22-boe-tax-technician.txt").warnings == ("the duties' shares of time add up to 105%, not 100%",)
    assert read("pd-01-oh-benefits-rep-health.txt").warnings == ()


def test_supervision_and_ksas_are_read_apart_from_the_duties():
    position = read("pd-01-oh-benefits-rep-health.txt")
    assert position.supervision_received.startswith("General supervision from the Benefits Manager 1")
    assert position.supervision_exercised == "None. Occasionally shows new liaison desk staff how to work the queue."
    assert position.ksas[0] == ("Working knowledge of health, dental, vision and life plan eligibility, COBRA, and "
                                "coordination of benefits; HIPAA privacy rules.")
    assert len(position.ksas) == 5
    assert position.agency == "Department of Administrative Services"


@pytest.mark.parametrize(
    "text, shares",
    [
        ("1. (40%) Reviews packages.\n2. (60%) Answers questions.", [40, 60]),
        ("Duty 1 (35%): Return to work.\nDuty 2 (65%): Monitoring.", [35, 65]),
        ("40% – Well records.\n60% - Counter.", [40, 60]),
        ("35% E Correspondence.\n65% M Files.", [35, 65]),
        ("DUTY A - 35% of time - Registration.\nDUTY B - 65% of time - Claims.", [35, 65]),
        ("Task 1 — 40% — Design.\nTask 2 — 60% — Estimates.", [40, 60]),
        ("1. 40% (E) Order verification.\n2. 60% (M) Inventory.", [40, 60]),
        ("A. 35% — Project leader.\nB. 65% — Specialist.", [35, 65]),
        ("% of Time Job Duties 30% Program management. Designs it. 70% Supervision. Supervises staff.", [30, 70]),
        ("Reviews contract packages for the unit 40%\nAnswers questions from programs 60%", [40, 60]),
    ],
)
def test_the_forms_of_a_share_of_time(text, shares):
    assert [d.percent for d in parse_duties(text)] == shares


def test_percentages_inside_a_sentence_are_no_duties():
    duties = parse_duties("40% - Emergency care (about 65% of call volume), as an EMT. Volume grew 30% this year.\n"
                          "60% - Training. Anything over 90% is highlighted.")
    assert [d.percent for d in duties] == [40, 60]
    assert duties[0].text == "Emergency care (about 65% of call volume), as an EMT. Volume grew 30% this year."


def test_a_class_specification_is_refused_with_one_line():
    with pytest.raises(DocumentError) as refused:
        read_position(SEED.read_bytes(), str(SEED))
    assert str(refused.value) == ("a class specification, not a position description: import it into the library "
                                  "as a class")
    page = (FIXTURES / "calhr" / "6410.html").read_bytes()
    with pytest.raises(DocumentError, match="a class specification, not a position description"):
        read_position(page)


def test_a_document_without_duties_is_refused_with_one_line():
    with pytest.raises(DocumentError) as refused:
        parse_position("POSITION DESCRIPTION\nWorking Title: Analyst\n\nPurpose:\nHelps the unit.\n")
    assert str(refused.value) == ("no duties found: a position description lists its duties under a heading "
                                  "(\"Duties\", \"Essential functions\") or each with its share of time (\"40% - …\")")


@pytest.mark.parametrize("name", ["00002-senior-management-analyst.txt", "26005-communications-specialist.txt",
                                  "31101-community-safety-director.txt", "Management Analyst.docx",
                                  "management-analyst.pdf"])
def test_a_class_spec_of_a_city_is_refused_as_a_position(name):
    path = FIXTURES / "neogov" / name
    with pytest.raises(DocumentError) as refused:
        read_position(path.read_bytes(), str(path))
    assert str(refused.value) == ("a class specification, not a position description: import it into the library "
                                  "as a class")


def test_the_programs_own_printed_spec_is_refused_as_a_position(tmp_path, seeded_library):
    from desktop_app.cli import main

    printed = tmp_path / "65251.pdf"
    assert main(["show", "65251", "--format", "pdf", "-o", str(printed), "--library", str(seeded_library.path)]) == 0
    with pytest.raises(DocumentError) as refused:
        read_position(printed.read_bytes(), str(printed))
    assert str(refused.value).startswith("a class specification, not a position description")


@pytest.mark.parametrize("duties", [
    "A. Reviews health plan claims data and prepares cost reports for management. (40%)\n"
    "B. Drafts policies and procedures for the disability program. (35%)\n"
    "C. Answers questions from agency HR offices. (25%)\n",
    "Reviews health plan claims data and prepares cost reports for management.\nPercent of time: 40%\n"
    "Drafts policies and procedures for the disability program.\nPercent of time: 35%\n"
    "Answers questions from agency HR offices.\nPercent of time: 25%\n",
    "40      Reviews health plan claims data and prepares cost reports for management.\n"
    "35      Drafts policies and procedures for the disability program.\n"
    "25      Answers questions from agency HR offices.\n",
])
def test_shares_given_after_their_duties_or_without_a_percent_sign_go_with_their_duties(duties):
    position = parse_position(f"POSITION DESCRIPTION\nWorking Title: Benefits Analyst\n\nDuties:\n{duties}")
    assert [(d.percent, d.text) for d in position.duties] == [
        (40.0, "Reviews health plan claims data and prepares cost reports for management."),
        (35.0, "Drafts policies and procedures for the disability program."),
        (25.0, "Answers questions from agency HR offices."),
    ]
    assert position.warnings == ()


def test_a_numbered_list_is_no_column_of_shares():
    items = "".join(f"{n}   Performs task number {n} of the unit's work.\n" for n in range(1, 15))
    assert {d.percent for d in parse_duties(items)} == {None}


@pytest.mark.parametrize("hostile", ["1%" + " " * 50_000 + "x", " " * 50_000, "Duty 1 " + " " * 50_000,
                                     "40% of " + " " * 50_000, "(40%) " * 8_000])
def test_long_runs_of_spaces_cost_their_length_once(hostile):
    import time

    start = time.perf_counter()
    parse_duties(hostile)
    assert time.perf_counter() - start < 2.0  # a quadratic reading takes a minute or more


def test_label_and_value_fields_a_pdf_joined_into_one_line_are_read_apart():
    text = (
        "POSITION DESCRIPTION\n\n"
        "Agency: Department of Administrative Services Division/Office: Human Resources Division\n\n(BAS)\n\n"
        "Section: Health Benefits Position Control No.: 00019877 Working Title: Health Benefits Specialist "
        "Current Classification: Benefits Management Representative (65250) Supervisor's Name/Classification: "
        "Benefits Manager 1 (65255) Work Location: Columbus Bargaining Unit: 14\n\n"
        "JOB DUTIES\n\n60% - Resolves escalated enrollment cases.\n40% - Presents benefits training to agencies.\n"
    )
    position = parse_position(text, "pd.pdf")
    assert (position.title, position.agency, position.unit, position.current_class, position.supervisor) == (
        "Health Benefits Specialist", "Department of Administrative Services", "Human Resources Division (BAS)",
        "Benefits Management Representative (65250)", "Benefits Manager 1 (65255)")
    assert [d.percent for d in position.duties] == [60, 40]
