"""Where a duty task's words stand. A task opens with what the work is and what it is done to ("prepares
reports and correspondence"); what follows lists its scope and examples ("… related to code enforcement
inspections, violations, zoning, land use …"). Two tasks that share the opening are one duty far more surely than
two that share a list of examples, and two that share a phrase word for word ("field inspections", "reviews and
processes") more surely than two that share the same words scattered. Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.compare.meaning import content_sequence

# The first HEAD_WORDS content words of a task are its head and weigh fully; the words after them weigh
# TAIL_WEIGHT. Measured on the gold's duty tasks (README): heads of 4–6 words and tails of 0.25–0.5 all help.
HEAD_WORDS = 5
TAIL_WEIGHT = 0.35


@lru_cache(maxsize=16384)
def word_places(text: str) -> dict[str, float]:
    """Each content stem of ``text`` → how much it counts for by where it first stands (1.0 in the head)."""
    places: dict[str, float] = {}
    for place, stem in enumerate(content_sequence(text)):
        places.setdefault(stem, 1.0 if place < HEAD_WORDS else TAIL_WEIGHT)
    return places


@lru_cache(maxsize=16384)
def phrases(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of content stems that stand side by side in ``text`` ("field inspect", "review process")."""
    stems = content_sequence(text)
    return frozenset(zip(stems, stems[1:]))


def phrase_likeness(a: str, b: str) -> float:
    """The Dice coefficient of two texts' phrases, 0..1."""
    pa, pb = phrases(a), phrases(b)
    if not pa or not pb:
        return 0.0
    return 2.0 * len(pa & pb) / (len(pa) + len(pb))
