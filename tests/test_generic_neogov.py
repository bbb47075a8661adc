"""City of Eastvale specs (the NEOGOV layout) read by their headings: sections, items, identity, refusals."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.core.jurisdictions import Jurisdiction, Jurisdictions
from tests.conftest import FIXTURES

NEOGOV = FIXTURES / "neogov"
EASTVALE = Jurisdictions(default=Jurisdiction("EASTVALE", "City of Eastvale"))


def read(name: str, jurisdictions: Jurisdictions = EASTVALE):
    return parse_document((NEOGOV / name).read_bytes(), name, jurisdictions)


def outline(spec) -> list[tuple[str, str, int]]:
    return [(s.kind, s.heading, len(s.items)) for s in spec.sections]


def test_management_analyst_sections_in_document_order():
    document = read("00003-management-analyst.txt")
    (spec,) = document.classes
    assert (document.format, spec.key, spec.title) == ("generic", "EASTVALE:00003", "Management Analyst")
    assert outline(spec) == [
        ("concept", "Definition", 1),
        ("concept", "Distinguishing Characteristics", 1),
        ("other", "Supervision Received and Exercised", 1),
        ("duties", "Essential Functions", 13),
        ("qualifications", "Experience, Training, and Licenses", 2),
        ("knowledge", "Knowledge of", 11),
        ("abilities", "Ability to", 24),
        ("conditions", "Special Requirements", 2),
        ("conditions", "Physical and Mental Demands", 3),
        ("conditions", "Working Conditions", 1),
        ("other", "Disaster Service Worker", 1),
    ]


def test_duties_lose_their_numbers_and_the_remark_becomes_the_note():
    (spec,) = read("00003-management-analyst.txt").classes
    duties = spec.section("duties")
    assert duties.note == (
        "Class specifications are intended to present a descriptive list of the range of duties performed by "
        "employees in the class. Specifications are not intended to reflect all duties performed within the job."
    )
    assert duties.items[0].text.startswith("Assists in conducting assigned administrative, fiscal, or operational")
    assert duties.items[-1].text == "Performs other duties as assigned."


def test_qualifications_are_alternatives_with_their_labels():
    (spec,) = read("00003-management-analyst.txt").classes
    qualifications = spec.section("qualifications")
    assert qualifications.note == (
        "Any combination of experience and training that would likely provide the required knowledge and abilities "
        "may be qualifying. A typical way to obtain the knowledge and abilities would be:")
    assert [i.text for i in qualifications.items] == [
        "Graduation from an accredited college or university with a associates degree or equivalent in Political "
        "Science, Business Administration, Public Administration, or a related field. Two (2) years of responsible "
        "complex office administrative experience involving support of a functional area or equivalent.",
        "License/Certificate: Possession of a valid Class “C” California driver’s license and a satisfactory "
        "driving record.",
    ]


def test_knowledge_and_abilities_are_cut_at_semicolons():
    (spec,) = read("00003-management-analyst.txt").classes
    knowledge = [i.text for i in spec.section("knowledge").items]
    assert knowledge[:3] == [
        "Concepts, theories, principles, methods and practices of organizational and municipal government "
        "administration",
        "cost accounting procedures, practices, and their relationship to budgeting",
        "research and statistical methods",
    ]
    assert knowledge[-1] == "safe work methods and safety regulations"
    assert spec.section("abilities").items[0].text == "Organize work based on established priorities"


def test_the_series_it_names_and_the_jurisdiction_of_the_import():
    (spec,) = read("00003-management-analyst.txt").classes
    assert spec.series.code == "Management Analyst"
    assert spec.jurisdiction == "EASTVALE"


def test_one_duty_a_line_without_blank_lines():
    (spec,) = read("26005-communications-specialist.txt").classes
    duties = spec.section("duties")
    assert len(duties.items) == 18
    assert duties.items[0].text.startswith("Researches, drafts for approval, and disseminates timely")
    assert ("other", "FLSA Status", 1) in outline(spec)


def test_a_label_inside_the_duties_stays_in_the_duties():
    (spec,) = read("31101-community-safety-director.txt").classes
    duties = [i.text for i in spec.section("duties").items]
    assert len(duties) == 37
    assert duties[23].startswith("KEY INITIATIVES: Participate in the research, strategic analysis, design")
    assert not [s for s in spec.sections if s.heading.startswith("KEY")]


def test_knowledge_written_as_sentences_is_cut_at_sentence_ends():
    (spec,) = read("31101-community-safety-director.txt").classes
    knowledge = [i.text for i in spec.section("knowledge").items]
    assert knowledge[0] == (
        "Administrative principles and practices, including goal setting, program development, implementation, "
        "and evaluation and project management"
    )
    # "Knowledge of public and private …" inside the "Knowledge of:" run: the lead-in is not repeated.
    assert "public and private project financing methods" in knowledge
    abilities = [i.text for i in spec.section("abilities").items]
    assert abilities[2] == "work amicably as a team to accomplish individual and group assignments and goals"


def test_options_of_the_minimum_qualifications():
    (spec,) = read("50002-public-works-superintendent.txt").classes
    items = [i.text for i in spec.section("qualifications").items]
    assert spec.section("qualifications").note.startswith("A combination of experience and training that")
    assert [t[:45] for t in items] == [
        "Option 1: Education: Equivalent to a bachelor",
        "Option 2: Experience: Ten years of sub-profes",
        "License/Certificate: Possession of a valid Cl",
    ]


def test_codes_are_kept_as_written():
    (spec,) = read("33004PT-code-enforcement-officer.txt").classes
    assert (spec.number, spec.title, spec.series.code) == ("33004PT", "Code Enforcement Officer", "Code Enforcement")
    (spec,) = read("00004a-management-assistant.txt").classes
    assert (spec.number, spec.title, spec.series.code) == ("00004a", "Management Assistant", "Management")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("24004-senior-it-technician.txt",
         "class 24004 (Senior IT Technician): the document holds no specification text "
         "(it says only “Job Description Under Review”)"),
        ("10001-council-member.txt", "class 10001 (Council Member): the document holds no specification text"),
    ],
)
def test_stubs_are_refused(name, reason):
    with pytest.raises(DocumentError) as refused:
        read(name)
    assert str(refused.value) == reason


def test_a_document_that_names_no_jurisdiction_needs_one(tmp_path):
    text = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")
    text = text.replace("City of Eastvale employees", "employees")
    with pytest.raises(DocumentError) as refused:
        parse_document(text.encode(), "00003-management-analyst.txt", Jurisdictions())
    assert str(refused.value) == (
        "class 00003 (Management Analyst): the document does not say which jurisdiction it is from; "
        "import it with --jurisdiction NAME"
    )


def test_the_employers_own_statement_names_the_jurisdiction_when_the_user_named_none():
    document = read("00003-management-analyst.txt", Jurisdictions())
    assert document.jurisdiction == Jurisdiction("EASTVALE", "City of Eastvale")
    assert document.classes[0].key == "EASTVALE:00003"


def test_the_employers_statement_names_it_in_any_case():
    """Some of the City's pages write "City of Eastvale Employees, in the event of a disaster, …"."""
    text = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")
    text = text.replace("City of Eastvale employees", "City of Eastvale Employees")
    document = parse_document(text.encode(), "00003-management-analyst.txt", Jurisdictions())
    assert document.jurisdiction == Jurisdiction("EASTVALE", "City of Eastvale")


