"""Making document text safe to show: spec text is text, never markup. No Qt, no SQL."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def html_text(text: str) -> str:
    """Text for HTML: every <, >, & and quote escaped, so `<b>` shows as `<b>`."""
    return html.escape(text, quote=True)


def markdown_text(text: str) -> str:
    """Text for Markdown that renders as itself: markup characters escaped, raw HTML neutralised."""
    return markdown_line_starts(markdown_inline(text))


def markdown_inline(text: str) -> str:
    """A piece of a line for Markdown: markup characters escaped, raw HTML neutralised (what begins a line, such as
    "1." or "#", is escaped by markdown_line_starts once the line is whole)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"&(?=#?\w+;)", "&amp;", text)


def markdown_line_starts(text: str) -> str:
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
