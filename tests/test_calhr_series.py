"""Series pages: one page, several classes, each with its own concept and qualifications and the shared sections."""

from __future__ import annotations

from datetime import date

from desktop_app.core.formats.calhr import parse_calhr
from desktop_app.core.formats.calhr_items import qualification_texts
from desktop_app.core.formats.calhr_parts import Part
from desktop_app.core.formats.html_blocks import Block
from desktop_app.core.model import Series
from tests.calhr_pages import outline, parse_fixture, texts


def test_plant_quarantine_series_and_its_four_classes():
    doc = parse_fixture("0615.html")
    (series,) = doc.series
    assert (series.jurisdiction, series.code, series.title) == ("CA", "0615", "Plant Quarantine Series")
    assert series.effective_date == date(1975, 5, 20)  # "Series established May 20, 1975"
    assert series.purpose[0] == (
        "This series specification describes the Plant Quarantine Inspector classes within the Department of "
        "Food and Agriculture."
    )
    assert len(series.purpose) == 3  # Scope, then the two paragraphs of Definition of Series
    assert [(c.number, c.title) for c in doc.classes] == [
        ("0615", "Plant Quarantine Inspector"),
        ("0409", "Plant Quarantine Supervisor I"),
        ("0410", "Plant Quarantine Supervisor II"),
        ("0544", "Plant Quarantine Officer"),
    ]
    assert all(c.series is series and c.jurisdiction == "CA" for c in doc.classes)
    # Dates come from the Class History table, the abolished date from the class table's note.
    assert [(c.established, c.effective_date, c.abolished) for c in doc.classes] == [
        (date(1982, 2, 2), date(1990, 12, 4), None),
        (date(1975, 5, 20), date(1990, 12, 4), None),
        (date(1975, 5, 20), date(1990, 12, 4), None),
        (date(1982, 11, 4), date(1990, 12, 4), date(2016, 1, 7)),
    ]


def test_each_class_gets_its_level_definition_and_its_own_alternatives():
    inspector, supervisor_1, supervisor_2, officer = parse_fixture("0615.html").classes
    assert outline(inspector) == [
        ("purpose", "Scope", 1),
        ("purpose", "Definition of Series", 2),
        ("other", "Entry Level", 1),
        ("other", "Factors Affecting Position Allocation", 1),
        ("concept", "Definition of Levels", 1),
        ("qualifications", "Minimum Qualifications", 2),
        ("knowledge", "Knowledge of", 3),
        ("abilities", "Ability to", 5),
        ("other", "Additional Desirable Qualification", 1),
        ("conditions", "Special Personal Requirements", 1),
        ("conditions", "Special Physical Requirements", 1),
    ]
    assert texts(supervisor_2, "concept") == [
        "This is the second supervisory level of the series. Incumbents under direction have charge of a border "
        "quarantine station with a large volume of inspections or medium-small volume of inspections consisting "
        "of the most complex inspections."
    ]
    assert texts(officer, "qualifications")[:2] == [
        "Either I One year of experience performing the duties of a Plant Quarantine Supervisor II.",
        "Or II Two years of experience performing the duties of a Plant Quarantine Supervisor I. Applicants who "
        "are within six months of meeting the minimum qualifications for either Pattern I or II will be admitted "
        "to the examination but must have completed the required experience in the class before being considered "
        "eligible for appointment.",
    ]
    assert [len(texts(c, "qualifications")) for c in (inspector, supervisor_1, supervisor_2, officer)] == [2, 2, 3, 3]
    # Knowledge and abilities given level by level stay with their level, "All of the above" as written.
    assert texts(supervisor_2, "knowledge") == ["All of the above"]
    assert texts(officer, "abilities") == [
        "All of the above, and establish and maintain effective working relationships with Federal, State, and "
        "county agencies",
        "make special studies on exclusion exterior program problems, evaluate results, interpret findings and "
        "make recommendations",
    ]
    # "All Levels:" sections are every class's.
    assert {texts(c, "conditions", "Special Physical Requirements")[0] for c in (inspector, officer)} == {
        "Normal hearing or hearing corrected to normal. Ability to climb ladders, stoop and bend regularly."
    }
    assert outline(officer)[-1] == ("other", "Class History", 1)
    assert texts(officer, "other", "Class History") == ["Abolished 01/07/2016 per Pay Letter 16-05"]


