"""Editing a draft as plain operations: each one exactly undone by its inverse, typing merged into one edit,
edits out of step refused, the draft as it is handed over."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.drafts import (
    DraftError,
    EditItem,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetField,
    SetSectionText,
    draft_name,
    finished,
    merged,
    new_draft,
)
from desktop_app.core.model import ClassSpec, Item, Section


@pytest.fixture
def analyst_draft(seed_specs):
    return new_draft(seed_specs["65251"])


def test_a_new_draft_keeps_the_text_and_proposes_no_date_yet(seed_specs, analyst_draft):
    current = seed_specs["65251"]
    assert analyst_draft.draft is True and current.draft is False
    assert analyst_draft.sections == current.sections
    assert (analyst_draft.title, analyst_draft.bargaining_unit) == ("Benefits Management Analyst", "EX")
    assert analyst_draft.effective_date is None
    assert draft_name(analyst_draft) == "OH:65251@draft"


def test_each_edit_is_undone_exactly_by_its_inverse(analyst_draft):
    duties = 2
    first = analyst_draft.sections[duties].items[0]
    edits = [
        SetField("title", "Benefits Management Analyst", "Benefits Program Analyst"),
        SetField("bargaining_unit", "EX", "14"),
        SetField("effective_date", None, date(2025, 7, 1)),
        SetSectionText(duties, "heading", "JOB DUTIES IN ORDER OF IMPORTANCE", "JOB DUTIES"),
        SetSectionText(duties, "note", analyst_draft.sections[duties].note, ""),
        EditItem(duties, 0, first, Item(first.text.replace("variety", "a wide range"))),
        EditItem(3, 3, Item("managerial principles/techniques", True), Item("managerial principles/techniques")),
        InsertItem(duties, 4, Item("Represents the agency at grievance hearings.")),
        InsertItem(duties, 0, Item("")),
        RemoveItem(duties, 1, analyst_draft.sections[duties].items[1]),
        MoveItem(duties, 3, 0),
        MoveItem(duties, 0, 3),
    ]
    for edit in edits:
        edited = edit.apply(analyst_draft)
        assert edited != analyst_draft
        assert edit.inverse().apply(edited) == analyst_draft
        assert edit.inverse().inverse() == edit


def test_what_each_edit_does(analyst_draft):
    duties = analyst_draft.sections[2]
    moved = MoveItem(2, 3, 0).apply(analyst_draft).sections[2].items
    assert moved == (duties.items[3], duties.items[0], duties.items[1], duties.items[2])
    inserted = InsertItem(2, 4, Item("Represents the agency.")).apply(analyst_draft).sections[2].items
    assert [i.text for i in inserted][4:] == ["Represents the agency."]
    removed = RemoveItem(2, 0, duties.items[0]).apply(analyst_draft).sections[2].items
    assert removed == duties.items[1:]
    assert SetSectionText(3, "heading", "Knowledge of", "Knowledge of:").apply(analyst_draft).sections[3].heading == (
        "Knowledge of:")


def test_edits_say_what_they_do_for_the_undo_menu(analyst_draft):
    assert SetField("title", "a", "b").describe(analyst_draft) == "Edit the title"
    assert SetField("effective_date", None, date(2025, 7, 1)).describe(analyst_draft) == "Edit the effective date"
    assert EditItem(2, 0, Item("a"), Item("b")).describe(analyst_draft) == (
        "Edit item 1 of JOB DUTIES IN ORDER OF IMPORTANCE")
    assert InsertItem(3, 6, Item("")).describe(analyst_draft) == "Add an item to Knowledge of"
    assert RemoveItem(5, 0, Item("")).describe(analyst_draft) == "Delete item 1 of Ability to"
    assert MoveItem(5, 2, 1).describe(analyst_draft) == "Move item 3 of Ability to up"
    assert SetSectionText(4, "heading", "", "").describe(analyst_draft) == "Edit the heading of Skill in"


def test_an_edit_out_of_step_with_the_draft_is_refused(analyst_draft):
    with pytest.raises(DraftError, match="the title is not what this edit expects"):
        SetField("title", "Benefits Manager", "x").apply(analyst_draft)
    with pytest.raises(DraftError, match="item 1 of Skill in is not what this edit expects"):
        EditItem(4, 0, Item("typing"), Item("x")).apply(analyst_draft)
    with pytest.raises(DraftError, match="Skill in has no item 2"):
        RemoveItem(4, 1, Item("x")).apply(analyst_draft)
    with pytest.raises(DraftError, match="Skill in has no place 3 for an item"):
        InsertItem(4, 2, Item("x")).apply(analyst_draft)
    with pytest.raises(DraftError, match="the draft has no section 10"):
        MoveItem(9, 0, 1).apply(analyst_draft)


def test_typing_in_one_text_merges_into_one_edit():
    a, b = EditItem(2, 0, Item("Manages"), Item("Manages a")), EditItem(2, 0, Item("Manages a"), Item("Manages ab"))
    assert merged(a, b) == EditItem(2, 0, Item("Manages"), Item("Manages ab"))
    assert merged(SetField("title", "A", "AB"), SetField("title", "AB", "ABC")) == SetField("title", "A", "ABC")
    assert merged(SetSectionText(1, "heading", "X", "XY"), SetSectionText(1, "heading", "XY", "XYZ")) == (
        SetSectionText(1, "heading", "X", "XYZ"))
    assert merged(a, EditItem(2, 1, Item("Manages a"), Item("b"))) is None  # another item
    assert merged(SetField("title", "A", "AB"), SetField("bargaining_unit", "AB", "C")) is None
    assert merged(a, InsertItem(2, 0, Item(""))) is None


def test_the_finished_draft_has_no_blank_items_and_no_line_breaks(analyst_draft):
    edited = InsertItem(4, 1, Item("   ")).apply(analyst_draft)
    edited = EditItem(4, 0, edited.sections[4].items[0], Item("operation of\npersonal computer")).apply(edited)
    done = finished(edited)
    assert [i.text for i in done.sections[4].items] == ["operation of personal computer"]
    assert finished(analyst_draft) == analyst_draft


# ---- any sequence of edits, undone and redone ---------------------------------------------------------------

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
items = st.builds(Item, texts, st.booleans())


@st.composite
def edit_for(draw, spec: ClassSpec):
    """One edit that fits ``spec`` as it stands."""
    choice = draw(st.sampled_from(["field", "date", "heading", "edit", "insert", "remove", "move"]))
    s = draw(st.integers(0, len(spec.sections) - 1))
    section = spec.sections[s]
    if choice == "field":
        name = draw(st.sampled_from(["title", "bargaining_unit"]))
        return SetField(name, getattr(spec, name), draw(texts))
    if choice == "date":
        return SetField("effective_date", spec.effective_date, draw(st.none() | st.dates()))
    if choice == "heading":
        name = draw(st.sampled_from(["heading", "note"]))
        return SetSectionText(s, name, getattr(section, name), draw(texts))
    if choice == "insert" or not section.items:
        return InsertItem(s, draw(st.integers(0, len(section.items))), draw(items))
    i = draw(st.integers(0, len(section.items) - 1))
    if choice == "edit":
        return EditItem(s, i, section.items[i], draw(items))
    if choice == "remove":
        return RemoveItem(s, i, section.items[i])
    return MoveItem(s, i, draw(st.integers(0, len(section.items) - 1)))


@st.composite
def edit_sessions(draw):
    spec = ClassSpec("OH", "65251", "Benefits Management Analyst", bargaining_unit="EX", draft=True, sections=(
        Section("duties", "JOB DUTIES", (Item("Manages projects."), Item("Drafts letters."))),
        Section("knowledge", "Knowledge of", (Item("public relations"), Item("interviewing", True))),
        Section("conditions", "UNUSUAL WORKING CONDITIONS"),
    ))
    states, edits = [spec], []
    for _ in range(draw(st.integers(1, 25))):
        edit = draw(edit_for(states[-1]))
        edits.append(edit)
        states.append(edit.apply(states[-1]))
    return states, edits


@settings(max_examples=300, deadline=None)
@given(edit_sessions())
def test_any_session_undoes_to_the_start_and_redoes_to_the_end(session):
    states, edits = session
    spec = states[-1]
    for k in range(len(edits) - 1, -1, -1):  # undo, one by one: each state comes back exactly
        spec = edits[k].inverse().apply(spec)
        assert spec == states[k]
    for k, edit in enumerate(edits):  # redo
        spec = edit.apply(spec)
        assert spec == states[k + 1]


@settings(max_examples=200, deadline=None)
@given(edit_sessions())
def test_merged_typing_undoes_like_the_keys_it_merged(session):
    states, edits = session
    for first, second, before in zip(edits, edits[1:], states):
        both = merged(first, second)
        if both is not None:
            after = both.apply(before)
            assert after == second.apply(first.apply(before))
            assert both.inverse().apply(after) == before


def test_a_draft_is_a_draft_only_by_its_mark(seed_specs):
    current = seed_specs["65251"]
    assert replace(new_draft(current), draft=False, effective_date=current.effective_date) == current


def test_what_a_draft_changes_is_said_item_by_item_with_the_words_around_each_change(seed_specs):
    from desktop_app.core.compare import compare
    from desktop_app.core.draft_changes import changed_items

    current = seed_specs["65251"]
    duties = current.section("duties")
    items = list(duties.items)
    items[1] = Item(items[1].text.replace("develops & writes policies & procedures",
                                          "develops & writes policies, procedures & project plans"))
    items.append(Item("Represents the agency at grievance hearings."))
    del items[0]
    sections = tuple(replace(s, items=tuple(items)) if s is duties else s for s in current.sections)
    draft = replace(current, sections=sections, draft=True)
    assert changed_items(compare([current, draft])) == [
        "Dropped · Job duties 1: “Manages variety of both ongoing & special benefit projects in assigned benefit …”",
        "Changed · Job duties 1: “… revisions/changes; develops & writes policies & procedures & submits to "
        "management …” now reads “… revisions/changes; develops & writes policies, procedures & project plans & "
        "submits to management …”",  # the draft's first duty now: numbers are the draft's
        "Added · Job duties 4: “Represents the agency at grievance hearings.”",
    ]
