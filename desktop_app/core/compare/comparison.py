"""The plain data of a comparison (options, segments, rows, sections, figures); pure: no Qt, sqlite, store or ui."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.core.compare.options import CompareOptions  # noqa: F401 (the comparison's names)
from desktop_app.core.model import ClassSpec

# The ops a segment can carry; a theme table elsewhere maps them to colours.
EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"
# A related cell (the same responsibility, written anew) is not marked word by word: its words that its base
# also uses are "shared", the rest "rewritten", and its base's text follows in one "delete" segment, which the
# screen and the reports leave out (the base stands in its own column).
SHARED = "shared"
REWRITTEN = "rewritten"
OWN_TEXT_OPS = frozenset({EQUAL, INSERT, SHARED, REWRITTEN})  # the ops that hold the cell's own text

# Row statuses.
SAME = "same"
CHANGED = "changed"
RELATED = "related"  # every class has it, and at least one words it anew (its scope or authority changed)
ADDED = "added"
DROPPED = "dropped"
STATUSES = (SAME, CHANGED, RELATED, ADDED, DROPPED)

# The comparison's own first block (class number, title, bargaining unit, effective date); never a model kind.
METADATA = "metadata"

MIN_CLASSES = 2
MAX_CLASSES = 8


class ComparisonCancelled(Exception):
    """Raised by compare() when its should_cancel callback answers True."""


class Segment(NamedTuple):
    """A run of a cell's text with its op relative to the base cell (a named tuple: a long text has thousands).

    ``equal``, ``insert``, ``shared`` and ``rewritten`` segments hold the cell's own text; ``delete`` segments
    hold the base's text.
    Where the options let two spellings count as equal (case, punctuation, ``&``/``and``, numbering, spacing),
    an ``equal`` segment also keeps the base's spelling in ``base_text`` (None when both spell it the same), so
    that equal+insert re-assembles the cell exactly and equal(base_text or text)+delete re-assembles the base.
    """

    op: str
    text: str
    base_text: str | None = None

    @property
    def base(self) -> str:
        """This segment's part of the base's text ('' for an insert)."""
        if self.op in (INSERT, SHARED, REWRITTEN):
            return ""
        return self.text if self.base_text is None else self.base_text


@dataclass(frozen=True)
class Cell:
    """One class's item (or task) in a row; ``text`` None when the class has no such item.

    ``paragraph`` is the index of the paragraph a task was cut from within its class's section (None where the
    section is not cut into tasks). ``inherited``: the class gives the item by "All of the above".
    """

    label: str
    number: str
    text: str | None
    segments: tuple[Segment, ...] = ()
    after_employment: bool = False
    paragraph: int | None = None
    inherited: bool = False
    cues: tuple[tuple[int, int], ...] = ()  # where the words a level factor was read from stand in ``text``


@dataclass(frozen=True)
class Row:
    """One aligned item: a cell per class, in class order.

    status: same | changed | related | added | dropped; ``at`` is the label of the class where an added item first
    appears or where a dropped item is first missing (None otherwise). ``name`` names a metadata row.
    ``pairing`` is "joined" or "parted" where the analyst said so (pairings.py), else None.
    """

    status: str
    cells: tuple[Cell, ...]
    at: str | None = None
    name: str | None = None
    pairing: str | None = None


@dataclass(frozen=True)
class Summary:
    """Figures for a section or a whole comparison (see ``summary.py`` for what each one counts)."""

    items: int = 0
    items_same: int = 0
    items_changed: int = 0
    items_related: int = 0
    items_added: int = 0
    items_dropped: int = 0
    words_inserted: int = 0
    words_deleted: int = 0
    words_unchanged: int = 0
    similarity_percent: float = 100.0
    added_at: tuple[tuple[str, int], ...] = ()  # (label, rows added at that class), in class order
    dropped_at: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class SectionComparison:
    kind: str
    title: str
    rows: tuple[Row, ...]
    summary: Summary


@dataclass(frozen=True)
class Comparison:
    """Classes in the order compared, one label per class, and the sections side by side."""

    classes: tuple[ClassSpec, ...]
    labels: tuple[str, ...]
    options: CompareOptions
    sections: tuple[SectionComparison, ...]
    summary: Summary
    factors: tuple = ()  # the level factors (level_factors.FactorRow), one row per factor some class states

    def section(self, kind: str) -> SectionComparison | None:
        return next((s for s in self.sections if s.kind == kind), None)
