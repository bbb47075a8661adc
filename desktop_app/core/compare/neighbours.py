"""Word stems that class specs use in one another's place ("inquiri" and "question"), and the partial credit
two units earn for using them; pure: no Qt, sqlite, store or ui.

The table (resources/related_words.tsv, made by tests/tools/make_related_words.py) holds each stem's closest
neighbours by how alike the words around them are across the corpus of class specs; it is read as symmetric.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

# A neighbour match counts as this many times its closeness (a cosine; the closest pairs, "advic"/"guidanc",
# "inquiri"/"question", are near 0.3) of an exact match: about half a shared word for the closest, a hint for
# the rest, never as good as the same word.
NEIGHBOUR_CREDIT = 2.0
REACH_CACHE = 16384


class RelatedWords:
    """Each stem's neighbours and how close they are (0..1)."""

    def __init__(self, table: Mapping[str, Mapping[str, float]]) -> None:
        self.table = table
        self._reach: dict[frozenset[str], dict[str, tuple[float, str]]] = {}

    def reach(self, stems: frozenset[str]) -> dict[str, tuple[float, str]]:
        """Neighbour → (closeness, the stem of ``stems`` it neighbours), the closest where several do."""
        found = self._reach.get(stems)
        if found is None:
            found = {}
            for s in stems:
                for other, closeness in self.table.get(s, {}).items():
                    # The closest, and of equally close the first stem in order: the same whatever order the
                    # set is read in.
                    if other not in stems and (closeness, s) > found.get(other, (0.0, "")):
                        found[other] = (closeness, s)
            if len(self._reach) >= REACH_CACHE:  # one session compares many classes: keep the cache bounded
                self._reach.clear()
            self._reach[stems] = found
        return found

    def credit(self, a: frozenset[str], b: frozenset[str], common: frozenset[str], weight) -> float:
        """Weight two units earn for the neighbours they use (each stem matched once, closest first), to add
        to twice the weight of their ``common`` stems in a Dice coefficient."""
        reach = self.reach(a)
        if not reach:
            return 0.0
        found = []
        for t in b:
            hit = reach.get(t)
            if hit is not None and t not in common and hit[1] not in common:
                found.append((hit[0], hit[1], t))
        if not found:
            return 0.0
        found.sort(reverse=True)
        used_a: set[str] = set()
        used_b: set[str] = set()
        total = 0.0
        for closeness, s, t in found:
            if s in used_a or t in used_b:
                continue
            used_a.add(s)
            used_b.add(t)
            total += NEIGHBOUR_CREDIT * closeness * (weight(s) + weight(t))
        return total


NO_RELATED_WORDS = RelatedWords({})


@lru_cache(maxsize=1)
def bundled_related_words() -> RelatedWords:
    from desktop_app.paths import resource

    table: dict[str, dict[str, float]] = {}
    for line in resource("related_words.tsv").read_text(encoding="utf-8").splitlines():
        stem, _, rest = line.partition("\t")
        for pair in rest.split():
            other, _, value = pair.partition(":")
            closeness = float(value)
            for x, y in ((stem, other), (other, stem)):
                row = table.setdefault(x, {})
                if closeness > row.get(y, 0.0):
                    row[y] = closeness
    return RelatedWords(table)