def analyst_with(before_licence: str, after_licence: str = ""):
    """The Management Analyst's spec with lines written in before its License/Certificate label, or after it."""
    text = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8").replace(
        "License/Certificate\n", f"{before_licence}License/Certificate\n{after_licence}", 1)
    (spec,) = parse_document(text.encode(), "00003-management-analyst.txt", Jurisdictions()).classes
    return spec


def test_a_line_broken_by_hand_in_a_sentence_is_one_item():
    spec = analyst_with("", "\nPossession of valid certification as a Civil Engineer issued by the California State "
                        "Board\nof Registration for Civil and Professional engineers is desirable.\n\n")
    items = [i.text for i in spec.section("qualifications").items]
    assert "License/Certificate: Possession of valid certification as a Civil Engineer issued by the California State " \
           "Board of Registration for Civil and Professional engineers is desirable." in items


def test_a_run_cut_at_a_sentence_that_starts_in_lower_case():
    from desktop_app.core.formats.heading_sections import run_items

    assert [i.text for i in run_items("Personal computer operation and relevant software applications. general office "
                                      "procedures; filing systems, e.g. alphabetical and numerical.")] == [
        "Personal computer operation and relevant software applications", "general office procedures",
        "filing systems, e.g. alphabetical and numerical"]


def test_how_applicants_are_checked_is_a_note_not_a_way_in():
    spec = analyst_with("Criminal background checks are conducted post-offer and in compliance with the Fair Chance "
                        "Act.\n\n")
    qualifications = spec.section("qualifications")
    assert qualifications.note.endswith("Criminal background checks are conducted post-offer and in compliance "
                                        "with the Fair Chance Act.")
    assert not any("background" in i.text for i in qualifications.items)


def test_a_certificate_the_special_requirements_ask_for_is_a_qualification():
    (spec,) = read("33004PT-code-enforcement-officer.txt").classes
    qualifications = [i.text for s in spec.sections_of("qualifications") for i in s.items]
    assert any(t.startswith("Possession of a P.C. 832 Peace Officer’s Standard and Training (POST) Certificate")
               for t in qualifications)
    assert any(t.startswith("Possession of a Certified Code Enforcement Officer (CCEO) Designation")
               for t in qualifications)
    conditions = [i.text for s in spec.sections_of("conditions") for i in s.items]
    assert not any(t.startswith("Possession of") for t in conditions)
    assert any(t.startswith("Ability to work evenings") for t in conditions)


def test_a_lead_in_to_the_options_is_a_note_not_a_way_in():
    spec = analyst_with("Required qualifications: Meeting the minimum required qualifications can be achieved by any "
                        "of the following options:\n\n")
    qualifications = spec.section("qualifications")
    assert qualifications.note.endswith("can be achieved by any of the following options:")
    assert not any("any of the following" in i.text for i in qualifications.items)
