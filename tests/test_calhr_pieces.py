"""The CalHR importer's pieces, table-driven: HTML blocks, headings, alternatives, dates, item runs."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.formats.calhr_classes import ClassMatcher
from desktop_app.core.formats.calhr_headings import alternative_label, group_label, heading_role, is_connector
from desktop_app.core.formats.calhr_items import characteristic_items
from desktop_app.core.formats.dates import parse_date
from desktop_app.core.formats.html_blocks import Block, html_blocks
from desktop_app.core.formats.items import split_outside_parentheses as split_at_semicolons


def test_blocks_of_a_page():
    blocks, comments = html_blocks(
        "<!-- source: http://example.gov/1.aspx -->"
        "<h1>Title</h1><ul><li><div><strong>Class Code&#58;</strong> 0010</div></li></ul>"
        "<h2>Definition</h2><p>One&nbsp;  two<br>three</p><p>&#160;</p>"
        "<table><caption>Codes</caption><tr><th>Class Code</th><th>Class</th></tr>"
        "<tr><td><p>0010</p></td><td>A <span>B</span></td></tr></table>"
        "<script>var x = '<p>no</p>';</script><p>x &lt;b&gt; y</p>"
    )
    assert comments == [" source: http://example.gov/1.aspx "]
    assert blocks == [
        Block("h1", "Title"),
        Block("li", "Class Code: 0010"),
        Block("h2", "Definition"),
        Block("p", "One two"),
        Block("p", "three"),
        Block("caption", "Codes", table=0),
        Block("row", "Class Code Class", ("Class Code", "Class"), 0, True),
        Block("row", "0010 A B", ("0010", "A B"), 0, False),
        Block("p", "x <b> y"),
    ]


def test_zero_width_spaces_are_not_text():
    blocks, _ = html_blocks("<p>\u200b1040</p><table><tr><td>\u200b1040</td></tr></table>")
    assert [b.text for b in blocks] == ["1040", "1040"]


@pytest.mark.parametrize(
    ("html", "texts", "comments"),
    [
        ("<P>One</P><DIV>Two</DIV >", ["One", "Two"], []),
        ("<p>a < b and 2<3</p>", ["a < b and 2<3"], []),
        ("<!DOCTYPE html><?xml x?><p>Text</p>", ["Text"], []),
        ("<p>A</p><![CDATA[ hidden ]]><p>B</p>", ["A", "B"], []),
        ("<p>A<!-- note --></p><p>B</p><!-- open <p>C</p>", ["A", "B"], [" note ", " open <p>C</p>"]),
        ("<p>A</p></><p>B</ p></p>", ["A", "B"], []),
        ("<p>A<script>x = '<p>no</p>';</SCRIPT ><style>p{}</style>B</p><script>unclosed <p>C</p>", ["AB"], []),
        ('<p class="x>A</p><p>B</p>', ["B"], []),
        ("<p>A<p/>B<br/>C</p>", ["A", "B", "C"], []),
        ("<p>Fish &amp; <b>Game</b>&nbsp;&#160;Warden &unknown; &amp</p>", ["Fish & Game Warden &unknown; &"], []),
        ("<p>A<title>Page</title>B</p>", ["AB"], []),
    ],
)
def test_broken_markup_reads_as_in_a_browser(html, texts, comments):
    blocks, found = html_blocks(html)
    assert [b.text for b in blocks] == texts
    assert found == comments


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Definition", "concept"),
        ("Definition[1]*", "concept"),
        ("Distinguishing Characteristics", "concept"),
        ("Job Characteristics", "concept"),
        ("Definition of Levels", "concept"),
        ("Description of Levels", "concept"),
        ("Typical Tasks", "duties"),
        ("Typical Task", "duties"),
        ("Examples of Duties", "duties"),
        ("Minimum Qualifications", "qualifications"),
        ("Minimum Qualifications for Research Program Specialist (Demography) Class", "qualifications"),
        ("Knowledge and Abilities", "abilities_group"),
        ("Knowledges and Abilities", "abilities_group"),
        ("Knowlege and Abiilties", "abilities_group"),
        ("Knowledge, Skills, and Abilities", "abilities_group"),
        ("Abilities", "abilities_group"),
        ("Scope", "purpose"),
        ("Definition of Series", "purpose"),
        ("Special Personal Characteristics", "conditions"),
        ("SPECIAL PERSONAL CHARACTERISTICS", "conditions"),
        ("Special Physical Requirements", "conditions"),
        ("Drug Testing Requirement", "conditions"),
        ("Felony Disqualification", "conditions"),
        ("Age Limitation", "conditions"),
        ("Training Requirement", "training"),
        ("Additional Desirable Qualifications", "other"),
        ("Desirable Qualifications", "other"),
        ("Factors Affecting Position Allocation", "other"),
        ("Alternate Range Criteria 219", "other"),
        ("Class History", "history"),
        ("California State Personnel Board Specification", "banner"),
        ("Entry Level", None),
        ("Plant Quarantine Inspector", None),
        ("", None),
    ],
)
def test_heading_roles(heading, role):
    assert heading_role(heading) == role


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Either I", ("Either I", "")),
        ("Or II", ("Or II", "")),
        ("OR III", ("OR III", "")),
        ("or iv", ("or iv", "")),
        ("Or Pattern II", ("Or Pattern II", "")),
        ("AND Either I", ("AND Either I", "")),
        ("Either Ithree Years of Experience", ("Either I", "three Years of Experience")),
        ("Or II. Two years", ("Or II", "Two years")),
        ("Or Supervisor of Building Trades. Or", None),
        ("Or Investigative Auditor", None),
        ("Either:", None),
        ("Original", None),
    ],
)
def test_alternative_labels(text, found):
    assert alternative_label(text) == found


def test_connectors():
    assert [is_connector(t) for t in ("and", "AND", "or", "Or;", "and/or", "and Education", "")] == [
        True, True, True, True, True, False, False,
    ]


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("All Levels:", ("all", "")),
        ("Both Classes:", ("all", "")),
        ("At All Levels:", ("all", "")),
        ("All Levels Except State Park Superintendent V", ("all", "state park superintendent v")),
        ("Senior Engineering Geologist and Above", ("from", "senior engineering geologist")),
        ("Associate Land Surveyor Level and Above", ("from", "associate land surveyor")),
        ("Electrician I", None),
    ],
)
def test_group_labels(heading, group):
    assert group_label(heading) == group


def test_headings_naming_classes():
    matcher = ClassMatcher(
        [
            "Staff Services Manager I",
            "Staff Services Manager II (Supervisory)",
            "Staff Services Manager II (Managerial)",
            "Staff Services Manager III",
            "Housing Finance Chief (Single Family)",
        ]
    )
    assert matcher.classes("Staff Services Manager I") == {0}
    assert matcher.classes("STAFF SERVICES MANAGER III:") == {3}
    assert matcher.classes("Staff Services Manager II") == {1, 2}
    assert matcher.classes("All Levels:") == {0, 1, 2, 3, 4}
    assert matcher.classes("All Levels Except Staff Services Manager I") == {1, 2, 3, 4}
    assert matcher.classes("Staff Services Manager II (Supervisory) and Above") == {1, 2, 3, 4}
    assert matcher.classes("Staff Services Manager I and III") == {0, 3}
    assert matcher.classes("Housing Fiance Chief (Single Family)") == {4}
    assert matcher.classes("Minimum Qualifications") is None
    assert ClassMatcher(["Only One"]).classes("Only One") is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("10/20/1931", date(1931, 10, 20)),
        ("12/04/1990*", date(1990, 12, 4)),
        ("4/11/06", date(2006, 4, 11)),
        ("7/25/13", date(2013, 7, 25)),
        ("12/17/85", date(1985, 12, 17)),
        ("May 20, 1975", date(1975, 5, 20)),
        ("January 2four, 2006", date(2006, 1, 24)),
        ("01/07/2016 per Pay Letter 16-05", date(2016, 1, 7)),
        ("--", None),
        ("07/02/0181", None),
        ("13/45/1999", None),
        ("Someday 5, 1999", None),
        ("", None),
    ],
)
def test_dates(text, when):
    assert parse_date(text) == when


def test_semicolons_outside_parentheses():
    assert split_at_semicolons("a; b (c; d); e [f; g]") == ["a", " b (c; d)", " e [f; g]"]
    assert split_at_semicolons("no semicolon") == ["no semicolon"]
    assert split_at_semicolons("unbalanced ) a; b") == ["unbalanced ) a", " b"]


def test_characteristic_items_drop_the_final_period_only():
    items = characteristic_items("Methods used in inspections; types of commodities, etc.; and the law.")
    assert [i.text for i in items] == ["Methods used in inspections", "types of commodities, etc.", "and the law"]
    assert [i.after_employment for i in items] == [False, False, False]
    assert characteristic_items(" ; ; ") == []
