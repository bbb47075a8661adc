"""The redline of a draft against the current revision: what is marked, and that accepting every change gives the
draft and rejecting every change gives the current revision, item by item, in the plan and in the Word file."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.drafts import EditItem, InsertItem, MoveItem, RemoveItem, SetField, SetSectionText, new_draft
from desktop_app.core.model import ClassSpec, Item, Section
from desktop_app.core.redline import (
    Run,
    accepted_paragraphs,
    change_counts,
    redline,
    rejected_paragraphs,
    spec_paragraphs,
)
from desktop_app.core.redline_docx import clean_docx, redline_docx
from tests.redline_reading import expected_paragraphs, items_by_section, revisions, settled_text
from tests.test_drafts import edit_for

WHEN = datetime(2026, 12, 1, 15, 30, tzinfo=timezone.utc)


def revised(spec: ClassSpec) -> ClassSpec:
    """The draft of the tests: every kind of edit the editor makes."""
    draft = new_draft(spec)
    duties = draft.sections[2]
    edits = [
        SetField("title", draft.title, "Senior Benefits Management Analyst"),
        SetField("effective_date", None, date(2025, 7, 1)),
        EditItem(2, 0, duties.items[0], Item(duties.items[0].text.replace("variety", "a wide range"))),
        RemoveItem(2, 1, duties.items[1]),
        InsertItem(2, 1, Item("Represents the agency at grievance hearings.")),
        MoveItem(3, 0, 2),  # "assigned benefit program area…" goes third
        SetSectionText(3, "heading", "Knowledge of", "Knowledge of:"),
        EditItem(3, 4, draft.sections[3].items[4], Item("public relations", after_employment=True)),
        RemoveItem(8, 0, draft.sections[8].items[0]),  # no unusual working conditions
    ]
    for edit in edits:
        draft = edit.apply(draft)
    return draft


@pytest.fixture
def current(seed_specs):
    return seed_specs["65251"]


@pytest.fixture
def draft(current):
    return revised(current)


def test_the_redline_marks_each_change_word_by_word(current, draft):
    paragraphs = redline(current, draft)
    marked = {(p.mark, tuple(r for r in p.runs if r.op != "equal")) for p in paragraphs if p.mark != "equal" or any(
        r.op != "equal" for r in p.runs)}
    assert marked == {
        ("equal", (Run("insert", "Senior "),)),
        ("equal", (Run("delete", "1995-08-06"), Run("insert", "2025-07-01"))),
        ("equal", (Run("delete", "variety"), Run("insert", "a wide range"))),
        ("delete", (Run("delete", current.sections[2].items[1].text),)),
        ("insert", (Run("insert", "Represents the agency at grievance hearings."),)),
        ("equal", (Run("insert", ":"),)),
        ("delete", (Run("delete", current.sections[3].items[0].text),)),
        ("insert", (Run("insert", current.sections[3].items[0].text),)),
        ("equal", (Run("insert", " (developed after employment)", italic=True),)),
        ("delete", (Run("delete", "May require travel."),)),
    }
    assert change_counts(paragraphs) == (7, 5)


def test_accepted_it_reads_as_the_draft_and_rejected_as_the_current_revision(current, draft):
    paragraphs = redline(current, draft)
    assert accepted_paragraphs(paragraphs) == expected_paragraphs(draft)
    assert rejected_paragraphs(paragraphs) == expected_paragraphs(current)
    assert [p.accepted() for p in spec_paragraphs(draft)] == expected_paragraphs(draft)


def test_a_moved_item_is_deleted_where_it_was_and_inserted_where_it_is(current, draft):
    paragraphs = redline(current, draft)
    start = next(n for n, p in enumerate(paragraphs) if p.rejected() == "Knowledge of") + 1
    knowledge = paragraphs[start:start + 7]
    known = [i.text + (" (developed after employment)" if i.after_employment else "") for i in current.sections[3].items]
    assert [(p.mark, p.accepted() if p.mark != "delete" else p.rejected()) for p in knowledge] == [
        ("delete", known[0]), ("equal", known[1]), ("equal", known[2]), ("insert", known[0]),
        ("equal", known[3]), ("equal", "public relations (developed after employment)"), ("equal", known[5]),
    ]


def test_a_draft_unchanged_has_no_marks(current):
    draft = SetField("effective_date", None, current.effective_date).apply(new_draft(current))
    assert change_counts(redline(current, draft)) == (0, 0)
    assert all(p.mark == "equal" for p in redline(current, draft))


def test_sections_new_and_gone_are_marked_whole(current):
    draft = new_draft(current)
    draft = draft.__class__(**{**draft.__dict__, "sections": draft.sections[:7] + (
        Section("other", "SPECIAL REQUIREMENTS", (Item("Must hold a driver's license."),), note="Where it applies."),)})
    paragraphs = redline(current, draft)
    tail = [(p.mark, p.role, p.accepted() or p.rejected()) for p in paragraphs[-7:]]
    assert tail == [
        ("delete", "heading", "TRAINING AND DEVELOPMENT REQUIRED TO REMAIN IN THE CLASSIFICATION AFTER EMPLOYMENT"),
        ("delete", "item", "Not applicable."),
        ("delete", "heading", "UNUSUAL WORKING CONDITIONS"),
        ("delete", "item", "May require travel."),
        ("insert", "heading", "SPECIAL REQUIREMENTS"),
        ("insert", "note", "Where it applies."),
        ("insert", "item", "Must hold a driver's license."),
    ]
    assert accepted_paragraphs(paragraphs) == expected_paragraphs(draft)
    assert rejected_paragraphs(paragraphs) == expected_paragraphs(current)


@st.composite
def drafted(draw, spec):
    draft = new_draft(spec)
    for _ in range(draw(st.integers(0, 12))):
        draft = draw(edit_for(draft)).apply(draft)
    return draft


_SMALL = ClassSpec("OH", "65251", "Benefits Management Analyst", bargaining_unit="EX",
                   effective_date=date(1995, 8, 6), sections=(
    Section("duties", "JOB DUTIES", (Item("Manages variety of projects & programs."), Item("Drafts letters."),
                                     Item("Serves on committees."))),
    Section("knowledge", "Knowledge of", (Item("public relations"), Item("interviewing", True))),
    Section("conditions", "UNUSUAL WORKING CONDITIONS", (Item("May require travel."),)),
))


@settings(max_examples=200, deadline=None)
@given(drafted(_SMALL))
def test_any_draft_accepted_and_rejected_gives_both_texts(draft):
    draft = draft.__class__(**{**draft.__dict__, "title": draft.title.replace("\n", " ")})
    paragraphs = redline(_SMALL, draft)
    assert accepted_paragraphs(paragraphs) == [p.accepted() for p in spec_paragraphs(draft)]
    assert rejected_paragraphs(paragraphs) == [p.accepted() for p in spec_paragraphs(_SMALL)]


# ---- the Word file ----------------------------------------------------------------------------------------


def test_the_word_file_accepted_reads_as_the_draft_item_by_item(current, draft):
    data = redline_docx(current, draft, "Pat Analyst", WHEN)
    accepted = settled_text(data, accept=True)
    assert accepted == expected_paragraphs(draft)
    assert items_by_section(accepted, draft) == [
        [i.text + (" (developed after employment)" if i.after_employment else "") for i in s.items]
        for s in draft.sections
    ]


def test_the_word_file_rejected_reads_as_the_current_revision_item_by_item(current, draft):
    rejected = settled_text(redline_docx(current, draft, "Pat Analyst", WHEN), accept=False)
    assert rejected == expected_paragraphs(current)
    assert items_by_section(rejected, current) == [
        [i.text + (" (developed after employment)" if i.after_employment else "") for i in s.items]
        for s in current.sections
    ]


def test_every_change_is_a_word_revision_by_the_analyst_with_the_date(current, draft):
    found = revisions(redline_docx(current, draft, "Pat Analyst", WHEN))
    assert {(kind, author, when) for kind, author, when, _ in found} == {
        ("ins", "Pat Analyst", "2026-12-01T15:30:00Z"), ("del", "Pat Analyst", "2026-12-01T15:30:00Z")}
    assert [(kind, text) for kind, _, _, text in found][:4] == [
        ("ins", "Senior "), ("del", "1995-08-06"), ("ins", "2025-07-01"), ("del", "variety")]
    # Whole paragraphs new or gone carry their paragraph mark as a revision too (text '').
    assert [(kind, text) for kind, _, _, text in found].count(("del", "")) == 3
    assert [(kind, text) for kind, _, _, text in found].count(("ins", "")) == 2


def test_the_redline_keeps_tracking_and_the_clean_copy_has_no_revisions(current, draft):
    import io
    import zipfile

    data = redline_docx(current, draft, "Pat Analyst", WHEN)
    clean = clean_docx(draft, "Pat Analyst", WHEN)
    settings_xml = zipfile.ZipFile(io.BytesIO(data)).read("word/settings.xml").decode()
    assert "<w:trackRevisions/>" in settings_xml
    assert settings_xml.index("<w:trackRevisions/>") < settings_xml.index("<w:defaultTabStop")
    assert "trackRevisions" not in zipfile.ZipFile(io.BytesIO(clean)).read("word/settings.xml").decode()
    assert revisions(clean) == []
    assert settled_text(clean, accept=True) == settled_text(clean, accept=False) == expected_paragraphs(draft)


def test_the_word_file_names_the_draft_and_the_revision_in_its_header(current, draft):
    from docx import Document

    document = Document(__import__("io").BytesIO(redline_docx(current, draft, "Pat Analyst", WHEN)))
    assert document.sections[0].header.paragraphs[0].text == (
        "OH:65251 Senior Benefits Management Analyst: draft against the revision effective 1995-08-06 "
        "(tracked changes)")
    assert document.core_properties.author == "Pat Analyst"
    clean = Document(__import__("io").BytesIO(clean_docx(draft, "Pat Analyst", WHEN)))
    assert clean.sections[0].header.paragraphs[0].text == (
        "OH:65251 Senior Benefits Management Analyst: draft, proposed effective 2025-07-01")
    assert [p.style.name for p in clean.paragraphs[:3]] == ["Title", "Normal", "Normal"]
    assert clean.paragraphs[5].style.name == "Heading 2"
