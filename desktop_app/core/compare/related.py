"""Segments of a related cell: the same responsibility written anew, shown as its own text with the words it
shares with its base set apart quietly, not as a redline of every word (which would print the base twice).
Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.compare.comparison import DELETE, REWRITTEN, SHARED, Segment
from desktop_app.core.compare.meaning import FUNCTION_WORDS, content_stems, stem
from desktop_app.core.compare.tokens import WORD_RE

_PIECES = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w]+")


def _shares(word: str, stems: frozenset[str]) -> bool:
    lowered = word.lower()
    return lowered not in FUNCTION_WORDS and not lowered.isdigit() and stem(lowered.split("'")[0]) in stems


@lru_cache(maxsize=4096)
def related_segments(base: str, text: str) -> tuple[Segment, ...]:
    """``text`` as shared and rewritten runs, then ``base`` as one delete segment.

    A content word whose stem the base also has is shared; so are the marks and little words between two
    shared words ("policies & procedures" is one shared run). shared+rewritten give ``text``; delete gives
    ``base``.
    """
    base_stems = content_stems(base)
    pieces = _PIECES.findall(text)
    kinds = []
    for piece in pieces:
        if WORD_RE.fullmatch(piece) and _shares(piece, base_stems):
            kinds.append(SHARED)
        elif WORD_RE.fullmatch(piece) and piece.lower() not in FUNCTION_WORDS:
            kinds.append(REWRITTEN)
        else:
            kinds.append(None)  # marks, spacing and function words go with their neighbours
    # The nearest word kind before and after each piece, in one pass each way.
    before, last = [], None
    for kind in kinds:
        before.append(last)
        last = kind if kind is not None else last
    after, last = [None] * len(kinds), None
    for n in range(len(kinds) - 1, -1, -1):
        after[n] = last
        last = kinds[n] if kinds[n] is not None else last
    resolved = [kind if kind is not None else SHARED if before[n] == after[n] == SHARED else REWRITTEN
                for n, kind in enumerate(kinds)]
    segments: list[Segment] = []
    for piece, kind in zip(pieces, resolved):
        if segments and segments[-1].op == kind:
            segments[-1] = Segment(kind, segments[-1].text + piece)
        else:
            segments.append(Segment(kind, piece))
    if base:
        segments.append(Segment(DELETE, base))
    return tuple(segments)


def related_words(segments: tuple[Segment, ...]) -> tuple[int, int, int]:
    """Words (inserted, deleted, unchanged) of a related cell: its rewritten words are new, its shared words
    unchanged, and the base's other words gone."""
    shared = sum(len(WORD_RE.findall(s.text)) for s in segments if s.op == SHARED)
    rewritten = sum(len(WORD_RE.findall(s.text)) for s in segments if s.op == REWRITTEN)
    base = sum(len(WORD_RE.findall(s.text)) for s in segments if s.op == DELETE)
    return rewritten, max(base - shared, 0), shared
