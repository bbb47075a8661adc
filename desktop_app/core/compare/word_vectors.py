"""What a task is about, as a short vector: the weighted average of its stems' vectors, learned from where class
specs use the stems together (resources/word_vectors.tsv, made by tests/tools/make_word_vectors.py); pure: no
Qt, sqlite, store or ui.

Two tasks about one subject in different words ("assists in development of forms & instructional material",
"drafts & edits employee benefits communications") have near vectors though they share no word.
"""

from __future__ import annotations

import base64
import math
from array import array
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from operator import mul

Vector = tuple[float, ...]


class WordVectors:
    """Each stem's vector (all of one length); a stem the table lacks has none."""

    def __init__(self, table: Mapping[str, Vector]) -> None:
        self.table = table

    def of(self, stems: Iterable[str], weight: Callable[[str], float]) -> Vector | None:
        """The unit-length weighted average of the vectors of ``stems``, None where none has a vector."""
        total: list[float] | None = None
        for s in sorted(stems):  # in order, so that the sums come out the same in every run
            vector = self.table.get(s)
            if vector is None:
                continue
            w = weight(s)
            if total is None:
                total = [w * x for x in vector]
            else:
                total = [t + w * x for t, x in zip(total, vector)]
        if total is None:
            return None
        norm = math.sqrt(sum(x * x for x in total))
        return tuple(x / norm for x in total) if norm else None


def closeness(a: Vector | None, b: Vector | None) -> float:
    """Cosine of two unit vectors from ``WordVectors.of`` (0 where either is missing)."""
    if a is None or b is None:
        return 0.0
    return sum(map(mul, a, b))


NO_WORD_VECTORS = WordVectors({})


def read_table(text: str) -> WordVectors:
    table: dict[str, Vector] = {}
    for line in text.splitlines():
        stem, _, packed = line.partition("\t")
        if not packed or stem.startswith("#"):
            continue
        table[stem] = tuple(array("b", base64.b64decode(packed)))
    return WordVectors(table)


@lru_cache(maxsize=1)
def bundled_word_vectors() -> WordVectors:
    from desktop_app.paths import resource

    return read_table(resource("word_vectors.tsv").read_text(encoding="ascii"))
