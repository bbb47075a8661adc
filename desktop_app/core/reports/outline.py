"""A report as neutral blocks (facts, headings, legend, grids, aligned rows, notes) that every format renders.

A report kind (a comparison, a class spec) builds an Outline once; HTML, Markdown, Word and the printed page
render the same outline, so they say the same things in the same order. Pure: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Run(NamedTuple):
    """A run of text and how it is marked: "" plain, or a style of the theme ("insert", "delete", "bold",
    "note" for a remark in italics, "empty" for a missing cell). A line break is a run of "\\n"."""

    text: str
    style: str = ""


Runs = tuple[Run, ...]


def plain(text: str) -> Runs:
    return (Run(text),)


def runs_text(runs: Runs) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Facts:
    """The title block: label and value pairs ("Series", "6525 Benefits Management"); an empty label continues
    the label above."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is a part of its own (a class of several printed together): it starts a new page."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    remark: bool = False  # a line about the block below it (a section's figures), set off in italics


@dataclass(frozen=True)
class ListItems:
    """Items of a spec section, one a line: numbered (duties, in order of importance) or bulleted."""

    items: tuple[Runs, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Legend:
    """What the marks mean; samples of the marks are runs styled "insert" and "delete"."""

    runs: Runs


@dataclass(frozen=True)
class Grid:
    """A table of figures: a header row, then rows of plain cells; ``total`` rows are set in bold."""

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[bool, ...] = ()
    numeric_from: int = 1  # columns from this one on hold numbers (right-aligned where a format can)


@dataclass(frozen=True)
class Column:
    """A class column of an aligned table: its short label ("65251") and its title."""

    label: str
    title: str = ""


@dataclass(frozen=True)
class AlignedRow:
    """One aligned item: its status (a theme key, for colour), the status in words, the row's name where it
    has one ("Class title"), and one cell of runs per column."""

    status: str
    status_text: str
    cells: tuple[Runs, ...]
    name: str = ""
    merged: bool = False  # the same in every class: one cell across the class columns (cells[0])


@dataclass(frozen=True)
class Aligned:
    """Rows side by side under a header row that repeats on every page: a status column, then the columns."""

    columns: tuple[Column, ...]
    rows: tuple[AlignedRow, ...]
    status_heading: str = "Status"


@dataclass(frozen=True)
class Notes:
    """The analyst's own Markdown; raw HTML in it is shown as text by every format."""

    markdown: str
    heading: str = "Analyst's notes"


Block = Facts | Heading | Paragraph | ListItems | Legend | Grid | Aligned | Notes


@dataclass(frozen=True)
class Outline:
    """A whole report: its title, the running page header and footer, and its blocks in order."""

    title: str
    header: str
    footer: str
    blocks: tuple[Block, ...]
    # What a printout keeps to be read back (a class spec's identity, JSON): Markdown writes it as a comment at
    # its end, Word as a last paragraph of hidden text; the other formats leave it out.
    read_back: str = ""
