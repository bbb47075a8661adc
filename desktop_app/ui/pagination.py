"""Where a laid-out report breaks into pages, computed once for preview, print and PDF alike.

The report is laid out at one fixed resolution (LAYOUT_DPI, design metrics), whatever the device, so that a
printer, the print preview and a PDF file get the same pages. The page breaks follow rules a reader expects: a
heading and the line about a table stay with what follows them, a paragraph leaves at least two lines (a table of
short rows two rows) on each side of a break, a table row up to a third of a page stays whole, and a longer row
splits only between lines of all its cells, below its status; the header row of a table is repeated on every page
it runs onto, and a row carried over names its status again ("… (continued)").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPageLayout, QTextCursor, QTextDocument

LAYOUT_DPI = 1200  # fine enough that rounding to the device's pixels moves nothing
BAND_INCH = 0.32  # the page header and footer bands, about 8 mm each
BODY_POINT_SIZE = 9
LINE_SPACING = 1.17  # a line of DejaVu Sans, in ems
ROW_KEPT_WHOLE = 1 / 3  # of the page body: a row up to this height is never split
MIN_LINES = 3  # a split row leaves at least this many lines' height on each page
SHORT_ROW_LINES = 4  # rows up to this many lines high make a table of short rows
CONTINUED = " (continued)"


def layout_units(points: float) -> float:
    return points * LAYOUT_DPI / 72


def report_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_POINT_SIZE)
    # Without ligatures the PDF's text is plain letters: "benefits" is found by search and copies as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


_layout_device: QImage | None = None


def layout_device() -> QImage:
    """A paint device of LAYOUT_DPI that the document is laid out against (it is never painted on)."""
    global _layout_device
    if _layout_device is None:
        _layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        _layout_device.setDotsPerMeterX(dots_per_metre)
        _layout_device.setDotsPerMeterY(dots_per_metre)
    return _layout_device


@dataclass(frozen=True)
class Slice:
    """A band of the laid-out report, [top, bottom) in layout units, drawn ``at`` that height of the page body;
    ``within`` when it starts between two lines of one paragraph (or of a table cell)."""

    top: float
    bottom: float
    at: float
    within: bool = False


@dataclass(frozen=True)
class Continued:
    """A row carried over from the page before: its status cell's words, drawn again in the status column."""

    text: str
    colour: str
    rect: QRectF  # in page body coordinates, layout units


@dataclass
class Page:
    slices: list[Slice] = field(default_factory=list)
    continued: list[Continued] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, left, right): a cut table's edge


@dataclass
class Pagination:
    document: QTextDocument
    width: float  # of the page body, layout units
    height: float
    band: float  # the header and footer bands
    pages: list[Page]


@dataclass
class _Row:
    top: float  # its upper border
    bottom: float
    cells_lines: list[list[tuple[float, float]]]  # per cell, its lines (top, bottom)
    status_bottom: float
    status: tuple[str, str, QRectF]  # text, colour, the status cell's content rect


@dataclass
class _Table:
    top: float
    bottom: float
    left: float
    right: float
    header: tuple[float, float] | None  # the header row's band, repeated on each page the table runs onto
    rows: list[_Row]


def make_document(html: str, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device())
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(report_font())
    doc.setHtml(html)
    doc.setTextWidth(width)
    doc.size()  # lays the whole report out, as one long page
    return doc


def paginate(html: str, page_layout: QPageLayout) -> Pagination:
    """The report's pages on paper of ``page_layout`` (its size and margins alone count, not its device)."""
    area = page_layout.paintRect(QPageLayout.Unit.Point)
    band = layout_units(BAND_INCH * 72)
    width, height = layout_units(area.width()), layout_units(area.height()) - 2 * band
    doc = make_document(html, width)
    blocks, tables = _measure(doc)
    breaks, forced, within = _breaks(blocks, tables, height)
    end = doc.size().height()
    pages: list[Page] = []
    top = 0.0
    while top < end - 0.5:
        table = _table_at(tables, top)
        repeat = table.header if table is not None and table.header and top >= table.header[1] - 0.5 else None
        room = height - (repeat[1] - repeat[0] if repeat else 0)
        limit = top + room
        if limit >= end:
            bottom = end
        else:
            bottom = next((y for y in forced if top + 0.5 < y <= limit), None)
            if bottom is None:
                n = bisect.bisect_right(breaks, limit) - 1
                bottom = breaks[n] if n >= 0 and breaks[n] > top + 0.5 else limit  # nothing fits: cut it
        page = Page()
        at = 0.0
        if repeat:
            page.slices.append(Slice(repeat[0], repeat[1], 0.0))
            at = repeat[1] - repeat[0]
            row = next((r for r in table.rows if r.top + 0.5 < top < r.bottom - 0.5), None)
            if row is not None:
                text, colour, rect = row.status
                page.continued.append(Continued(text + CONTINUED, colour,
                                                QRectF(rect.left(), at + (rect.top() - row.top),
                                                       rect.width(), rect.height() * 3)))
                page.rules.append((at, table.left, table.right))
        elif top > 0 and (table := _table_at(tables, top)) is not None:
            page.rules.append((0.0, table.left, table.right))
        page.slices.append(Slice(top, bottom, at, within=top in within))
        cut = _table_at(tables, bottom - 0.5)
        if cut is not None and bottom < cut.bottom - 0.5:
            page.rules.append((at + bottom - top, cut.left, cut.right))
        pages.append(page)
        top = bottom
    return Pagination(doc, width, height, band, pages or [Page([Slice(0, 0, 0)])])


def _table_at(tables: list[_Table], y: float) -> _Table | None:
    return next((t for t in tables if t.top - 0.5 <= y < t.bottom - 0.5), None)


