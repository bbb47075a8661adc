"""Making document text safe to show: spec text is text, never markup. No Qt, no SQL."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
# Space within the line only: "\s*" ran on across every empty line below, from each of them.
_MD_LINE_START = re.compile(r"^([^\S\n]*+)([#>+\-=])", re.MULTILINE)
# "1. " at a line's start would start a list: its stop is escaped ("1\. "), since a backslash before a digit is no
# escape and would show ("0.693" is no list and stays as it is).
_MD_LIST_NUMBER = re.compile(r"^([^\S\n]*+\d+)([.)])(?=\s|$)", re.MULTILINE)


def html_text(text: str) -> str:
    """Text for HTML: every <, >, & and quote escaped, so `<b>` shows as `<b>`."""
    return html.escape(text, quote=True)


def tooltip_text(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip that looks like markup, and a tooltip has no
    setting for plain text: so every one is escaped rich text, its spaces and line breaks kept."""
    return f'<p style="white-space:pre-wrap">{html_text(text)}</p>'


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
    text = _MD_LIST_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