def test_class_titles_set_as_paragraphs_scope_what_follows():
    entry, senior, supervising = parse_fixture("6410.html").classes
    assert (supervising.number, supervising.title, supervising.abolished) == (
        "6413",
        "Supervising Benefit Program Specialist (Calpers)",
        date(2015, 5, 7),
    )
    (concept,) = texts(senior, "concept")
    assert concept.startswith(
        "This is the advanced journey level. Incumbents independently perform the most difficult and complex tasks "
        "described for all levels. In addition, incumbents assist in performing studies"
    )
    assert concept.endswith("in areas such as training and answering questions on work procedures.")
    # The "All Levels:" knowledge comes first, then the level's own.
    assert texts(entry, "knowledge") == [
        "Rules, regulations, organization, and procedures of CalPERS",
        "current office methods, technologies, and equipment",
        "knowledge of grammar, spelling, and punctuation of modern English usage",
        "the principles of mathematics",
    ]
    assert texts(senior, "knowledge") == texts(entry, "knowledge") + ["All of the above"]
    assert len(texts(supervising, "knowledge")) == 4 + 4
    assert [t[:60] for t in texts(senior, "qualifications")] == [
        "Experience applicable to one of the following patterns may b",
        "Either I Experience: In the California state service, one ye",
        "Or II Experience: Three years of experience in a governmenta",
    ]
    assert texts(senior, "qualifications")[1] == (
        "Either I Experience: In the California state service, one year of experience performing the duties of a "
        "Benefit Program Specialist (CalPERS), Range C."
    )


def test_page_without_title_heading_and_a_heading_naming_two_classes():
    doc = parse_fixture("4800.html")
    assert doc.series[0].title == "Staff Services Manager Series"  # from the class table's caption
    assert [c.number for c in doc.classes] == ["4800", "4801", "4969", "4802"]
    supervisory, managerial = doc.classes[1:3]
    # "Staff Services Manager II" heads the qualifications of both II classes.
    assert texts(supervisory, "qualifications") == texts(managerial, "qualifications")
    assert [t[:9] for t in texts(managerial, "qualifications")] == ["Either I ", "Or II One", "Or III Tw", "Or IV Exp"]
    assert len(texts(managerial, "concept")) == 11


def test_class_headings_in_a_row_share_the_paragraphs_after_them():
    doc = parse_fixture("0175.html")
    assert doc.series[0].code == "0175"
    general, managing, meat, managing_meat = doc.classes
    education = (
        "Education: Graduation with a Doctorate Degree in Veterinary Medicine from an institution of recognized "
        "standing."
    )
    for spec in doc.classes:
        assert texts(spec, "qualifications")[0] == education
    assert texts(general, "qualifications")[2].startswith(
        "Either I One year of experience in the California state service performing professional veterinarian"
    )
    assert texts(managing, "qualifications")[2].startswith(
        "Either I One year of experience in the California Department of Food and Agriculture or the Department"
    )
    # The Special Medical Requirement is stated for the two Meat Inspection classes only.
    assert [c.number for c in doc.classes if c.section("conditions") and any(
        s.heading == "Special Medical Requirement" for s in c.sections)] == [meat.number, managing_meat.number]


