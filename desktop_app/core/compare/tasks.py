"""Cut a duty paragraph (or a concept) into the tasks it lists, for pairing responsibilities across levels.

A paragraph is cut at its sentence ends, then each sentence at its semicolons; a semicolon or a full stop inside
(…), […] or {…} never cuts, nor does the full stop of an abbreviation ("e.g.", "mos.", "U.S.", an initial).
Ohio's duty paragraphs are semicolon lists of one sentence; CalHR's typical tasks and definitions of levels
are sentences. A task is an exact stretch of its paragraph: the text between cuts, without the spaces around it,
without the semicolon that ended it and without the "and" or "or" after a semicolon that joins it to the list.
Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words whose full stop does not end a sentence (compared in lower case, with the stop).
ABBREVIATIONS = frozenset(
    """e.g. i.e. etc. vs. viz. cf. inc. co. corp. ltd. jr. sr. st. no. nos. mos. yrs. yr. hrs. exp. approx.
    dept. div. govt. min. max. mr. mrs. ms. dr. u.s. u.s.a. a.m. p.m. ca. calif. sec. secs. art. ch. ed. al.""".split()
)
_OPEN, _CLOSE = "([{", ")]}"
# Where a cut may fall: a semicolon, or a full stop (also "?" and "!") followed by a space and what can start a
# sentence.
_CUT = re.compile(r";|[.?!](?=[\s]+[\"“'(]?[A-Z0-9])")
# The conjunction after a list's last semicolon ("…; oversees budgets; and establishes schedules.") joins the
# list, not the task: the task after it starts at its own first word.
_LIST_CONJUNCTION = re.compile(r"\s*(?:and/or|and|or)\s+(?=\w)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def task_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each task in ``text``; a text that lists no tasks is one span (its text, trimmed)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    brackets = [(m.start(), m.group()) for m in re.finditer(r"[()\[\]{}]", text)]
    b = 0
    for cut in _CUT.finditer(text):
        position = cut.start()
        while b < len(brackets) and brackets[b][0] < position:
            depth = max(0, depth + (1 if brackets[b][1] in _OPEN else -1))
            b += 1
        if depth:
            continue
        mark = cut.group()
        if mark != ";" and _abbreviation_before(text, position):
            continue
        end = position + (1 if mark != ";" else 0)  # a sentence keeps its full stop; a task drops its semicolon
        spans.append((start, end))
        start = position + 1
        if mark == ";" and (joined := _LIST_CONJUNCTION.match(text, start)):
            start = joined.end()
    spans.append((start, len(text)))
    trimmed = [_trim(text, s, e) for s, e in spans]
    found = [(s, e) for s, e in trimmed if e > s and re.search(r"\w", text[s:e])]
    if not found:
        s, e = _trim(text, 0, len(text))
        return ((s, e),) if e > s else ()
    return tuple(_glue_fragments(text, found))


def _abbreviation_before(text: str, position: int) -> bool:
    # The word that ends at the stop; abbreviations are short, so a few characters back suffice (and a long run
    # without spaces is not read again at every stop in it).
    before = text[max(0, position - 24):position + 1].split()
    if not before:
        return False
    word = before[-1].lstrip("(\"“'").lower()
    if word in ABBREVIATIONS:
        return True
    # An initial ("J. Smith", "Range A. The") or a numbered point ("1. ", "a. ").
    core = word[:-1]
    return len(core) == 1 or core.isdigit()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _glue_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece that is only a lead-in word or two ("and", "or", "e.g.") goes with the task after it."""
    glued: list[tuple[int, int]] = []
    carry: int | None = None
    for s, e in spans:
        if carry is not None:
            s, carry = carry, None
        if len(re.findall(r"\w+", text[s:e])) == 0:
            carry = s
            continue
        glued.append((s, e))
    if carry is not None and glued:
        glued[-1] = (glued[-1][0], len(text.rstrip()))
    return glued


def tasks(text: str) -> list[str]:
    """The tasks' texts, each an exact stretch of ``text``."""
    return [text[s:e] for s, e in task_spans(text)]
