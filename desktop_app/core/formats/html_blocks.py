"""HTML to text blocks (headings, paragraphs, list items, table rows) in one html.parser pass; stdlib only, no Qt."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

# Elements that end the running text: a new paragraph, heading or list item starts after them.
_BLOCK_TAGS = frozenset(
    "p div li dd dt ul ol dl h1 h2 h3 h4 h5 h6 blockquote pre section article header footer "
    "address center form fieldset nav aside main figure figcaption".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_LIST_ITEMS = frozenset(("li", "dd", "dt"))
# A start tag with its attributes. No block needs an attribute, and reading them is a third of what
# html.parser spends on a CalHR page; the tag goes to the parser without them. A quote left open ends
# at the next "<", and so does its tag: html.parser would rescan the rest of the page for every such
# tag (minutes for a page of them), this search never looks past the next "<".
_ATTRIBUTES = re.compile(
    r"""<([a-zA-Z][^\s/<>]*)(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"<]*"?|'[^'<]*'?|[^\s"'<>]+))?)+\s*(/?)(?:>|(?=<)|$)"""
)
# Word processors leave zero-width spaces in pasted text ("\u200b1040"); they are not page text.
_ZERO_WIDTH = "\u200b"
# Elements that change nothing in the text: the parser returns at once for them (most tags of a page).
_INLINE = frozenset("strong b i em u span a font sup sub small big strike s abbr code mark".split())
# Text inside these is never page text.
_SKIPPED = frozenset(("script", "style", "template", "head", "title"))
# Elements that break a line: inside a block they separate two paragraphs, inside a table cell two words.
_BREAKS = frozenset(("br", "hr"))


class Block(NamedTuple):
    """One piece of page text: ``kind`` is h1…h6, p, li, caption or row (a table row, its cells in ``cells``)."""

    kind: str
    text: str
    cells: tuple[str, ...] = ()
    table: int = -1
    header: bool = False


def _ignore(data: str) -> None:
    """Where text inside <script>/<style> goes."""


class _BlockParser(HTMLParser):
    """Collects blocks as the parser goes. Page text is appended straight to the buffer it belongs to
    (``handle_data`` is rebound to that list's ``append``): most parser events are text, and a Python
    handler for each would cost as much as the parsing itself."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.comments: list[str] = []
        self._text: list[str] = []
        self._open: list[str] = []
        self._skipping = 0
        self._tables = 0
        self._table_depth = 0
        self._row: list[str] | None = None
        self._row_header = False
        self._cell: list[str] | None = None
        self._in_caption = False
        self._route_text()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A broken "<![…" section (html.parser asserts on those) is skipped up to its ">" like a comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return end + 1 if end >= 0 else len(self.rawdata)

    def updatepos(self, i: int, j: int) -> int:
        """Skip the parser's line counting: blocks carry no line numbers, and counting is a fifth of its time."""
        return j

    # -- text -------------------------------------------------------------------------------
    def _route_text(self) -> None:
        if self._skipping:
            self.handle_data = _ignore  # type: ignore[method-assign]
        elif self._cell is not None:
            self.handle_data = self._cell.append  # type: ignore[method-assign]
        else:
            self.handle_data = self._text.append  # type: ignore[method-assign]

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def _flush(self) -> None:
        buffer = self._text
        if len(buffer) == 1:
            text = " ".join(buffer[0].split())
        else:
            text = " ".join("".join(buffer).split())
        buffer.clear()
        if not text:
            return
        if _ZERO_WIDTH in text:
            text = " ".join(text.replace(_ZERO_WIDTH, "").split())
            if not text:
                return
        if self._in_caption:
            kind = "caption"
        else:
            kind = "p"
            for tag in reversed(self._open):
                if tag in _HEADINGS:
                    kind = tag
                    break
                if tag in _LIST_ITEMS:
                    kind = "li"
                    break
        self.blocks.append(Block(kind, text, (), self._tables - 1 if self._table_depth else -1, False))

    # -- tables -----------------------------------------------------------------------------
    def _end_cell(self) -> None:
        if self._cell is None:
            return
        if self._row is None:
            self._row = []
        self._row.append(" ".join("".join(self._cell).replace(_ZERO_WIDTH, "").split()))
        self._cell = None
        self._route_text()

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and any(self._row):
            cells = tuple(self._row)
            self.blocks.append(Block("row", " ".join(c for c in cells if c), cells, self._tables - 1, self._row_header))
        self._row = None
        self._row_header = False

    # -- tags -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INLINE:
            return
        if tag in _SKIPPED:
            self._skipping += 1
            self._route_text()
            return
        if self._skipping:
            return
        if tag == "table":
            if self._text:
                self._flush()
            if self._table_depth == 0:
                self._tables += 1
            self._table_depth += 1
            return
        if self._table_depth:
            if tag == "tr":
                self._end_row()
                self._row = []
            elif tag in ("td", "th"):
                self._end_cell()
                self._cell = []
                self._route_text()
                self._row_header = self._row_header or tag == "th"
            elif tag == "caption":
                self._flush()
                self._in_caption = True
            elif self._cell is not None and (tag in _BLOCK_TAGS or tag in _BREAKS):
                self._cell.append(" ")
            elif tag in _BLOCK_TAGS or tag in _BREAKS:
                self._text.append(" ")
            return
        if tag in _BLOCK_TAGS:
            if self._text:
                self._flush()
            self._open.append(tag)
        elif tag in _BREAKS and self._text:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in _BREAKS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _INLINE:
            return
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
            self._route_text()
            return
        if self._skipping:
            return
        if self._table_depth:
            if tag in ("td", "th"):
                self._end_cell()
            elif tag == "tr":
                self._end_row()
            elif tag == "caption":
                self._flush()
                self._in_caption = False
            elif tag == "table":
                self._table_depth -= 1
                if self._table_depth == 0:
                    self._end_row()
                    self._flush()
                    self._in_caption = False
            return
        if tag in _BLOCK_TAGS and tag in self._open:
            if self._text:
                self._flush()
            while self._open:
                if self._open.pop() == tag:
                    break

    def close(self) -> None:
        super().close()
        self._end_row()
        self._flush()


def html_blocks(text: str) -> tuple[list[Block], list[str]]:
    """The page's text blocks in document order, and its comments (where a saved page notes its address).

    Entities are decoded and runs of whitespace collapsed to one space; markup is dropped, never interpreted.
    """
    parser = _BlockParser()
    parser.feed(_ATTRIBUTES.sub(r"<\1\2>", text))
    parser.close()
    return parser.blocks, parser.comments
