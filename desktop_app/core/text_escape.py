"""Making document text safe to show: spec text is text, never markup. No Qt, no SQL."""

from __future__ import annotations

import os
import re

# Braces too: spec text must not read as the report's own {+inserted+} marks.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
# Space within the line only: "\s*" ran on across every empty line below, from each of them.
_MD_ENTITY_START = re.compile(r"&(?=#|[A-Za-z])")
_MD_LINE_START = re.compile(r"^([^\S\n]*+)([#>+\-=]|\d+[.)])", re.MULTILINE)


def html_text(text: str) -> str:
    """Text for HTML: every <, >, & and quote escaped, so `<b>` shows as `<b>` (as ``html.escape`` does; its
    module's table of entities is not loaded for it at the window's start)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def tooltip_text(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip that looks like markup, and a tooltip has no
    setting for plain text: so every one is escaped rich text, its spaces and line breaks kept."""
    return f'<p style="white-space:pre-wrap">{html_text(text)}</p>'


def file_name_text(path: object) -> str:
    """A file's name as it can be shown and stored: a byte that is not UTF-8 as \\xe9, a newline or another
    control character as \\n or \\x1b; any other name as it is."""
    text = os.fsdecode(path)
    if text.isprintable():
        return text
    shown = []
    for char in text:
        if "\udc80" <= char <= "\udcff":  # an undecodable byte, as Python keeps it in a str
            shown.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif char.isprintable():
            shown.append(char)
        else:
            shown.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(shown)


def markdown_text(text: str) -> str:
    """Text for Markdown that renders as itself: markup characters escaped, raw HTML neutralised."""
    return markdown_line_starts(markdown_inline(text))


def markdown_inline(text: str) -> str:
    """A piece of a line for Markdown: markup characters escaped, raw HTML neutralised (what begins a line, such as
    "1." or "#", is escaped by markdown_line_starts once the line is whole)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # An "&" that could start an entity first (a browser reads "&#1" and "&copy" without their ";"), then the
    # angle brackets: the other way round, the "&" of each "&lt;" just written was escaped again.
    text = _MD_ENTITY_START.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text


def markdown_line_starts(text: str) -> str:
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match) -> str:
    mark = m.group(2)
    # "1." and "1)" are escaped at their mark ("1\."): a backslash before a digit escapes nothing.
    return m.group(1) + (f"{mark[:-1]}\\{mark[-1]}" if mark[0].isdigit() else f"\\{mark}")
