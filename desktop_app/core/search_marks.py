"""The words of a search, marked where they occur in a spec's text (the spec view after a search). No Qt, no SQL.

A word is marked where a word of the text starts with it, as the search matches the last word it is given;
case is ignored. Text is escaped piece by piece, so a mark never falls inside an entity or markup.
"""

from __future__ import annotations

import re

from desktop_app.core.text_escape import html_text as esc

# Dark text on a light yellow, whatever the window's palette: readable in light and dark schemes alike.
MARK_STYLE = "background-color:#ffe27a; color:#000000"


def marks_pattern(query: str) -> re.Pattern[str] | None:
    """What to mark for a search query (its words, quotes and operators aside); None when it has no word."""
    words = sorted({w.lower() for w in re.findall(r"\w+", query)}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\w*", re.IGNORECASE)


def marked_html(text: str, pattern: re.Pattern[str] | None) -> str:
    """The text escaped for HTML, its matches of ``pattern`` in a marked span."""
    if pattern is None:
        return esc(text)
    out, start = [], 0
    for match in pattern.finditer(text):
        out.append(esc(text[start:match.start()]))
        out.append(f"<span style='{MARK_STYLE}'>{esc(match.group())}</span>")
        start = match.end()
    out.append(esc(text[start:]))
    return "".join(out)