def test_a_small_series_built_by_hand():
    html = """
    <h1>Widget Series</h1>
    <p>Series established July 26, 1973</p>
    <h2>Scope</h2><p>Widgets.</p>
    <table><tr><th>Schem Code</th><th>Class Code</th><th>Class</th></tr>
    <tr><td>AB10</td><td>1001</td><td>Widget Maker I</td></tr>
    <tr><td>AB20</td><td>1002</td><td>Widget Maker II (Abolished 01/07/2016 per Pay Letter 16-05)</td></tr></table>
    <h2>Definition of Levels</h2>
    <h2>Widget Maker I</h2><p>Learns.</p>
    <h2>Widget Maker II</h2><p>Leads.</p>
    <h2>Minimum Qualifications</h2>
    <h2>All Levels:</h2><p>A driver license.</p>
    <h2>Widget Maker II</h2><h3>Either I</h3><p>One year as a Widget Maker I.</p><h3>Or II</h3><p>Two years.</p>
    <h2>Knowledge and Abilities</h2>
    <h2>All Levels:</h2><p>Knowledge of: Widgets; tools.</p><p>Ability to: Make widgets.</p>
    <h2>Widget Maker II</h2><p>Knowledge of: All of the above, and leading.</p>
    <h2>Class History</h2>
    <table><tr><th>Class</th><th>Date Established</th><th>Date Revised</th><th>Title Changed</th></tr>
    <tr><td>Widget Maker I</td><td>01/02/1990</td><td>03/04/2000</td><td>--</td></tr>
    <tr><td>Widget Maker II</td><td>01/02/1990</td><td>--</td><td>--</td></tr></table>
    """
    doc = parse_calhr(html)
    assert doc.series == (
        Series("CA", "1001", "Widget Series", effective_date=date(1973, 7, 26), purpose=("Widgets.",)),
    )
    one, two = doc.classes
    assert (one.number, one.title, one.effective_date, one.abolished) == (
        "1001", "Widget Maker I", date(2000, 3, 4), None
    )
    assert (two.number, two.title, two.effective_date, two.abolished) == (
        "1002", "Widget Maker II", date(1990, 1, 2), date(2016, 1, 7)
    )
    assert texts(one, "concept") == ["Learns."]
    assert texts(two, "concept") == ["Leads."]
    assert texts(one, "qualifications") == ["A driver license."]
    assert texts(two, "qualifications") == [
        "A driver license.",
        "Either I One year as a Widget Maker I.",
        "Or II Two years.",
    ]
    assert texts(one, "knowledge") == ["Widgets", "tools"]
    assert texts(two, "knowledge") == ["Widgets", "tools", "All of the above, and leading"]
    assert texts(two, "abilities") == ["Make widgets"]
    assert outline(two)[0] == ("purpose", "Scope", 1)


def test_qualification_headings_and_numbered_lists_are_no_requirements_of_their_own():
    assistant, consultant, *_ = parse_fixture("2642.html").classes
    assert texts(assistant, "qualifications") == [
        "Possession of an earned master's or doctorate degree.",
        "1. Experience applicable to one of the following patterns may be combined on a proportional basis with "
        "experience applicable to the other pattern to meet the total experience requirement.",
        "2. Experience in the California state service applied toward the general experience pattern must include "
        "the same number of years of qualifying experience as required in the promotional pattern performing the "
        "duties of a class with a level of responsibility not less than that described in the promotional pattern.",
        "Two years of experience in an educational or behavioral science setting which shall have included "
        "independent or major shared responsibility for conducting educational research or evaluation studies, or "
        "educational assessment development or implementation activities, including extensive technical "
        "involvement, at either: 1. A school district, or county, State, or Federal education agency; or "
        "2. A college or university, with faculty responsibility; or 3. A research institution.",
    ]
    assert "Education Requirements" not in texts(consultant, "qualifications")
    assert "Experience Requirements" not in texts(consultant, "qualifications")


def test_qualification_heading_opens_the_requirement_after_it():
    part = Part("qualifications", "Minimum Qualifications", None, [
        Block("p", "Education Requirements"), Block("p", "Completion of 18 semester units in the following areas:"),
        Block("p", "1. Child growth."), Block("p", "2. Education techniques."),
        Block("p", "(Equivalent to an associate degree may be substituted.)"), Block("p", "Experience Requirements"),
    ])
    assert qualification_texts(part) == [
        "Education Requirements Completion of 18 semester units in the following areas: 1. Child growth. "
        "2. Education techniques.",
        "(Equivalent to an associate degree may be substituted.)",
    ]


def test_an_alternative_labelled_inside_a_paragraph_is_an_alternative_of_its_own():
    _assistant, consultant, *_ = parse_fixture("2642.html").classes
    either, or_ii = texts(consultant, "qualifications")[3:]
    assert either.startswith("Either I One year of experience in California state service performing professional")
    assert either.endswith("in the class of Education Research and Evaluation Assistant, Range B.")
    assert or_ii.startswith("Or II Three years of experience in an educational or behavioral science setting")
    assert or_ii.endswith("3. A research institution.")