def _cell_text(cell) -> tuple[str, str]:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    colour = cell.firstCursorPosition().block().begin().fragment().charFormat().foreground().color().name()
    return " ".join(cursor.selectedText().replace("\u2029", " ").replace("\u2028", " ").split()), colour


def _measure(doc: QTextDocument):
    """The report's top-level blocks (top, bottom, lines, heading level, followed by a table) and its tables."""
    layout = doc.documentLayout()
    blocks: list[tuple[float, float, list[tuple[float, float]], int]] = []
    tables: dict[int, tuple] = {}
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = []
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            lines.append((rect.top() + line.y(), rect.top() + line.y() + line.height()))
        table = QTextCursor(block).currentTable()
        if table is None:
            if block.text() or lines:
                blocks.append((rect.top(), rect.bottom(), lines, block.blockFormat().headingLevel()))
        else:
            cell = table.cellAt(block.position())
            entry = tables.setdefault(id(table), (table, {}, []))
            entry[1].setdefault((cell.row(), cell.column()), []).extend(lines)
            entry[2].append((rect.left(), rect.right()))
        block = block.next()
    measured = [_table(layout, table, cells, sides) for table, cells, sides in tables.values()]
    measured.sort(key=lambda t: t.top)
    # The empty block Qt keeps after a table lies inside the table's band: it is no block of the report.
    blocks = [b for b in blocks if not any(t.top - 0.5 <= b[0] < t.bottom - 0.5 for t in measured)]
    return blocks, measured


def _table(layout, table, cells: dict, sides: list[tuple[float, float]]) -> _Table:
    rows = table.rows()
    spans = []
    for r in range(rows):
        lines = [cells.get((r, c), []) for c in range(table.columns())]
        tops = [ls[0][0] for ls in lines if ls]
        bottoms = [ls[-1][1] for ls in lines if ls]
        spans.append((min(tops, default=0.0), max(bottoms, default=0.0), lines))
    # A border lies half way between the text of one row and the next (cell padding is the same above and below).
    gaps = [spans[r + 1][0] - spans[r][1] for r in range(rows - 1)]
    half = (min(gaps) / 2) if gaps else 0.0
    between = [(spans[r][1] + spans[r + 1][0]) / 2 for r in range(rows - 1)]
    edges = [spans[0][0] - half, *between, spans[-1][1] + half]
    # Its left and right borders: as far from the text of the outer cells as the row borders are from theirs.
    left, right = min(s[0] for s in sides) - half, max(s[1] for s in sides) + half
    measured_rows = []
    for r, (_top, _bottom, lines) in enumerate(spans):
        status_cell = table.cellAt(r, 0)
        text, colour = _cell_text(status_cell)
        status_rect = layout.blockBoundingRect(status_cell.firstCursorPosition().block())
        status_bottom = lines[0][-1][1] if lines and lines[0] else edges[r]
        measured_rows.append(_Row(edges[r], edges[r + 1], lines, status_bottom, (text, colour, status_rect)))
    header_rows = min(table.format().headerRowCount(), rows - 1)
    header = (edges[0], edges[header_rows]) if header_rows > 0 else None
    return _Table(edges[0], edges[-1], left, right, header, measured_rows[header_rows:])


def _breaks(blocks, tables: list[_Table], page_height: float) -> tuple[list[float], list[float], set[float]]:
    """Every height where a page may end, in order; where one must (before a part of its own); and which of
    them fall between the lines of one paragraph or cell."""
    line = layout_units(BODY_POINT_SIZE * LINE_SPACING)
    breaks: list[float] = []
    forced: list[float] = []
    within: set[float] = set()
    items = [("block", b[0], b) for b in blocks] + [("table", t.top, t) for t in tables]
    items.sort(key=lambda item: item[1])
    parts = 0
    for n, (kind, top, item) in enumerate(items):
        following = items[n + 1] if n + 1 < len(items) else None
        if kind == "block":
            _top, bottom, lines, heading = item
            if heading == 1:
                parts += 1
                if parts > 2:  # the report's title, then its first part on the same page; each other part anew
                    forced.append(top)
            # Between lines: two at least on each side.
            for k in range(2, len(lines) - 1):
                breaks.append(lines[k][0])
                within.add(lines[k][0])
            keeps_with_next = heading > 0 or (following is not None and following[0] == "table")
            if following is not None and not keeps_with_next:
                breaks.append(following[1])
        else:
            body = item.rows
            # A table of short rows (a summary, a list of candidates) leaves two rows at least on each side of a
            # break: no header with one row at the foot of a page, no last row alone on the next.
            short = all(row.bottom - row.top <= SHORT_ROW_LINES * line for row in body)
            first, last = (2, len(body) - 2) if short else (1, len(body))
            for r, row in enumerate(body):
                if row.bottom - row.top > page_height * ROW_KEPT_WHOLE:
                    inside = _inside_row(row, line)
                    breaks += inside
                    within.update(inside)
                if first <= r <= last:  # never between the header row and the first row (nor before the table)
                    breaks.append(row.top)
            if following is not None:
                breaks.append(following[1])
    return sorted(set(breaks)), sorted(forced), within


def _inside_row(row: _Row, line: float) -> list[float]:
    """Heights inside a long row where no line of any cell is cut, below its status, leaving no stub."""
    all_lines = [span for cell in row.cells_lines for span in cell]
    found = []
    for _top, bottom in all_lines:
        y = bottom
        if y <= row.status_bottom or y - row.top < MIN_LINES * line or row.bottom - y < MIN_LINES * line:
            continue
        if any(t + 0.5 < y < b - 0.5 for t, b in all_lines):
            continue
        found.append(y)
    return found
