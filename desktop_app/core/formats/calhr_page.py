"""The frame of a CalHR page: title, "Class Code:" header list, class and history tables, dates; no Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.formats.dates import parse_date
from desktop_app.core.formats.html_blocks import Block
from desktop_app.core.formats.titles import title_key

_HEADER_FIELD = re.compile(
    r"^(Schematic Code|Class Code|Established|Revised|Title Changed|CEA Established)\s*:\s*(.*)$", re.IGNORECASE
)
_SERIES_DATE = re.compile(r"^Series\s+(established|revised)\s*:?\s*(.+)$", re.IGNORECASE)
_ABOLISHED = re.compile(r"\(?(?<!\s)\s*+Abolished\b[^)]*\)?", re.IGNORECASE)
_CAPTION_TITLE = re.compile(
    r"^(?P<title>.+?)(?<!\s)\s++Specification\s*+-\s*+Class Titles? and Codes$", re.IGNORECASE
)
# Header lines, dates and captions are short; longer paragraphs are never looked at as frame lines.
_FRAME_LINE = 200


@dataclass
class ClassEntry:
    """One class the page describes, as its header list or its table of class titles and codes says."""

    number: str
    title: str
    schematic: str = ""
    established: date | None = None
    revised: date | None = None
    abolished: date | None = None
    abolished_note: str = ""


@dataclass
class Page:
    title: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    classes: list[ClassEntry] = field(default_factory=list)
    is_series: bool = False
    series_established: date | None = None
    series_revised: date | None = None
    abolished_notes: list[str] = field(default_factory=list)
    content: list[Block] = field(default_factory=list)


def read_page(blocks: list[Block]) -> Page:
    """Split the page's frame (title, header list, tables, dates) from its content (headings and paragraphs)."""
    page = Page()
    tables: dict[int, list[Block]] = {}
    captions: list[str] = []
    for b in blocks:
        if b.table >= 0:
            if b.kind == "row":
                tables.setdefault(b.table, []).append(b)
            elif b.kind == "caption":
                captions.append(b.text)
            continue
        if b.kind == "h1":
            if not page.title:
                page.title = b.text
            continue
        if b.kind in ("p", "li") and len(b.text) < _FRAME_LINE and _frame_line(page, b.text, captions):
            continue
        page.content.append(b)

    history: list[tuple[str, ...]] = []
    for rows in tables.values():
        head = tuple(c.lower() for c in rows[0].cells)
        if "class code" in head and "class" in head:
            page.is_series = True
            known = {c.number for c in page.classes}
            # Some pages repeat the class table at the end; a class is read once.
            page.classes.extend(c for c in _class_rows(head, rows[1:]) if c.number not in known)
        elif head[:2] == ("class", "date established"):
            history.extend(r.cells for r in rows[1:])
    if not page.title:
        page.title = next((m.group("title") for c in captions if (m := _CAPTION_TITLE.match(c))), "")
    if page.is_series:
        _apply_history(page.classes, history)
    elif "class code" in page.fields:
        page.classes.append(_header_class(page))
    return page


def _frame_line(page: Page, text: str, captions: list[str]) -> bool:
    """Take a header-list line, a series date, a table caption or an abolished note into the page frame."""
    m = _HEADER_FIELD.match(text) if ":" in text[:20] else None
    if m and m.group(1).lower() not in page.fields:
        page.fields[m.group(1).lower()] = m.group(2).strip()
        return True
    lowered = text[:9].lower()
    if lowered.startswith("series"):
        m = _SERIES_DATE.match(text)
        if m:
            when = parse_date(m.group(2))
            if m.group(1).lower() == "established":
                page.series_established = page.series_established or when
            else:
                page.series_revised = page.series_revised or when
            return True
    if lowered == "abolished" and parse_date(text[len("abolished"):]):
        page.abolished_notes.append(text)
        return True
    if text.endswith("Codes") and _CAPTION_TITLE.match(text):
        captions.append(text)
        return True
    return False


def _class_rows(head: tuple[str, ...], rows: list[Block]) -> list[ClassEntry]:
    code, title = head.index("class code"), head.index("class")
    schematic = head.index("schem code") if "schem code" in head else -1
    entries = []
    for row in rows:
        cells = row.cells
        if len(cells) <= max(code, title) or not cells[code]:
            continue
        text = cells[title]
        note = _ABOLISHED.search(text)
        entry = ClassEntry(
            number=cells[code].split()[0], title=text, schematic=cells[schematic] if schematic >= 0 else ""
        )
        if note:
            entry.title = (text[: note.start()] + text[note.end():]).strip()
            entry.abolished_note = note.group(0).strip("() ")
            entry.abolished = parse_date(entry.abolished_note[len("abolished"):].strip().removeprefix("on ").strip())
        entries.append(entry)
    return entries


def _apply_history(classes: list[ClassEntry], rows: list[tuple[str, ...]]) -> None:
    by_title = {title_key(c.title): c for c in classes}
    unmatched = []
    for cells in rows:
        entry = by_title.get(title_key(_ABOLISHED.sub("", cells[0])))
        if entry is None:
            unmatched.append(cells)
            continue
        _set_history(entry, cells)
    # Rows whose title was retyped differently from the class table: match by position when nothing else is left.
    rest = [c for c in classes if c.established is None and c.revised is None]
    if unmatched and len(unmatched) == len(rest):
        for entry, cells in zip(rest, unmatched):
            _set_history(entry, cells)


def _set_history(entry: ClassEntry, cells: tuple[str, ...]) -> None:
    if len(cells) > 1:
        entry.established = parse_date(cells[1])
    if len(cells) > 2:
        entry.revised = parse_date(cells[2])


def _header_class(page: Page) -> ClassEntry:
    fields = page.fields
    entry = ClassEntry(
        number=fields["class code"].split()[0] if fields["class code"].split() else "",
        title=page.title,
        schematic=fields.get("schematic code", ""),
        established=parse_date(fields.get("established", "")),
        revised=parse_date(fields.get("revised", "")),
    )
    for note in page.abolished_notes:
        when = parse_date(note[len("abolished"):].strip())
        if when:
            entry.abolished, entry.abolished_note = when, note
            break
    return entry
