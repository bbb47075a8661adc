"""The founding Ohio series (65250 → 65251 → 65255), read by the real DAS importer, compared level by level."""

from __future__ import annotations

import itertools

import pytest

from desktop_app.core.compare import ADDED, CHANGED, RELATED, SAME, CompareOptions, Summary, compare, ladder

SHARED_ABILITIES = [
    "understand & interpret insurance contracts",
    "write procedural memos & directives regarding program & procedures for assigned area",
    "deal with some abstract but mostly concrete variables",
    "handle sensitive inquiries from & contact with officials & general public",
    "use proper research methods in gathering data",
    "prepare & deliver speeches before specialized audiences",
    "resolve complaints from personnel officers & agency representatives",
    "answer inquiries from employees, industry officials & payroll/personnel officers",
]
PROGRAM_AREA = (
    "assigned benefit program area (e.g., state life &/or health &/or dental &/or vision insurance programs; "
    "workers' compensation; occupational injury leave; disability leave; early intervention & return to work "
    "programs & initiatives; case management programs"
)


@pytest.fixture
def series(seed_specs):
    return [seed_specs["65250"], seed_specs["65251"], seed_specs["65255"]]


@pytest.fixture
def comparison(series):
    return compare(series)


def ops(cell):
    return [(s.op, s.text) for s in cell.segments]


def row_with(section, text):
    return next(row for row in section.rows if any(cell.text == text for cell in row.cells))


def test_ladder_whatever_the_input_order(series):
    for order in itertools.permutations(series):
        assert [spec.number for spec in ladder(order)] == ["65250", "65251", "65255"]


def test_labels_and_sections(comparison):
    assert comparison.labels == ("65250", "65251", "65255")
    assert [s.kind for s in comparison.sections] == [
        "metadata",
        "purpose",
        "concept",
        "duties",
        "knowledge",
        "skills",
        "abilities",
        "qualifications",
        "training",
        "conditions",
    ]


def test_knowledge_rows(comparison):
    knowledge = comparison.section("knowledge")
    assert [(row.status, row.at, [cell.text for cell in row.cells]) for row in knowledge.rows] == [
        (CHANGED, None, [PROGRAM_AREA + "; unemployment benefits)", PROGRAM_AREA + ")", PROGRAM_AREA + ")"]),
        (SAME, None, ["applicable Ohio revised code sections"] * 3),
        (SAME, None, [knowledge.rows[2].cells[0].text] * 3),
        (ADDED, "65255", [None, None, "supervisory principles & techniques"]),
        (ADDED, "65251", [None, "managerial principles/techniques", "managerial principles/techniques"]),
        (SAME, None, ["public relations"] * 3),
        (SAME, None, ["interviewing"] * 3),
    ]
    assert knowledge.rows[2].cells[0].text.startswith("departmental procedures & federal benefits laws")
    assert [cell.after_employment for cell in knowledge.rows[4].cells] == [False, True, True]
    assert [cell.after_employment for cell in knowledge.rows[3].cells] == [False, False, True]


def test_unemployment_benefits_leave_the_program_area_at_65251(comparison):
    row = comparison.section("knowledge").rows[0]
    assert row.status == CHANGED
    assert ops(row.cells[1]) == [
        ("equal", PROGRAM_AREA),
        ("delete", "; unemployment benefits"),
        ("equal", ")"),
    ]
    assert ops(row.cells[2]) == [("equal", PROGRAM_AREA + ")")]


def test_managerial_and_supervisory_knowledge_are_added(comparison):
    knowledge = comparison.section("knowledge")
    managerial = row_with(knowledge, "managerial principles/techniques")
    assert (managerial.status, managerial.at) == (ADDED, "65251")
    assert [ops(cell) for cell in managerial.cells] == [
        [],
        [("insert", "managerial principles/techniques")],
        [("equal", "managerial principles/techniques")],
    ]
    supervisory = row_with(knowledge, "supervisory principles & techniques")
    assert (supervisory.status, supervisory.at) == (ADDED, "65255")
    assert [ops(cell) for cell in supervisory.cells] == [[], [], [("insert", "supervisory principles & techniques")]]


