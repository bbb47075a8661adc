"""Any document's text (plain, or HTML saved from a browser) as paragraphs, for formats that read headings.

Plain text: a blank line ends a paragraph; inside a block of lines, each line is a paragraph of its own
unless the text is hard-wrapped (then lines join, as printed paragraphs do, until a short line ends a
sentence or a list item starts). HTML: each heading, paragraph, list item and table row is a paragraph; a row
of two cells, a label and its value, reads "Label: value". Stdlib only, no Qt, no SQL.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop_app.core.formats.html_blocks import html_blocks
from desktop_app.core.formats.page_layout import join_lines
from desktop_app.core.formats.section_headings import heading_role
from desktop_app.core.formats.text_input import PAGE_BREAK, clean_lines, wrap_width

_FURNITURE_OPEN = re.compile(r"<(nav|footer)\b", re.IGNORECASE)
_HTML = re.compile(r"<(?:html|body|p|div|h[1-6]|table|br|li|span)\b", re.IGNORECASE)
# A list item's mark: "1.", "1)", "(a)", "a.", bullets of every kind.
_BULLETS = "•·●○◦▪▫■□➢➤►▸‣⁃∙\uf0b7\uf0a7\uf076\uf0d8*–—-"
LIST_MARK = re.compile(
    rf"^(?:\(?\d{{1,3}}[.)](?=\s|[A-Z])|\(\d{{1,3}}\)|\(?[a-z][.)](?=\s)|\([a-z]\)|[{_BULLETS}](?=\s))\s*"
)
_SENTENCE_END = tuple('.!?:;"”)')
# In hard-wrapped text, a line this much shorter than the wrap width ends its paragraph when it ends a sentence.
_SHORT_LINE = 0.75
_HEADING_CHARS = 60
_MEASURE = 0.95
# "Class Code: 1002D", "Date Adopted: 03/14/2019": a label of a few words, a colon, its value.
_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z/#&'.]*(?: [A-Za-z/#&'.]+){0,3}:\s+\S")
# A label of a field row in a table is a few words.
_LABEL_WORDS = 5


class Paragraph(NamedTuple):
    """One paragraph: its text, the line it starts on (0 where the document has no lines, as HTML), and its
    heading level where the document marks it as a heading (1–6 for HTML h1–h6, else 0)."""

    text: str
    line: int = 0
    level: int = 0


def is_html(text: str) -> bool:
    return bool(_HTML.search(text[:20000]))


def paragraphs(text: str) -> list[Paragraph]:
    """The document's paragraphs in order, whitespace runs made one space."""
    return html_paragraphs(text) if is_html(text) else text_paragraphs(text)


def without_furniture(text: str) -> str:
    """The page without its <nav> and <footer> elements, found by searching forward only (a pattern with a lazy
    .*? up to the closing tag read a page of unclosed "<footer" in quadratic time); one never closed stays."""
    lower = text.lower()
    kept, at = [], 0
    unclosed: set[str] = set()  # tags with no closing tag after some opening one: none after a later one either
    for m in _FURNITURE_OPEN.finditer(text):
        tag = m.group(1).lower()
        if m.start() < at or tag in unclosed:
            continue
        end = lower.find(f"</{tag}", m.end())
        close = lower.find(">", end) if end >= 0 else -1
        if close < 0:
            unclosed.add(tag)
            continue
        kept.append(text[at:m.start()])
        kept.append(" ")
        at = close + 1
    kept.append(text[at:])
    return "".join(kept)


def html_paragraphs(text: str) -> list[Paragraph]:
    # A saved page's navigation and footer are never the spec's text ("Home", "Sign In", "Powered by …").
    blocks, _comments = html_blocks(without_furniture(text))
    found = []
    for block in blocks:
        if block.kind == "row":
            found.extend(Paragraph(t) for t in _row_texts(block.cells))
        elif block.kind[0] == "h" and block.kind[1:].isdigit():
            found.append(Paragraph(block.text, 0, int(block.kind[1:])))
        else:
            found.append(Paragraph(block.text))
    return found


def _row_texts(cells: tuple[str, ...]) -> list[str]:
    cells = tuple(c for c in cells if c)
    if len(cells) == 2 and len(cells[0].split()) <= _LABEL_WORDS and not cells[0].endswith(":"):
        return [f"{cells[0]}: {cells[1]}"]
    if len(cells) == 2 and cells[0].endswith(":"):
        return [f"{cells[0]} {cells[1]}"]
    return list(cells)


def text_paragraphs(text: str) -> list[Paragraph]:
    lines = clean_lines(text)
    width = wrap_width(lines)
    if width is not None:
        # The measure the text was wrapped at: most lines come close to it; the odd longer line does not set it.
        widths = sorted(len(line.rstrip()) for line in lines if line.strip() and line != PAGE_BREAK)
        width = widths[int(len(widths) * _MEASURE) - 1]
    found: list[Paragraph] = []
    block: list[tuple[int, str]] = []
    previous = ""  # the last line as written, for its length

    def flush() -> None:
        if block:
            found.append(Paragraph(join_lines([line for _, line in block]), block[0][0]))
            block.clear()

    after_break = False
    for number, raw in enumerate(lines, start=1):
        line = " ".join(raw.split())
        if not line or raw == PAGE_BREAK:
            if raw == PAGE_BREAK and block and not block[-1][1].endswith(_SENTENCE_END):
                after_break = True  # the paragraph may go on on the next page
                continue
            flush()
            continue
        if after_break:
            after_break = False
            if not (line[:1].islower() and block):
                flush()
        if width is None and not block and found and _goes_on(previous, line):
            last = found.pop()  # a line broken by hand in the middle of a sentence: the paragraph goes on
            block.append((last.line, last.text))
        elif width is None or (block and _starts_paragraph(previous, line, width)):
            flush()
        block.append((number, line))
        previous = raw
        if width is None:
            flush()
    flush()
    return found


# A line that goes on the sentence of the long line before it, in text not wrapped at a width ("… issued by the
# California State Board" / "of Registration for Civil and Professional Engineers is desirable.").
_GOES_ON = re.compile(r"(?:of|and|or|to|in|for|with|the|by|from|on|at)\s+\S")


def _goes_on(previous: str, line: str) -> bool:
    previous = previous.rstrip()
    return len(previous) >= 60 and previous[-1:].isalpha() and bool(_GOES_ON.match(line))


def _starts_paragraph(previous: str, line: str, width: int) -> bool:
    """In hard-wrapped text: a list item, a field ("Class Code: 1002D"), a heading or the line after one, a line
    whose first word would have fitted on the line before (the break was made, not forced by the width), or
    the line after a short one that ends a sentence."""
    if LIST_MARK.match(line) or _FIELD_LINE.match(line) or _looks_like_heading(line) or _looks_like_heading(
        " ".join(previous.split())
    ):
        return True
    # The line before as written: the width it was wrapped at counts the spaces at its end.
    ends = previous.rstrip().endswith(_SENTENCE_END)
    if ends and line[:1].isupper() and len(previous) + 1 + len(line.split()[0]) <= width:
        return True
    return ends and len(previous.rstrip()) < _SHORT_LINE * width


def _looks_like_heading(line: str) -> bool:
    """A line in capitals, a short one ending in a colon, or a heading the vocabulary knows ("Description")."""
    if len(line) > _HEADING_CHARS or not line[:1].isupper():
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 3 and (all(c.isupper() for c in letters) or line.endswith(":")):
        return True
    return heading_role(line) is not None
