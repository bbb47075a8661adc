"""Levels line up by responsibility: tasks cut from duty paragraphs, pairs by meaning, related rows, "All of
the above", the analyst's joins and partings, and revisions left exactly as the word comparison makes them."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings

from desktop_app.core.compare import RELATED, REWRITTEN, SAME, SHARED, compare, ladder
from desktop_app.core.compare.pairings import JOIN, PART, NotAPairing, Pairing, join_rows, part_row
from desktop_app.core.compare.tasks import task_spans, tasks
from desktop_app.core.compare_text import cell_plain, status_text
from desktop_app.core.model import ClassSpec, Item, Section
from tests.calhr_pages import parse_fixture
from tests.test_compare_properties import options_strategy, spec_items


def spec(number: str, **kinds: list[str]) -> ClassSpec:
    sections = tuple(Section(kind, kind.title(), tuple(Item(t) for t in items)) for kind, items in kinds.items())
    return ClassSpec("OH", number, f"Class {number}", sections=sections)


def rows_of(comparison, kind: str) -> list[tuple[str, list[str | None]]]:
    return [(status_text(r), [c.text for c in r.cells]) for r in comparison.section(kind).rows]


def test_an_ohio_duty_paragraph_is_cut_at_semicolons_outside_parentheses():
    assert tasks("Drafts & edits communications (e.g., benefits book; open enrollment material) & assists vendors; "
                 "revises communication materials to meet needs of state; drafts policies.") == [
        "Drafts & edits communications (e.g., benefits book; open enrollment material) & assists vendors",
        "revises communication materials to meet needs of state",
        "drafts policies.",
    ]


def test_the_and_that_closes_a_semicolon_list_joins_the_list_not_the_task():
    text = ("Develops requests for proposals; oversees consultants' budgets; and establishes project schedules. "
            "Reviews plans; or/and checks; or approves them.")
    assert tasks(text) == [
        "Develops requests for proposals",
        "oversees consultants' budgets",
        "establishes project schedules.",
        "Reviews plans",
        "or/and checks",
        "approves them.",
    ]
    # Each task is an exact stretch of its paragraph, in order.
    spans = task_spans(text)
    assert [text[s:e] for s, e in spans] == tasks(text)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_calhr_text_is_cut_at_sentence_ends_then_semicolons_but_not_after_abbreviations():
    assert tasks("This is the full journey level. Incumbents audit records, e.g. payrolls; and review the "
                 "U.S. Code. Under general direction, they (1) plan; (2) report.") == [
        "This is the full journey level.",
        "Incumbents audit records, e.g. payrolls",
        "review the U.S. Code.",
        "Under general direction, they (1) plan",
        "(2) report.",
    ]


def test_the_seed_series_pairs_its_duties_by_responsibility(seed_specs):
    comparison = compare(ladder(seed_specs.values()))
    duties = comparison.section("duties")
    # A task the second level rewrote and the third no longer lists says both.
    inquiries = next(r for r in duties.rows if (r.cells[0].text or "").startswith("researches complex telephone"))
    assert status_text(inquiries) == "Related at 65251, dropped at 65255"
    assert inquiries.cells[1].text.startswith("provides advice to & answers questions from public officials")
    # The computer task recurs at every level: one row, each cell the task as written, with its paragraph.
    computer = next(r for r in duties.rows if (r.cells[0].text or "").startswith("operates word processor"))
    assert [cell.text for cell in computer.cells] == [
        "operates word processor or personal computer to enter, edit &/or retrieve data &/or to produce documents.",
        "operates word processor or personal computer to enter, edit, retrieve data &/or to produce data/ "
        "documents.",
        "operates word processor or personal computer to enter, edit &/or retrieve data &/or to produce "
        "data/documents.",
    ]
    assert [cell.paragraph for cell in computer.cells] == [2, 3, 2]
    # The lead duty grows from assisting to managing projects to managing the whole system: one related row.
    lead = duties.rows[0]
    assert lead.status == RELATED
    assert [cell.text[:40] for cell in lead.cells] == [
        "Assists in development & implementation ",
        "Manages variety of both ongoing & specia",
        "Manages entire assessment & monitoring s",
    ]
    assert duties.summary.items_related == 3


def test_a_related_cell_reads_as_its_own_text_with_the_shared_words_set_apart(seed_specs):
    comparison = compare(ladder(seed_specs.values()))
    lead = comparison.section("duties").rows[0].cells[1]
    ops = {segment.op for segment in lead.segments}
    assert ops == {SHARED, REWRITTEN, "delete"}
    # Shown as its own text: the base is in the column beside it, not struck through here.
    assert cell_plain(lead) == lead.text
    from desktop_app.core.compare_text import cell_runs

    assert [run.style for run in cell_runs(lead) if run.style not in ("", "shared")] == []


def test_a_paragraph_every_level_gives_alike_stays_one_row(seed_specs):
    shared = "Serves on the series review team; writes its minutes."
    specs = [spec("1", duties=[shared, "Types letters."]), spec("2", duties=[shared, "Supervises typists."])]
    assert rows_of(compare(specs), "duties")[0] == ("Same", [shared, shared])


def test_all_of_the_above_keeps_the_items_of_the_level_before():
    low = spec("1", knowledge=["payroll procedures", "state laws on leave"])
    high = spec("2", knowledge=["All of the above", "and principles of supervision"])
    rows = compare([low, high]).section("knowledge").rows
    assert [(status_text(r), [c.text for c in r.cells], [c.inherited for c in r.cells]) for r in rows] == [
        ("Same", ["payroll procedures", "payroll procedures"], [False, True]),
        ("Same", ["state laws on leave", "state laws on leave"], [False, True]),
        ("Added at 2", [None, "and principles of supervision"], [False, False]),
    ]


def test_level_statements_pair_across_levels():
    page = parse_fixture("6410.html")
    comparison = compare(ladder(page.classes))
    first = comparison.section("concept").rows[0]
    assert [cell.text for cell in first.cells] == [
        first.cells[0].text,
        "This is the advanced journey level.",
        "This is the supervisory level in the series.",
    ]
    assert first.cells[0].text.startswith("This is the entry, first working, and full journey level")


def test_the_analyst_joins_and_parts_rows(seed_specs):
    levels = ladder(seed_specs.values())
    comparison = compare(levels)
    duties = comparison.section("duties")
    lead = duties.rows[0]
    parting = part_row(duties, lead, 1, comparison.labels)
    assert parting == Pairing(PART, "duties", "65250", lead.cells[0].text, "65251", lead.cells[1].text)
    parted = compare(levels, pairings=[parting]).section("duties")
    assert [(status_text(r), [c.text is not None for c in r.cells]) for r in parted.rows[:2]] == [
        ("Dropped at 65251, parted by the analyst", [True, False, False]),
        ("Added at 65251, related at 65255, parted by the analyst", [False, True, True]),
    ]
    joining = join_rows(parted, parted.rows[0], parted.rows[1], comparison.labels)
    assert joining.kind == JOIN
    joined = compare(levels, pairings=[joining]).section("duties")
    assert status_text(joined.rows[0]) == "Related, joined by the analyst"
    assert [c.text for c in joined.rows[0].cells] == [c.text for c in lead.cells]


def test_rows_that_share_a_class_cannot_be_joined(seed_specs):
    comparison = compare(ladder(seed_specs.values()))
    duties = comparison.section("duties")
    try:
        join_rows(duties, duties.rows[0], duties.rows[1], comparison.labels)
    except NotAPairing as e:
        assert str(e).startswith("Both rows have an item of ")
    else:
        raise AssertionError("joined two rows that both have items of one class")


@settings(max_examples=150, deadline=None)
@given(spec_items, options_strategy)
def test_a_copy_under_another_number_compares_as_a_revision_does(kinds, options):
    """Pairing by meaning changes nothing where the texts are the same: a copy of a spec under another number
    gives the rows, statuses and segments of the same spec compared with itself as a revision."""
    original = spec("65250", **kinds)
    copy = dataclasses.replace(original, number="65251")
    revision = dataclasses.replace(original, title=original.title)
    by_meaning = compare([original, copy], options)
    as_revision = compare([original, revision], options, labels=["65250", "65251"])
    def shape(comparison):
        return [
            (row.status, [(c.text, c.segments, c.after_employment) for c in row.cells])
            for section in comparison.sections[1:] for row in section.rows
        ]
    assert shape(by_meaning) == shape(as_revision)
    assert all(row.status == SAME for section in by_meaning.sections[1:] for row in section.rows)


def test_the_same_classes_compare_alike_whatever_else_the_library_holds(tmp_path):
    """A printed comparison can be made again: importing other classes changes no row or figure of it."""
    from desktop_app.store.importing import import_paths
    from desktop_app.store.library import Library
    from tests.conftest import FIXTURES, SEED

    def series_json(library):
        from desktop_app.core.compare import comparison_to_dict

        specs = ladder(library.spec(e.jurisdiction, e.number) for e in library.classes(series_code="6525"))
        return comparison_to_dict(compare(specs))

    with Library(tmp_path / "seed.sqlite") as small, Library(tmp_path / "more.sqlite") as large:
        import_paths(small, [SEED])
        import_paths(large, [SEED, FIXTURES / "calhr"])
        assert len(large.classes()) > len(small.classes())
        assert series_json(small) == series_json(large)


def test_a_unit_supervisor_and_a_supervisor_of_sections_both_exercise_supervision():
    from desktop_app.core.compare.vocabulary import notions

    assert "~supervision-exercised" in notions("is either (1) a first-line unit supervisor")
    assert "~supervision-exercised" in notions("Incumbents supervise two or more sections through subordinate "
                                               "supervisors")
    assert "~supervision-exercised" not in notions("Incumbents work under the supervision of a unit supervisor")
    assert "~supervision-exercised" in notions("Serves as a lead to Code Enforcement staff")


def test_a_class_named_in_its_series_is_a_level_statement():
    from desktop_app.core.compare.vocabulary import notions

    assert "~level-statement" in notions("This is the paraprofessional class in the Planning series.")
    assert "~level-statement" in notions("This is the entry level professional classification in the Planning Series.")
    assert "~level-statement" not in notions("The Planning Technician is the primary operator of the counter")


def test_an_added_or_dropped_row_says_what_the_later_levels_do(seed_specs):
    comparison = compare(ladder(seed_specs.values()))
    labels = [status_text(r) for r in comparison.section("duties").rows]
    assert "Dropped at 65251, a related task at 65255" in labels
    assert "Added at 65251, related at 65255" in labels
    assert "Added at 65251, dropped at 65255" in labels
    # Two classes: nothing later to say.
    two = compare(ladder([seed_specs["65250"], seed_specs["65251"]]))
    assert {status_text(r) for r in two.section("duties").rows if r.status == "added"} == {"Added at 65251"}


def test_a_changed_number_or_date_reads_whole(seed_specs):
    comparison = compare(ladder([seed_specs["65250"], seed_specs["65251"]]))
    rows = {row.name: row for row in comparison.sections[0].rows}
    assert [(s.op, s.text) for s in rows["Effective date"].cells[1].segments] == [
        ("delete", "1995-11-12"), ("insert", "1995-08-06")]
    assert [(s.op, s.text) for s in rows["Class number"].cells[1].segments] == [
        ("delete", "65250"), ("insert", "65251")]
    # A title still reads word by word.
    assert [(s.op, s.text) for s in rows["Class title"].cells[1].segments][-2:] == [
        ("delete", "Representative"), ("insert", "Analyst")]
