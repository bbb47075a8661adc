"""Layouts of other jurisdictions read by their headings (a county spec, a city's class bulletin, a national
government's work description in Word), and the documents refused with one line."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.core.jurisdictions import Jurisdiction, Jurisdictions
from tests.conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"


NONE_NAMED = Jurisdictions()


def read(name: str, jurisdictions: Jurisdictions = NONE_NAMED):
    return parse_document((LAYOUTS / name).read_bytes(), name, jurisdictions)


def outline(spec) -> list[tuple[str, str, int]]:
    return [(s.kind, s.heading, len(s.items)) for s in spec.sections]


def test_county_spec_with_examples_of_duties_and_a_class_code_header():
    document = read("eligibility-worker-ii.txt")
    (spec,) = document.classes
    assert document.jurisdiction == Jurisdiction("ALDERCO", "County of Alder")
    assert (spec.key, spec.title, spec.bargaining_unit, spec.effective_date) == (
        "ALDERCO:1002D", "Eligibility Worker II", "General", date(2019, 3, 14))
    assert spec.series.code == "Eligibility Worker"
    assert outline(spec) == [
        ("concept", "Definition", 1),
        ("concept", "Class Characteristics", 1),
        ("duties", "Examples of Duties", 5),
        ("qualifications", "Minimum Qualifications", 2),
        ("knowledge", "Knowledge of", 3),
        ("skills", "Skill in", 1),
        ("abilities", "Ability to", 3),
        ("conditions", "License", 1),
        ("conditions", "Special Requirements", 1),
    ]
    duties = spec.section("duties")
    assert duties.note == "(Illustrative only; any one position may not perform all of these duties.)"
    assert duties.items[0].text == "Interviews applicants and recipients to obtain information on their financial and social circumstances."
    assert [i.text for i in spec.section("qualifications").items] == [
        "Education and Experience: 1. One year of experience as an Eligibility Worker I with the County of Alder; or",
        "2. Two years of experience determining eligibility for public assistance programs in a public agency.",
    ]
    assert [i.text for i in spec.section("knowledge").items] == [
        "Principles and techniques of interviewing",
        "Federal, state and county regulations governing public assistance programs",
        "Arithmetic and basic financial calculations",
    ]
    # The equal-opportunity line is no special requirement.
    assert [i.text for i in spec.sections[-1].items] == ["Bilingual ability may be required for some positions."]


def test_class_bulletin_keeps_its_duties_and_requirements_and_leaves_the_posting_out():
    document = read("SYSTEMS ANALYST 1596 041918.txt", Jurisdictions(default=Jurisdiction("LA", "City of Los Angeles")))
    (spec,) = document.classes
    assert (spec.key, spec.title) == ("LA:1596", "SYSTEMS ANALYST")
    assert outline(spec) == [
        ("other", "Notes", 2),
        ("duties", "Duties", 1),
        ("qualifications", "Requirement/Minimum Qualification", 3),
    ]
    assert [i.text[:40] for i in spec.section("qualifications").items] == [
        "1. Graduation from an accredited four-ye",
        "2. Two years of full-time paid experienc",
        "3. Three years of full-time paid experie",
    ]
    words = " ".join(i.text for s in spec.sections for i in s.items)
    for posting in ("$64,744", "Apply", "THURSDAY, MAY 3, 2018", "Multiple-Choice", "does not discriminate"):
        assert posting not in words


def test_work_description_in_word_with_a_table_of_fields():
    document = read("director-policy-ex01.docx")
    (spec,) = document.classes
    assert document.format == "generic (docx)"
    assert document.jurisdiction == Jurisdiction("CANADA", "Government of Canada")
    assert (spec.key, spec.title) == ("CANADA:EX-01", "Director, Policy Analysis")
    assert outline(spec) == [
        ("concept", "General Accountability", 1),
        ("other", "Organization Structure", 1),
        ("concept", "Nature and Scope", 2),
        ("duties", "Specific Accountabilities", 4),
        ("knowledge", "Knowledge of", 2),
        ("qualifications", "Education and Experience", 2),
        ("other", "Dimensions", 1),
    ]
    assert spec.section("duties").items[1].text == "Manages the human and financial resources of the division."


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("posting-without-duties.txt",
         "'Recreation Leader' has no job duties (found: concept, qualifications): a job posting or a summary, "
         "not a class specification?"),
        ("ocr-without-lines.txt",
         "no class specification found: its section headings are not on lines of their own (the text has lost its "
         "line breaks: OCR, or a copy of a page?)"),
        ("memo-no-headings.txt",
         "no class specification found: not a CalHR class-specification page, an Ohio DAS class specification or a "
         "class specification with headings such as Definition, Duties and Minimum Qualifications"),
    ],
)
def test_refused_with_one_line(name, reason):
    with pytest.raises(DocumentError) as refused:
        read(name, Jurisdictions(default=Jurisdiction("EV", "Eastvale")))
    assert str(refused.value) == reason


def test_knowledge_and_abilities_under_the_minimum_qualifications_and_a_class_number_without_its_colon():
    from desktop_app.core.formats import parse_text

    text = (
        "CITY OF MAPLE GROVE\n\nSENIOR PLANNER\nClass No. 4120    FLSA: Exempt\n\n"
        "Definition\nUnder direction, performs complex professional planning work.\n\n"
        "Examples of Essential Duties\n- Reviews development applications for conformance with the zoning code.\n"
        "- Prepares staff reports and presents them to the Planning Commission.\n\n"
        "Minimum Qualifications\nKnowledge of principles of urban planning; zoning law.\n"
        "Ability to analyze development proposals; write clear reports.\n"
        "Education and Experience: A bachelor's degree in planning and four years of planning experience.\n"
    )
    document = parse_text(text, "", Jurisdictions())
    (spec,) = document.classes
    assert (spec.key, spec.title, document.jurisdiction.name) == ("MAPLEGROVE:4120", "SENIOR PLANNER",
                                                                  "City of Maple Grove")
    assert outline(spec) == [
        ("concept", "Definition", 1),
        ("duties", "Examples of Essential Duties", 2),
        ("knowledge", "Knowledge of", 2),
        ("abilities", "Ability to", 2),
        ("qualifications", "Education and Experience", 1),
    ]


def test_a_work_description_with_a_grade_and_a_date_written_day_first():
    from desktop_app.core.formats import parse_text

    text = (
        "Position Description\n\nPosition: Senior Policy Officer\nClassification: APS Level 6\n"
        "Agency: Department of Finance\nDate approved: 14 March 2019\n\n"
        "Role Purpose\nThe Senior Policy Officer provides advice on budget policy.\n\n"
        "Key Duties and Responsibilities\n• Prepares briefing for the Minister.\n• Leads a small team.\n\n"
        "Selection Criteria\n• Sound knowledge of public finance.\n• Skill in written communication.\n\n"
        "Eligibility\nApplicants must be Australian citizens.\n"
    )
    document = parse_text(text, "", Jurisdictions())
    (spec,) = document.classes
    assert (spec.key, spec.title, spec.effective_date) == (
        "DF:APS Level 6", "Senior Policy Officer", date(2019, 3, 14))
    assert outline(spec) == [
        ("concept", "Role Purpose", 1),
        ("duties", "Key Duties and Responsibilities", 2),
        ("knowledge", "Sound knowledge of", 1),
        ("skills", "Skill in", 1),
        ("conditions", "Eligibility", 1),
    ]
