"""The founding document, class by class: exactly what an analyst reads in the published spec."""

from datetime import date

import pytest

from desktop_app.core.model import Item


def texts(spec, kind):
    return [i.text for i in spec.section(kind).items]


def test_series_block(seed_document):
    (series,) = seed_document.series
    assert (series.jurisdiction, series.code, series.title) == ("OH", "6525", "Benefits Management")
    assert series.major_agencies == "Administrative Services only"
    assert series.effective_date == date(2012, 2, 26)
    assert len(series.purpose) == 4
    assert series.purpose[1].startswith("At the first level, incumbents assist in development")
    assert series.purpose[3].endswith("supervise staff when assigned.")


def test_three_classes_in_order(seed_document):
    assert [(c.number, c.title, c.bargaining_unit, c.effective_date) for c in seed_document.classes] == [
        ("65250", "Benefits Management Representative", "014", date(1995, 11, 12)),
        ("65251", "Benefits Management Analyst", "EX", date(1995, 8, 6)),
        ("65255", "Benefits Manager 1", "EX", date(1995, 8, 6)),
    ]
    assert all(c.series.code == "6525" and c.jurisdiction == "OH" for c in seed_document.classes)


@pytest.mark.parametrize(
    "number, kinds",
    [
        ("65250", ["purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications", "training", "conditions"]),
        ("65251", ["purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications", "training", "conditions"]),
        ("65255", ["purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications", "training", "conditions"]),
    ],
)
def test_section_kinds_in_document_order(seed_specs, number, kinds):
    assert [s.kind for s in seed_specs[number].sections] == kinds


@pytest.mark.parametrize(
    "number, duties, knowledge, skills, abilities, qualifications",
    [("65250", 3, 5, 1, 8, 2), ("65251", 4, 6, 1, 8, 3), ("65255", 3, 7, 1, 9, 3)],
)
def test_item_counts(seed_specs, number, duties, knowledge, skills, abilities, qualifications):
    spec = seed_specs[number]
    counts = [len(spec.section(k).items) for k in ("duties", "knowledge", "skills", "abilities", "qualifications")]
    assert counts == [duties, knowledge, skills, abilities, qualifications]


def test_concept_cut_by_page_break_is_joined(seed_specs):
    (concept,) = texts(seed_specs["65255"], "concept")
    assert "&/or workers' compensation/occupational injury leave &/or disability leave" in concept
    assert concept.startswith("The supervisory/managerial level class works under general direction")
    assert concept.endswith("supervise staff when assigned.")


def test_duties_one_item_per_paragraph_with_the_illustrative_note(seed_specs):
    duties = seed_specs["65251"].section("duties")
    assert duties.heading == "JOB DUTIES IN ORDER OF IMPORTANCE"
    assert duties.note == (
        "These duties are illustrative only. Incumbents may perform some or all of these duties "
        "or other job-related duties as assigned."
    )
    assert duties.items[0].text.startswith("Manages variety of both ongoing & special benefit projects")
    assert duties.items[3].text == (
        "Attends meetings; provides advice to & answers questions from public officials & agency "
        "representatives regarding benefits issues; serves as liaison with vendors, state agencies & private "
        "contractors; operates word processor or personal computer to enter, edit, retrieve data &/or to "
        "produce data/ documents."
    )


def test_knowledge_items_split_outside_parentheses_with_after_employment_flags(seed_specs):
    knowledge = seed_specs["65255"].section("knowledge")
    assert knowledge.heading == "Knowledge of"
    assert [i.text for i in knowledge.items[1:]] == [
        "applicable Ohio revised code sections",
        "departmental procedures & federal benefits laws governing assigned benefit areas (e.g., eligibility "
        "criteria; claims processing; condition & cost of coverage; diseases & disabling condition & medical "
        "terminology)",
        "supervisory principles & techniques",
        "managerial principles/techniques",
        "public relations",
        "interviewing",
    ]
    assert [i.after_employment for i in knowledge.items] == [False, False, False, True, True, False, True]
    assert knowledge.items[0].text == (
        "assigned benefit program area (e.g., state life &/or health &/or dental &/or vision insurance programs; "
        "workers' compensation; occupational injury leave; disability leave; early intervention & return to work "
        "programs & initiatives; case management programs)"
    )


def test_the_first_level_example_list_has_unemployment_benefits(seed_specs):
    assert texts(seed_specs["65250"], "knowledge")[0].endswith("case management programs; unemployment benefits)")


def test_skill_and_abilities(seed_specs):
    assert seed_specs["65250"].section("skills").items == (
        Item("operation of word processing equipment or personal computer"),
    )
    abilities = texts(seed_specs["65255"], "abilities")
    assert abilities[3] == "establish friendly atmosphere as team leader of work unit"
    assert abilities[-1] == "answer inquiries from employees, industry officials & payroll/personnel officers"
    assert "establish friendly atmosphere as team leader of work unit" not in texts(seed_specs["65251"], "abilities")


def test_qualifications_are_alternatives(seed_specs):
    assert texts(seed_specs["65250"], "qualifications") == [
        "24 mos. exp. in adjudicating benefit claims or in coordinating benefit claims issues with third party "
        "administrators &/or insurers in governmental agency or private sector; 12 mos. exp. in public relations; "
        "3 mos. exp. in operation of video display terminal or personal computer.",
        "Or equivalent of Minimum Class Qualifications for Employment noted above.",
    ]
    assert texts(seed_specs["65255"], "qualifications")[1:] == [
        "Or 12 mos. exp. as Benefits Management Analyst, 65251.",
        "Or equivalent of Minimum Class Qualifications for Employment noted above.",
    ]


def test_training_and_conditions(seed_specs):
    for spec in seed_specs.values():
        assert texts(spec, "training") == ["Not applicable."]
        assert texts(spec, "conditions") == ["May require travel."]
        assert spec.section("conditions").heading == "UNUSUAL WORKING CONDITIONS"


def test_no_conversion_artifacts_reach_the_text(seed_document):
    for spec in seed_document.classes:
        for section in spec.sections:
            for item in section.items:
                assert "**" not in item.text and "---" not in item.text and "\t" not in item.text
                assert "Developed after employment" not in item.text
                assert not item.text.endswith("*")


def test_each_class_carries_the_series_purpose(seed_specs):
    for spec in seed_specs.values():
        purpose = spec.section("purpose")
        assert purpose.heading == "SERIES PURPOSE"
        assert [i.text for i in purpose.items] == list(spec.series.purpose)
