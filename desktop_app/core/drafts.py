"""A draft revision of a class spec, edited as plain data: each edit is an operation on a ClassSpec that its
inverse undoes exactly, so the editor's undo and redo are these operations run back and forth. No Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Union

from desktop_app.core.model import SECTION_TITLES, ClassSpec, Item, Section

# How a command names a class's draft: 65251@draft, OH:65251@draft.
DRAFT = "draft"

# The fields of the class itself that a draft edits, as the editor names them.
FIELDS = {"title": "the title", "bargaining_unit": "the bargaining unit", "effective_date": "the effective date"}
SECTION_FIELDS = {"heading": "heading", "note": "note"}


class DraftError(ValueError):
    """An edit that does not fit the draft it is applied to (an undo out of step, an item that is not there)."""


def new_draft(spec: ClassSpec) -> ClassSpec:
    """A draft made from a revision: its text, no effective date yet (the analyst proposes one)."""
    return replace(spec, draft=True, effective_date=None, abolished=None, source="")


def draft_name(spec: ClassSpec) -> str:
    """``OH:65251@draft``."""
    return f"{spec.key}@{DRAFT}"


def section_name(section: Section) -> str:
    return section.heading.strip().rstrip(":") or SECTION_TITLES[section.kind]


# ---- the operations ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetField:
    """The title, the bargaining unit or the proposed effective date."""

    name: str
    old: str | date | None
    new: str | date | None

    def apply(self, spec: ClassSpec) -> ClassSpec:
        if self.name not in FIELDS:
            raise DraftError(f"a draft has no field {self.name!r}")
        if getattr(spec, self.name) != self.old:
            raise DraftError(f"{FIELDS[self.name]} is not what this edit expects")
        return replace(spec, **{self.name: self.new})

    def inverse(self) -> SetField:
        return SetField(self.name, self.new, self.old)

    def describe(self, spec: ClassSpec) -> str:
        return f"Edit {FIELDS.get(self.name, self.name)}"


@dataclass(frozen=True)
class SetSectionText:
    """A section's heading or its note."""

    section: int
    name: str
    old: str
    new: str

    def apply(self, spec: ClassSpec) -> ClassSpec:
        section = _section(spec, self.section)
        if self.name not in SECTION_FIELDS:
            raise DraftError(f"a section has no {self.name!r}")
        if getattr(section, self.name) != self.old:
            raise DraftError(f"the {self.name} of {section_name(section)} is not what this edit expects")
        return _with_section(spec, self.section, replace(section, **{self.name: self.new}))

    def inverse(self) -> SetSectionText:
        return SetSectionText(self.section, self.name, self.new, self.old)

    def describe(self, spec: ClassSpec) -> str:
        return f"Edit the {self.name} of {_name_at(spec, self.section)}"


@dataclass(frozen=True)
class EditItem:
    """An item's text or its "developed after employment" mark."""

    section: int
    index: int
    old: Item
    new: Item

    def apply(self, spec: ClassSpec) -> ClassSpec:
        section = _section(spec, self.section)
        if _item(section, self.index) != self.old:
            raise DraftError(f"item {self.index + 1} of {section_name(section)} is not what this edit expects")
        items = list(section.items)
        items[self.index] = self.new
        return _with_section(spec, self.section, replace(section, items=tuple(items)))

    def inverse(self) -> EditItem:
        return EditItem(self.section, self.index, self.new, self.old)

    def describe(self, spec: ClassSpec) -> str:
        return f"Edit item {self.index + 1} of {_name_at(spec, self.section)}"


@dataclass(frozen=True)
class InsertItem:
    """A new item at ``index`` (0 to the number of items)."""

    section: int
    index: int
    item: Item

    def apply(self, spec: ClassSpec) -> ClassSpec:
        section = _section(spec, self.section)
        if not 0 <= self.index <= len(section.items):
            raise DraftError(f"{section_name(section)} has no place {self.index + 1} for an item")
        items = list(section.items)
        items.insert(self.index, self.item)
        return _with_section(spec, self.section, replace(section, items=tuple(items)))

    def inverse(self) -> RemoveItem:
        return RemoveItem(self.section, self.index, self.item)

    def describe(self, spec: ClassSpec) -> str:
        return f"Add an item to {_name_at(spec, self.section)}"


