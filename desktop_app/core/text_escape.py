"""Making document text safe to show: spec text is text, never markup. No Qt, no SQL."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=])", re.MULTILINE)
# "1. " at a line's start would start a list: its full stop is escaped ("1\. "), since a backslash before a digit
# is no escape and would show.
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.MULTILINE)


def html_text(text: str) -> str:
    """Text for HTML: every <, >, & and quote escaped, so `<b>` shows as `<b>`."""
    return html.escape(text, quote=True)


def markdown_text(text: str) -> str:
    """Text for Markdown that renders as itself: markup characters escaped, raw HTML neutralised."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
    text = _MD_LIST_NUMBER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
