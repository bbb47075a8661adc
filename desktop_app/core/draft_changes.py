"""What a draft changes against the revision it is compared with, one line an item: its section and number, and
the words around each change as the revision has them and as the draft has them. Pure: no Qt, no SQL."""

from __future__ import annotations

from difflib import SequenceMatcher

from desktop_app.core.compare import METADATA, SAME, Comparison, Row
from desktop_app.core.theme import STATUS_WORDS

CONTEXT = 4  # words kept on each side of a change
QUOTE_WORDS = 12  # an added or dropped item: its opening words


def changed_items(comparison: Comparison) -> list[str]:
    """“Changed · Job duties 2: “… develops & writes policies & procedures & submits …” now reads “… develops &
    writes policies, procedures & project plans & submits …”” — for a comparison of [revision, draft]."""
    lines = []
    for section in comparison.sections:
        if section.kind == METADATA:
            continue
        numbers = [0, 0]  # items so far of the revision and of the draft
        for row in section.rows:
            for k in (0, 1):
                numbers[k] += row.cells[k].text is not None
            if row.status == SAME:
                continue
            number = numbers[1] if row.cells[1].text is not None else numbers[0]
            lines.append(f"{STATUS_WORDS[row.status]} · {section.title} {number}: {_what(row)}")
    return lines


def _what(row: Row) -> str:
    before, after = row.cells[0].text, row.cells[1].text
    if before is None:
        return _quote(after.split(), 0, QUOTE_WORDS)
    if after is None:
        return _quote(before.split(), 0, QUOTE_WORDS)
    old, new = before.split(), after.split()
    changes: list[list[int]] = []  # [i1, i2, j1, j2]: changes a few words apart read as one
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if changes and i1 - changes[-1][1] <= 2 * CONTEXT:
            changes[-1][1], changes[-1][3] = i2, j2
        else:
            changes.append([i1, i2, j1, j2])
    if not changes:
        return _quote(new, 0, QUOTE_WORDS)
    i1, i2, j1, j2 = changes[0]
    text = (f"{_quote(old, i1 - CONTEXT, i2 + CONTEXT)} now reads {_quote(new, j1 - CONTEXT, j2 + CONTEXT)}")
    return text + (f" (and {len(changes) - 1} more change{'s' if len(changes) > 2 else ''})" if len(changes) > 1
                   else "")


def _quote(words: list[str], start: int, end: int) -> str:
    start, end = max(start, 0), min(end, len(words))
    return ("“" + ("… " if start > 0 else "") + " ".join(words[start:end]) + (" …" if end < len(words) else "")
            + "”")