def test_abilities(comparison):
    abilities = comparison.section("abilities")
    friendly = "establish friendly atmosphere as team leader of work unit"
    assert [(row.status, row.at, row.cells[2].text) for row in abilities.rows] == [
        *[(SAME, None, text) for text in SHARED_ABILITIES[:3]],
        (ADDED, "65255", friendly),
        *[(SAME, None, text) for text in SHARED_ABILITIES[3:]],
    ]
    for row in abilities.rows:
        if row.status == SAME:
            assert [cell.text for cell in row.cells] == [row.cells[0].text] * 3
            assert [ops(cell) for cell in row.cells] == [[("equal", row.cells[0].text)]] * 3
    assert abilities.summary == Summary(
        items=9,
        items_same=8,
        items_added=1,
        words_inserted=9,
        words_unchanged=120,
        similarity_percent=96.4,
        added_at=(("65255", 1),),
    )


def test_concept_marks_the_level(comparison):
    """65251 rewrites most of 65250's concept: it reads as its own text, the words it shares set apart; 65255
    keeps most of 65251's, so its changes are marked word by word."""
    cells = comparison.section("concept").rows[0].cells
    assert comparison.section("concept").rows[0].status == RELATED
    assert ops(cells[1])[:4] == [
        ("rewritten", "The second "),
        ("shared", "full performance level class works under general supervision & requires considerable knowledge "
                   "of assigned benefit"),
        ("rewritten", " program "),
        ("shared", "area"),
    ]
    assert ops(cells[1])[-1] == ("delete", cells[0].text)
    assert ops(cells[2])[:8] == [
        ("equal", "The "),
        ("delete", "second full performance"),
        ("insert", "supervisory/managerial"),
        ("equal", " level class works under general "),
        ("delete", "supervision"),
        ("insert", "direction"),
        ("equal", " & requires "),
        ("delete", "considerable"),
    ]


def test_qualifications_name_the_level_below(comparison):
    qualifications = comparison.section("qualifications")
    assert [(row.status, row.at) for row in qualifications.rows] == [
        (RELATED, None),  # the main pattern of each level: experience at 65250, a degree and experience above
        (ADDED, "65251"),
        (SAME, None),
    ]
    alternative = qualifications.rows[1]
    assert [cell.text for cell in alternative.cells] == [
        None,
        "Or 12 mos. exp. as Benefits Management Representative, 65250.",
        "Or 12 mos. exp. as Benefits Management Analyst, 65251.",
    ]
    assert ops(alternative.cells[2]) == [
        ("equal", "Or 12 mos. exp. as Benefits Management "),
        ("delete", "Representative, 65250"),
        ("insert", "Analyst, 65251"),
        ("equal", "."),
    ]
    degree = qualifications.rows[0]
    assert ops(degree.cells[2])[:3] == [
        (
            "equal",
            "Completion of undergraduate core program in business or public administration to include coursework "
            "in benefits administration & policy analysis; ",
        ),
        ("delete", "2"),
        ("insert", "3"),
    ]


def test_every_level_against_the_first(series):
    comparison = compare(series, CompareOptions(base="65250"))
    row = comparison.section("knowledge").rows[0]
    assert [ops(cell) for cell in row.cells] == [
        [("equal", PROGRAM_AREA + "; unemployment benefits)")],
        [("equal", PROGRAM_AREA), ("delete", "; unemployment benefits"), ("equal", ")")],
        [("equal", PROGRAM_AREA), ("delete", "; unemployment benefits"), ("equal", ")")],
    ]
    assert [row.status for row in comparison.section("abilities").rows].count(SAME) == 8


def test_knowledge_figures(comparison):
    assert comparison.section("knowledge").summary == Summary(
        items=7,
        items_same=4,
        items_changed=1,
        items_added=2,
        items_dropped=0,
        added_at=(("65251", 1), ("65255", 1)),
        words_inserted=6,
        words_deleted=2,
        words_unchanged=133,
        similarity_percent=97.1,
    )


def test_a_level_against_itself_is_all_same(seed_specs):
    analyst = seed_specs["65251"]
    comparison = compare([analyst, analyst])
    rows = [row for section in comparison.sections for row in section.rows]
    assert {row.status for row in rows} == {SAME}
    assert comparison.summary.similarity_percent == 100.0
    # purpose 4, concept 1, duties 4, knowledge 6, skills 1, abilities 8, qualifications 3, training 1,
    # conditions 1
    assert comparison.summary.items == comparison.summary.items_same == 29
    assert comparison.labels == ("65251#1", "65251#2")
