"""How alike two responsibilities are in meaning: their content words, stemmed, weighted by how rare they are.

Order-insensitive and blind to case, punctuation, numbering and "&"/"and". Function words count for nothing;
words that nearly every class spec uses ("work", "state", "perform") count for little, by inverse document
frequency over a library of class specs (``WordWeights``). Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\d+", re.UNICODE)

# Function words, and the scaffolding every duty statement shares ("e.g.", "as assigned").
FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between
    both but by can could did do does doing down during each either etc few for from further had has have
    having he her here hers herself him himself his how i ie eg if in into is it its itself just may me might
    more most must my myself neither no nor not now of off on once only or other others our ours out over own
    per same shall she should so some such than that the their theirs them themselves then there these they
    this those through thus to too under until up upon us various very via was we were what when where which
    while who whom whose why will with within without would you your yours yourself vs viz
    include includes including incl""".split()
)

# A stem no library has seen counts as the rarest words do.
UNSEEN_DOCUMENTS = 1
# Even the commonest word keeps a little weight; and no word weighs more than a few ordinary ones, so that one
# rare word a unit does not share ("circuitry") cannot hide all that it does share.
FLOOR_WEIGHT = 0.05
CEILING_WEIGHT = 3.0


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer, the Snowball stemmers in C; loaded on the first comparison by meaning

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=16384)
def content_sequence(text: str) -> tuple[str, ...]:
    """The stems of the content words of ``text``, in order ("Assists in development & implementation" →
    assist, develop, implement)."""
    words = (w.lower().replace("\u2019", "'") for w in _WORD.findall(text))
    return tuple(stem(w.split("'")[0]) for w in words if w not in FUNCTION_WORDS and len(w) > 1 and not w.isdigit())


@lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """The stems of the content words of ``text``, once each."""
    return frozenset(content_sequence(text))


@lru_cache(maxsize=16384)
def meaning_tokens(text: str) -> frozenset[str]:
    """What a unit is compared by: its content stems, the synonym groups of its duty words, and the
    classification notions it expresses (vocabulary.py)."""
    from desktop_app.core.compare.vocabulary import notions, synonym_tokens

    stems = content_stems(text)
    return stems | synonym_tokens(stems) | notions(text)


class WordWeights:
    """Inverse document frequency of stems over a library's class specs: ``documents`` specs, ``counts[stem]``
    of them using the stem."""

    def __init__(self, counts: Mapping[str, int], documents: int) -> None:
        self.counts = counts
        self.documents = max(documents, 1)
        self._cache: dict[str, float] = {}
        self.unseen = self._idf(UNSEEN_DOCUMENTS)

    def _idf(self, count: int) -> float:
        # BM25's idf, held between the floor and the ceiling.
        idf = math.log((self.documents - count + 0.5) / (count + 0.5) + 1.0)
        return min(max(idf, FLOOR_WEIGHT), CEILING_WEIGHT)

    def weight(self, stem_: str) -> float:
        weight = self._cache.get(stem_)
        if weight is None:
            if stem_.startswith("~"):  # a synonym group or a classification notion (vocabulary.py)
                from desktop_app.core.compare.vocabulary import NOTION_WEIGHTS, SYNONYM_WEIGHT

                weight = NOTION_WEIGHTS.get(stem_, SYNONYM_WEIGHT)
            else:
                count = self.counts.get(stem_)
                weight = self.unseen if count is None else self._idf(count)
            self._cache[stem_] = weight
        return weight

    def total(self, stems: Iterable[str]) -> float:
        # fsum: exactly rounded, so a total does not hang on the order a set's stems come in (ties stay ties
        # from run to run).
        return math.fsum(self.weight(s) for s in stems)

    def merged(self, counts: Mapping[str, int], documents: int) -> WordWeights:
        """These weights with another library's counts added (the bundled background and the analyst's own)."""
        merged = dict(self.counts)
        for key, value in counts.items():
            merged[key] = merged.get(key, 0) + value
        return WordWeights(merged, self.documents + documents)


class InContext:
    """Weights for the units of one comparison: a word the library rarely uses but every unit here does
    ("benefit" in a benefits series) tells these units apart no better than "work" does, so its weight is
    scaled down by how many of these units use it."""

    def __init__(self, weights: WordWeights, units: Iterable[frozenset[str]]) -> None:
        self.base = weights
        counts: dict[str, int] = {}
        total = 0
        for stems in units:
            total += 1
            for s in stems:
                counts[s] = counts.get(s, 0) + 1
        self.units = total
        self.counts = counts
        self._cache: dict[str, float] = {}
        self._scale = math.log(1.0 + total) if total > 1 else 1.0
        self.totals: dict[frozenset[str], float] = {}  # a unit's whole weight, by its tokens

    def weight(self, stem_: str) -> float:
        weight = self._cache.get(stem_)
        if weight is None:
            count = self.counts.get(stem_, 0)
            local = 1.0 if count <= 1 or self.units <= 1 else math.log(1.0 + self.units / count) / self._scale
            weight = self.base.weight(stem_) * local
            self._cache[stem_] = weight
        return weight

    def total(self, stems: Iterable[str]) -> float:
        # fsum: exactly rounded, so a total does not hang on the order a set's stems come in (ties stay ties
        # from run to run).
        return math.fsum(self.weight(s) for s in stems)


def similarity(a: frozenset[str], b: frozenset[str], weights: WordWeights) -> float:
    """Weighted Dice coefficient of two stem sets: 2 × weight in common / (weight of a + weight of b), 0..1."""
    if not a or not b:
        return 0.0
    common = a & b
    if not common:
        return 0.0
    shared = weights.total(common)
    return 2.0 * shared / (weights.total(a) + weights.total(b))


def spec_documents(texts_per_spec: Iterable[Iterable[str]]) -> tuple[dict[str, int], int]:
    """Stem counts over specs (each spec given as its item texts), for a WordWeights."""
    counts: dict[str, int] = {}
    documents = 0
    for texts in texts_per_spec:
        documents += 1
        stems: set[str] = set()
        for text in texts:
            stems |= content_stems(text)
        for s in stems:
            counts[s] = counts.get(s, 0) + 1
    return counts, documents


@lru_cache(maxsize=1)
def bundled_weights() -> WordWeights:
    """The background every library starts from: stem counts over the CalHR corpus and the Ohio seed
    (resources/word_weights.tsv, made by tests/tools/make_word_weights.py)."""
    from desktop_app.paths import resource

    counts: dict[str, int] = {}
    documents = 1
    for line in resource("word_weights.tsv").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        if key == "#specs":
            documents = int(value)
        elif key and value:
            counts[key] = int(value)
    return WordWeights(counts, documents)