@dataclass(frozen=True)
class RemoveItem:
    section: int
    index: int
    item: Item

    def apply(self, spec: ClassSpec) -> ClassSpec:
        section = _section(spec, self.section)
        if _item(section, self.index) != self.item:
            raise DraftError(f"item {self.index + 1} of {section_name(section)} is not what this edit expects")
        items = list(section.items)
        del items[self.index]
        return _with_section(spec, self.section, replace(section, items=tuple(items)))

    def inverse(self) -> InsertItem:
        return InsertItem(self.section, self.index, self.item)

    def describe(self, spec: ClassSpec) -> str:
        return f"Delete item {self.index + 1} of {_name_at(spec, self.section)}"


@dataclass(frozen=True)
class MoveItem:
    """The item at ``source`` taken out and put back at ``target`` (both places in the section as it stands)."""

    section: int
    source: int
    target: int

    def apply(self, spec: ClassSpec) -> ClassSpec:
        section = _section(spec, self.section)
        items = list(section.items)
        if not (0 <= self.source < len(items) and 0 <= self.target < len(items)):
            raise DraftError(f"{section_name(section)} has no item {max(self.source, self.target) + 1}")
        items.insert(self.target, items.pop(self.source))
        return _with_section(spec, self.section, replace(section, items=tuple(items)))

    def inverse(self) -> MoveItem:
        return MoveItem(self.section, self.target, self.source)

    def describe(self, spec: ClassSpec) -> str:
        way = "up" if self.target < self.source else "down"
        return f"Move item {self.source + 1} of {_name_at(spec, self.section)} {way}"


Edit = Union[SetField, SetSectionText, EditItem, InsertItem, RemoveItem, MoveItem]


def merged(first: Edit, second: Edit) -> Edit | None:
    """One edit for two in a row of the same text (typing is one edit per key; undo takes back the word, not
    the letter); None when they are not of one text."""
    if isinstance(first, SetField) and isinstance(second, SetField) and first.name == second.name:
        return SetField(first.name, first.old, second.new) if first.new == second.old else None
    if (isinstance(first, SetSectionText) and isinstance(second, SetSectionText)
            and (first.section, first.name) == (second.section, second.name) and first.new == second.old):
        return SetSectionText(first.section, first.name, first.old, second.new)
    if (isinstance(first, EditItem) and isinstance(second, EditItem)
            and (first.section, first.index) == (second.section, second.index) and first.new == second.old):
        return EditItem(first.section, first.index, first.old, second.new)
    return None


def _section(spec: ClassSpec, index: int) -> Section:
    if not 0 <= index < len(spec.sections):
        raise DraftError(f"the draft has no section {index + 1}")
    return spec.sections[index]


def _item(section: Section, index: int) -> Item:
    if not 0 <= index < len(section.items):
        raise DraftError(f"{section_name(section)} has no item {index + 1}")
    return section.items[index]


def _name_at(spec: ClassSpec, index: int) -> str:
    return section_name(spec.sections[index]) if 0 <= index < len(spec.sections) else f"section {index + 1}"


def _with_section(spec: ClassSpec, index: int, section: Section) -> ClassSpec:
    sections = list(spec.sections)
    sections[index] = section
    return replace(spec, sections=tuple(sections))


# ---- a draft as it would be adopted -----------------------------------------------------------------------

_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029]+")


def one_line(text: str) -> str:
    """An item is one paragraph: line breaks typed or pasted into it read as spaces."""
    return _BREAKS.sub(" ", text)


def finished(spec: ClassSpec) -> ClassSpec:
    """The draft as it is compared, handed over and adopted: items left blank (one just added, not yet
    written) are no items; a line break in a text is a space."""
    sections = tuple(
        replace(
            section,
            heading=one_line(section.heading),
            note=one_line(section.note),
            items=tuple(replace(item, text=one_line(item.text)) for item in section.items if item.text.strip()),
        )
        for section in spec.sections
    )
    return replace(spec, title=one_line(spec.title), bargaining_unit=one_line(spec.bargaining_unit),
                   sections=sections)
