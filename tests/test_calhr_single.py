"""Single-class CalHR pages and abolished-class stubs, read from fixtures copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.calhr import looks_like_calhr, parse_calhr
from tests.calhr_pages import outline, page, parse_fixture, texts


def test_county_state_liaison_header_and_sections():
    doc = parse_fixture("0010.html")
    assert doc.format == "calhr"
    assert doc.series == ()
    (spec,) = doc.classes
    assert (spec.jurisdiction, spec.number, spec.title) == ("CA", "0010", "County/State Liaison")
    assert spec.key == "CA:0010"
    assert spec.series is None
    assert spec.established == date(1931, 10, 20)
    assert spec.effective_date == date(1997, 7, 1)
    assert spec.abolished is None
    assert spec.source == "0010.html"
    assert outline(spec) == [
        ("concept", "Definition", 1),
        ("duties", "Typical Tasks", 1),
        ("qualifications", "Minimum Qualifications", 1),
        ("knowledge", "Knowledge of", 6),
        ("abilities", "Ability to", 5),
    ]
    assert texts(spec, "concept") == [
        "Under direction, will serve as the primary liaison on program and policy issues between the Department "
        "of Food and Agriculture and the California County Agricultural Commissioners and County Sealers of "
        "Weights and Measures; and to do other related work."
    ]
    assert texts(spec, "qualifications") == [
        "Five years of experience in agricultural and/or regulatory work, of which at least two years shall have "
        "been in a supervisory or administrative position involving the supervision or coordination of activities. "
        "and Education: Equivalent to graduation from college. (Additional qualifying experience may be substituted "
        "for the required education on a year-for-year basis.)"
    ]
    assert texts(spec, "knowledge")[:3] == [
        "Provisions of the relevant codes relating to the administration of the Department of Food and Agriculture",
        "purposes and functions of the various administrative and operative units of the County Agricultural "
        "Commissioners and Sealers and the Department of Food and Agriculture, and the issues involved in the "
        "administration and coordination of these organizations",
        "California agricultural conditions",
    ]
    assert texts(spec, "abilities") == [
        "Facilitate and foster positive relationships",
        "develop and practice open and effective communication strategies",
        "recognize and capitalize on strategic opportunities for the California Agricultural Commissioners and "
        "Sealers and the Department of Food and Agriculture",
        "interpret and apply the provisions of the relevant codes relating to the administration of the Department "
        "of Food and Agriculture",
        "and effectively promote equal opportunity in employment and maintain a work environment that is free of "
        "discrimination and harassment",
    ]


def test_source_defaults_to_the_address_noted_in_the_saved_page():
    (spec,) = parse_calhr(page("0010.html")).classes
    assert spec.source == "http://calhr.ca.gov/state-hr-professionals/Pages/0010.aspx"


def test_either_or_alternatives_are_one_item_each_with_their_label():
    (spec,) = parse_fixture("7335.html").classes
    assert (spec.number, spec.title) == ("7335", "Offset Press Assistant")
    assert (spec.established, spec.effective_date) == (date(1983, 5, 4), date(1990, 7, 10))
    assert texts(spec, "qualifications") == [
        "Either I One year of experience in the California state service performing the duties of Printing Trades "
        "Assistant II.",
        "Or II Two years of experience in the California state service performing the duties of a Printing Trades "
        "Assistant I or Bookbinder I.",
        "Or III Three years of experience in the California state service performing the duties of a Lithographic "
        "Pre-Press Assistant.",
        "Or IV Two years of shop experience in printing on an offset press. (Completion of a two-year school course "
        "in printing may be substituted for one year of the required experience.)",
    ]
    assert texts(spec, "knowledge") == [
        "Operation of the automatic feeders of an offset press, methods of handling and preserving offset plates, "
        "use and care of offset blankets, terminology and equipment of a printing plant",
        "operations of simple machinery",
        "mechanical principles",
    ]
    assert outline(spec)[-2:] == [
        ("conditions", "Special Personal Characteristics", 1),
        ("other", "Additional Desirable Qualification", 1),
    ]
    assert texts(spec, "other") == ["Education equivalent to completion of the twelfth grade."]


def test_definition_without_its_heading_is_still_the_concept():
    (spec,) = parse_fixture("3728.html").classes
    assert spec.established == date(2013, 7, 25)  # "7/25/13"
    assert outline(spec) == [
        ("concept", "", 1),
        ("duties", "Typical Tasks", 1),
        ("qualifications", "Minimum Qualifications", 1),
        ("knowledge", "Knowledge of", 7),
        ("abilities", "Ability to", 10),
        ("conditions", "Special Characteristics", 1),
        ("conditions", "Special Requirements", 1),
    ]
    assert texts(spec, "concept")[0].startswith("This is the trainee and first working level class in the")
    # "(ex. oscilloscopes; …)" style parentheses keep their semicolons inside one item.
    assert texts(spec, "knowledge")[4] == (
        "technical drawings (ex. one line diagrams, schematics, wiring diagrams, logic diagrams)"
    )


def test_footnote_marks_and_an_unknown_heading():
    (spec,) = parse_fixture("3508.html").classes
    assert outline(spec) == [
        ("concept", "Definition[1]*", 1),
        ("duties", "Typical Tasks", 1),
        ("qualifications", "Minimum Qualifications", 2),
        ("knowledge", "Knowledge of", 11),
        ("abilities", "Ability to", 13),
        ("other", "**footnotes**", 1),
    ]
    first, second = texts(spec, "qualifications")
    assert first.startswith("Possession of a valid certificate of registration as an engineer")
    assert second.startswith("Or II Experience: Five years of professional engineering experience")
    assert texts(spec, "other")[0].startswith("[1]:* Additional information regarding functions performed")


def test_headings_set_as_paragraphs():
    (spec,) = parse_fixture("6916.html").classes
    assert spec.title == "Electronics Technician (Correctional Facility)"
    assert [(s.kind, s.heading) for s in spec.sections][:6] == [
        ("concept", "Definition:"),
        ("duties", "Typical Tasks:"),
        ("qualifications", "Minimum Qualifications:"),
        ("knowledge", "Knowledge of"),
        ("skills", "Skill in"),
        ("abilities", "Ability to"),
    ]
    assert texts(spec, "duties")[0].startswith("Installs, maintains, adjusts and repairs")
    # The printed page's running header ("Electronics Technician (Correctional Facility) 2-") is no requirement.
    assert texts(spec, "qualifications") == [
        "Two years of experience in the repair, maintenance, and testing of equipment incorporating electronic "
        "circuitry. (College education with major work in electrical or electronic engineering may be "
        "substituted for one year of the above experience, on the basis of one year of education being "
        "equivalent to six months of experience. and"
    ]
    assert texts(spec, "skills") == ["repairing and maintaining electronic and telephonic equipment"]


@pytest.mark.parametrize(
    ("name", "title", "abolished", "note"),
    [
        ("4609.html", "4609", date(1990, 9, 12), "Abolished 09/12/1990."),
        ("9650.html", "Correctional Captain", date(2012, 3, 6), "Abolished 03/06/2012 with pay letter 12-09."),
    ],
)
def test_abolished_stub_is_a_class_with_its_abolished_date(name, title, abolished, note):
    (spec,) = parse_fixture(name).classes
    assert (spec.number, spec.title) == (name[:4], title)
    assert spec.abolished == abolished
    assert (spec.established, spec.effective_date) == (None, None)
    assert outline(spec) == [("other", "Class History", 1)]
    assert texts(spec, "other") == [note]


def test_a_page_with_a_class_code_and_nothing_else_is_refused():
    html = "<h1>Clerk</h1><ul><li><strong>Class Code:</strong> 1234</li></ul>"
    with pytest.raises(DocumentError, match=r"class 1234 \(Clerk\): the page holds no specification text"):
        parse_calhr(html)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "not a CalHR class specification"),
        ("<p>There is no classification specification for CEA.</p>", "not a CalHR class specification"),
        ("<h1>Clerk</h1><p><strong>Class Code:</strong></p><h2>Definition</h2><p>x</p>", "has no class number"),
        ("<h1>Clerk</h1><p>Class Code: 12 34 ~</p>", r"class 12 \(Clerk\): the page holds no specification text"),
        ("<h1>X</h1><p>Class Code: ~~~</p>", "'~~~' is not a class code"),
        ("<p>Class Code: 1234</p><h2>Definition</h2><p>Under direction.</p>", "class 1234 has no title"),
    ],
)
def test_refusals_say_why(html, reason):
    with pytest.raises(DocumentError, match=reason):
        parse_calhr(html)


def test_entities_whitespace_and_markup_text():
    html = (
        "<h1>Clerk &amp; Typist</h1><p>Class Code&#58; 1234</p><p>Established: 01/02/2003</p>"
        "<h2>Definition</h2><p>Under  <em>close</em>\n supervision,&nbsp;types &lt;b&gt;letters&lt;/b&gt;.</p>"
        "<h2>Typical Tasks</h2><p>Types.</p><p>Files.</p>"
        "<h2>Knowledge and Abilities</h2><p>Knowledge of: Office methods (filing; typing); grammar.</p>"
        "<p>Ability to: Type; file.</p>"
    )
    (spec,) = parse_calhr(html).classes
    assert spec.title == "Clerk & Typist"
    assert spec.effective_date == date(2003, 1, 2)
    assert texts(spec, "concept") == ["Under close supervision, types <b>letters</b>."]
    assert texts(spec, "duties") == ["Types.", "Files."]
    assert texts(spec, "knowledge") == ["Office methods (filing; typing)", "grammar"]
    assert texts(spec, "abilities") == ["Type", "file"]


def test_sniff():
    assert looks_like_calhr(page("0010.html"))
    assert looks_like_calhr(page("0615.html"))
    assert looks_like_calhr(page("4609.html"))
    assert not looks_like_calhr("CLASS TITLE: Benefits Analyst\nCLASS NUMBER: 65251\n")
    assert not looks_like_calhr("Class Code: 1234 in a plain text note")
    assert not looks_like_calhr("")


def test_unknown_first_heading_and_a_heading_wrapped_at_its_parenthesis():
    html = (
        "<h1>Research Program Specialist I (Demography)</h1><h2>California State Personnel Board Specification</h2>"
        "<ul><li>Class Code: 5830</li></ul>"
        "<h2>(Demography) Class</h2><p>Incumbents in this specialty study populations.</p>"
        "<h2>Minimum Qualifications for Research Program Specialist</h2><h2>(Demography) Class</h2>"
        "<h2>Research Program Specialist I</h2><p>Experience: One year of research.</p>"
    )
    (spec,) = parse_calhr(html).classes
    assert outline(spec) == [
        ("other", "(Demography) Class", 1),
        ("qualifications", "Minimum Qualifications for Research Program Specialist (Demography) Class", 1),
    ]
    # "Research Program Specialist I" names the page's own class: no section, no item.
    assert texts(spec, "qualifications") == ["Experience: One year of research."]
