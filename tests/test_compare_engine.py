"""compare(): sections by kind, row statuses, bases, labels, metadata, figures, cancel — on tiny hand-made specs."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.compare import (
    ADDED,
    CHANGED,
    DROPPED,
    METADATA,
    SAME,
    CompareOptions,
    ComparisonCancelled,
    Summary,
    compare,
    default_labels,
)
from desktop_app.core.compare_text import status_text
from desktop_app.core.model import ClassSpec, Item, Section


def spec(number: str, sections: dict[str, list], title: str = "", **fields) -> ClassSpec:
    """A class spec from {kind: [text or Item]}; the heading is the kind as written by another jurisdiction."""
    built = tuple(
        Section(kind, f"{kind.upper()}:", tuple(i if isinstance(i, Item) else Item(i) for i in items))
        for kind, items in sections.items()
    )
    return ClassSpec("OH", number, title or f"Class {number}", sections=built, **fields)


def ops(cell):
    """(op, text), or (op, text, base's spelling) where the options let a different spelling count as equal."""
    return [(s.op, s.text) + ((s.base_text,) if s.base_text is not None else ()) for s in cell.segments]


def rows_of(comparison, kind):
    section = comparison.section(kind)
    return [(row.status, row.at, [cell.text for cell in row.cells]) for row in section.rows]


def test_statuses_across_three_levels():
    low = spec("1", {"knowledge": ["public relations", "interviewing", "unemployment benefits"]})
    mid = spec("2", {"knowledge": ["public relations", "interviewing*", "managerial principles"]})
    high = spec("3", {"knowledge": ["public relations", "interviewing", "managerial principles"]})
    comparison = compare([low, mid, high])
    assert rows_of(comparison, "knowledge") == [
        (SAME, None, ["public relations"] * 3),
        (CHANGED, None, ["interviewing", "interviewing*", "interviewing"]),
        (DROPPED, "2", ["unemployment benefits", None, None]),
        (ADDED, "2", [None, "managerial principles", "managerial principles"]),
    ]


def test_an_added_item_that_changes_later_stays_added_and_a_gap_is_dropped():
    first = spec("1", {"abilities": ["use proper research methods", "answer inquiries from employees"]})
    second = spec("2", {"abilities": ["use proper research methods", "prepare & deliver speeches"]})
    third = spec(
        "3",
        {
            "abilities": [
                "use proper research methods",
                "answer inquiries from employees",
                "prepare & deliver speeches before audiences",
            ]
        },
    )
    assert rows_of(compare([first, second, third]), "abilities") == [
        (SAME, None, ["use proper research methods"] * 3),
        (DROPPED, "2", ["answer inquiries from employees", None, "answer inquiries from employees"]),
        (ADDED, "2", [None, "prepare & deliver speeches", "prepare & deliver speeches before audiences"]),
    ]


def test_a_changed_after_employment_mark_is_a_change():
    before = spec("1", {"knowledge": [Item("interviewing", after_employment=True)]})
    after = spec("2", {"knowledge": [Item("interviewing", after_employment=False)]})
    row = compare([before, after]).section("knowledge").rows[0]
    assert row.status == CHANGED
    assert [cell.after_employment for cell in row.cells] == [True, False]
    assert [ops(cell) for cell in row.cells] == [[("equal", "interviewing")], [("equal", "interviewing")]]


def test_sections_pair_by_kind_whatever_their_headings_in_model_order():
    ohio = ClassSpec(
        "OH",
        "65251",
        "Benefits Management Analyst",
        sections=(
            Section("qualifications", "MINIMUM CLASS QUALIFICATIONS FOR EMPLOYMENT", (Item("2 yrs. exp."),)),
            Section("concept", "CLASS CONCEPT", (Item("The second full performance level class"),)),
        ),
    )
    california = ClassSpec(
        "CA",
        "5393",
        "Associate Governmental Program Analyst",
        sections=(
            Section("concept", "DEFINITION", (Item("The full journey level analyst class"),)),
            Section("other", "SPECIAL PERSONAL CHARACTERISTICS", (Item("Willingness to travel"),)),
            Section("qualifications", "MINIMUM QUALIFICATIONS", (Item("3 yrs. exp."),)),
        ),
    )
    comparison = compare([ohio, california])
    assert [(s.kind, s.title) for s in comparison.sections] == [
        (METADATA, "Class"),
        ("concept", "Class concept"),
        ("qualifications", "Minimum qualifications"),
        ("other", "SPECIAL PERSONAL CHARACTERISTICS"),
    ]
    assert rows_of(comparison, "other") == [(ADDED, "CA:5393", [None, "Willingness to travel"])]


def test_other_sections_pair_by_heading():
    a = ClassSpec("OH", "1", "A", sections=(Section("other", "Special requirements", (Item("Valid license"),)),))
    b = ClassSpec("OH", "2", "B", sections=(Section("other", "SPECIAL  REQUIREMENTS:", (Item("Valid license"),)),))
    comparison = compare([a, b])
    assert [(s.kind, s.title) for s in comparison.sections[1:]] == [("other", "Special requirements")]
    assert comparison.sections[1].rows[0].status == SAME


def test_metadata_block():
    low = spec("65250", {}, "Benefits Management Representative", bargaining_unit="014", effective_date=date(1995, 11, 12))
    high = spec("65251", {}, "Benefits Management Analyst", bargaining_unit="EX", effective_date=date(1995, 8, 6))
    section = compare([low, high]).sections[0]
    assert section.kind == METADATA
    assert [(row.name, row.status, [cell.text for cell in row.cells]) for row in section.rows] == [
        ("Class number", CHANGED, ["65250", "65251"]),
        ("Class title", CHANGED, ["Benefits Management Representative", "Benefits Management Analyst"]),
        ("Bargaining unit", CHANGED, ["014", "EX"]),
        ("Effective date", CHANGED, ["1995-11-12", "1995-08-06"]),
    ]
    assert ops(section.rows[1].cells[1]) == [
        ("equal", "Benefits Management "),
        ("delete", "Representative"),
        ("insert", "Analyst"),
    ]


def test_metadata_rows_no_class_has_are_left_out():
    section = compare([spec("1", {}), spec("2", {})]).sections[0]
    assert [row.name for row in section.rows] == ["Class number", "Class title"]


def test_segments_are_relative_to_the_previous_class_by_default():
    texts = ["2 yrs. exp. in research", "3 yrs. exp. in research", "3 yrs. exp. in research & analysis"]
    comparison = compare([spec(str(n), {"qualifications": [t]}) for n, t in enumerate(texts, 1)])
    cells = comparison.section("qualifications").rows[0].cells
    assert [ops(cell) for cell in cells] == [
        [("equal", "2 yrs. exp. in research")],
        [("delete", "2"), ("insert", "3"), ("equal", " yrs. exp. in research")],
        [("equal", "3 yrs. exp. in research ", "3 yrs. exp. in research"), ("insert", "& analysis")],
    ]


def test_segments_relative_to_one_chosen_base():
    texts = ["2 yrs. exp. in research", "3 yrs. exp. in research", "3 yrs. exp. in research & analysis"]
    specs = [spec(str(n), {"qualifications": [t]}) for n, t in enumerate(texts, 1)]
    comparison = compare(specs, CompareOptions(base="1"))
    cells = comparison.section("qualifications").rows[0].cells
    assert [ops(cell) for cell in cells] == [
        [("equal", "2 yrs. exp. in research")],
        [("delete", "2"), ("insert", "3"), ("equal", " yrs. exp. in research")],
        [
            ("delete", "2"),
            ("insert", "3"),
            ("equal", " yrs. exp. in research ", " yrs. exp. in research"),
            ("insert", "& analysis"),
        ],
    ]
    # The base class in the middle: the classes on both sides are marked against it.
    cells = compare(specs, CompareOptions(base="2")).section("qualifications").rows[0].cells
    assert [ops(cell) for cell in cells] == [
        [("delete", "3"), ("insert", "2"), ("equal", " yrs. exp. in research")],
        [("equal", "3 yrs. exp. in research")],
        [("equal", "3 yrs. exp. in research ", "3 yrs. exp. in research"), ("insert", "& analysis")],
    ]


def test_an_item_after_an_empty_cell_is_all_inserted_and_an_empty_cell_has_no_segments():
    first = spec("1", {"abilities": ["use proper research methods", "answer inquiries"]})
    second = spec("2", {"abilities": ["use proper research methods"]})
    third = spec("3", {"abilities": ["use proper research methods", "answer inquiries"]})
    row = compare([first, second, third]).section("abilities").rows[1]
    assert [cell.text for cell in row.cells] == ["answer inquiries", None, "answer inquiries"]
    assert [ops(cell) for cell in row.cells] == [[("equal", "answer inquiries")], [], [("insert", "answer inquiries")]]


def test_options_decide_what_counts_as_equal():
    a = spec("1", {"abilities": ["1. Handle sensitive inquiries from & contact with officials."]})
    b = spec("2", {"abilities": ["a) handle sensitive inquiries from and contact with officials"]})
    assert compare([a, b]).section("abilities").rows[0].status == CHANGED
    everything = CompareOptions(
        ignore_case=True, ignore_punctuation=True, and_equals_ampersand=True, ignore_numbering=True
    )
    row = compare([a, b], everything).section("abilities").rows[0]
    assert row.status == SAME
    assert [cell.text for cell in row.cells] == [
        "1. Handle sensitive inquiries from & contact with officials.",
        "a) handle sensitive inquiries from and contact with officials",
    ]
    assert ops(row.cells[1]) == [
        (
            "equal",
            "a) handle sensitive inquiries from and contact with officials",
            "1. Handle sensitive inquiries from & contact with officials.",
        )
    ]


def test_section_and_comparison_figures():
    low = spec("1", {"knowledge": ["public relations", "interviewing"], "skills": ["word processing"]})
    high = spec("2", {"knowledge": ["public relations & marketing", "budgeting"], "skills": ["word processing"]})
    comparison = compare([low, high])
    # knowledge: "public relations" → "public relations & marketing" (1 word in, 2 kept); "interviewing"
    # dropped (1 word out); "budgeting" added (1 word in).
    assert comparison.section("knowledge").summary == Summary(
        items=3,
        items_same=0,
        items_changed=1,
        items_added=1,
        items_dropped=1,
        words_inserted=2,
        words_deleted=1,
        words_unchanged=2,
        similarity_percent=57.1,
        added_at=(("2", 1),),
        dropped_at=(("2", 1),),
    )
    assert comparison.section("skills").summary == Summary(
        items=1, items_same=1, words_unchanged=2, similarity_percent=100.0
    )
    # The metadata block is left out of the whole comparison's figures.
    assert comparison.summary == Summary(
        items=4,
        items_same=1,
        items_changed=1,
        items_added=1,
        items_dropped=1,
        words_inserted=2,
        words_deleted=1,
        words_unchanged=4,
        similarity_percent=72.7,
        added_at=(("2", 1),),
        dropped_at=(("2", 1),),
    )


def test_default_labels_are_numbers_made_unique():
    plain = [spec("65250", {}), spec("65251", {})]
    assert default_labels(plain) == ("65250", "65251")
    revisions = [
        spec("65251", {}, effective_date=date(1995, 8, 6)),
        spec("65251", {}, effective_date=date(2024, 1, 15)),
    ]
    assert default_labels(revisions) == ("65251@1995-08-06", "65251@2024-01-15")
    jurisdictions = [spec("100", {}), ClassSpec("CA", "100", "Other")]
    assert default_labels(jurisdictions) == ("OH:100", "CA:100")
    states = [spec("65251", {}), ClassSpec("CA", "6410", "Research Analyst I")]
    assert default_labels(states) == ("OH:65251", "CA:6410")
    twins = [spec("65251", {}), spec("65251", {})]
    assert default_labels(twins) == ("65251#1", "65251#2")


def test_two_revisions_of_one_class_compare_like_two_classes():
    old = spec("65251", {"qualifications": ["2 yrs. exp."]}, effective_date=date(1995, 8, 6))
    new = spec("65251", {"qualifications": ["3 yrs. exp."]}, effective_date=date(2024, 1, 15))
    comparison = compare([old, new], labels=["65251@1995-08-06", "65251@2024-01-15"])
    row = comparison.section("qualifications").rows[0]
    assert [(cell.label, cell.number) for cell in row.cells] == [
        ("65251@1995-08-06", "65251"),
        ("65251@2024-01-15", "65251"),
    ]
    assert ops(row.cells[1]) == [("delete", "2"), ("insert", "3"), ("equal", " yrs. exp.")]
    metadata = {r.name: r.status for r in comparison.sections[0].rows}
    assert metadata == {"Class number": SAME, "Class title": SAME, "Effective date": CHANGED}
    added = compare([spec("65251", {}), spec("65251", {"training": ["Not applicable."]})], labels=["old", "new"])
    assert [(row.status, row.at) for row in added.section("training").rows] == [(ADDED, "new")]


@pytest.mark.parametrize(
    ("count", "labels", "options", "message"),
    [
        (1, None, CompareOptions(), "2 to 8 class specs, not 1"),
        (9, None, CompareOptions(), "2 to 8 class specs, not 9"),
        (2, ["a"], CompareOptions(), "1 labels for 2 class specs"),
        (2, ["a", "a"], CompareOptions(), "labels must all differ"),
        (2, ["a", ""], CompareOptions(), "non-empty string"),
        (2, None, CompareOptions(base="65259"), "base '65259' is not one of the labels"),
    ],
)
def test_bad_requests(count, labels, options, message):
    specs = [spec(str(65250 + n), {}) for n in range(count)]
    with pytest.raises(ValueError, match=message):
        compare(specs, options, labels)


def test_cancel():
    specs = [spec("1", {"knowledge": ["a", "b"]}), spec("2", {"knowledge": ["a", "b"]})]
    with pytest.raises(ComparisonCancelled):
        compare(specs, should_cancel=lambda: True)
    asked = []
    compare(specs, should_cancel=lambda: asked.append(1) or False)
    assert len(asked) >= 1


def test_a_duty_a_later_level_gives_word_for_word_waits_for_it():
    """A task the level after skips and the level after that gives again reads "back at", not paired with another
    task of the level that lacks it."""
    relations = "Establishes positive working relationships with community organizations and City staff."
    first = spec("1", {"duties": ["Prepares staff reports.", relations]})
    second = spec("2", {"duties": ["Prepares staff reports.", "Coordinates planning projects with City staff and "
                                                             "community organizations."]})
    third = spec("3", {"duties": ["Prepares staff reports.", relations]})
    rows = compare([first, second, third]).section("duties").rows
    back = next(r for r in rows if r.cells[0].text == relations)
    assert [c.text for c in back.cells] == [relations, None, relations]
    assert status_text(back) == "Dropped at 2, back at 3"
