"""Make resources/related_words.tsv: for each word stem, the stems class specs use in its place, learned from
the CalHR corpus, the NEOGOV specs and the seed.

Two stems are related when the words right around one are the words right around the other ("advice" and
"guidance" both stand in "provides … to agencies"): the cosine of their positive pointwise mutual information
(PPMI) profiles over the words within two places of them, in the tasks and items of class specs.
Each stem keeps its few closest neighbours; the comparison gives partial credit where two tasks use
neighbouring stems (desktop_app/core/compare/neighbours.py). The pages of the alignment gold's holdout series are left out, so the holdout
scores stay a fair test.
Run: uv run python -m tests.tools.make_related_words [CORPUS_FOLDER]
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from desktop_app.core.compare.meaning import _WORD, FUNCTION_WORDS, stem
from desktop_app.core.compare.tasks import tasks
from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from tests.conftest import CORPUS, ROOT, SEED

OUT = ROOT / "resources" / "related_words.tsv"
GOLD_HOLDOUT = ROOT / "tests" / "fixtures" / "alignment_gold" / "holdout"
# Pages that are near copies of a holdout page (the gold README names them).
NEAR_COPIES = {"9712.html"}
KINDS = frozenset({"concept", "duties", "knowledge", "skills", "abilities"})
# A stem needs this many distinct units to have a profile worth comparing.
MIN_UNITS = 8
# Each profile keeps its strongest contexts only: the rest is noise, and costly to compare.
PROFILE_SIZE = 60
# Context distribution smoothing (Levy, Goldberg & Dagan 2015): rare contexts do not dominate PPMI.
SMOOTHING = 0.75
# The words either side of a stem, marked with their offset, are its contexts.
WINDOW = 2
# Each stem keeps this many neighbours at most, each at least this close.
NEIGHBOURS = 5
MIN_COSINE = 0.15


def held_out() -> set[str]:
    names = set(NEAR_COPIES)
    for path in GOLD_HOLDOUT.glob("*.json"):
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
        for value in source.values() if isinstance(source, dict) else [source]:
            names.add(Path(value).name)
    return names


def corpus_units(paths) -> list[tuple[str, ...]]:
    """The distinct tasks and items of every spec, each as its words (content words stemmed)."""
    seen: set[tuple[str, ...]] = set()
    units = []
    for path in paths:
        try:
            document = parse_document(path.read_bytes(), str(path))
        except DocumentError:
            continue
        for spec in document.classes:
            for section in spec.sections:
                if section.kind not in KINDS:
                    continue
                for item in section.items:
                    pieces = tasks(item.text) if section.kind in ("concept", "duties") else [item.text]
                    for piece in pieces:
                        words = unit_words(piece)
                        if len(words) >= 2 and words not in seen:
                            seen.add(words)
                            units.append(words)
    return units


def unit_words(text: str) -> tuple[str, ...]:
    words = []
    for word in _WORD.findall(text):
        word = word.lower().replace("\u2019", "'").split("'")[0]
        if not word.isalpha():
            continue
        words.append(word if word in FUNCTION_WORDS or len(word) == 1 else stem(word))
    return tuple(words)


def contexts(words: tuple[str, ...]):
    """(content stem, context) of a unit: the words within WINDOW of each content stem, function words
    included ("provides _ to", "answers _ from"), marked with their offset. Words that stand in the same
    places are used in one another's place; words that only share a task are not ("claims" and "appeals")."""
    for n, word in enumerate(words):
        if word in FUNCTION_WORDS or len(word) == 1:
            continue
        for offset in range(-WINDOW, WINDOW + 1):
            if offset and 0 <= n + offset < len(words):
                yield word, f"{offset}{words[n + offset]}"


def profiles(units: list[tuple[str, ...]]) -> dict[str, dict[str, float]]:
    """Each frequent stem's PPMI over its contexts, cut to its strongest contexts."""
    frequency = Counter(s for unit in units for s in set(unit))
    kept = {s for s, n in frequency.items() if n >= MIN_UNITS}
    pairs: Counter = Counter()
    for unit in units:
        for word, context in contexts(unit):
            if word in kept:
                pairs[word, context] += 1
    word_totals: Counter = Counter()
    context_totals: Counter = Counter()
    for (word, context), n in pairs.items():
        word_totals[word] += n
        context_totals[context] += n
    smoothed = {c: n ** SMOOTHING for c, n in context_totals.items()}
    smoothed_total = sum(smoothed.values())
    vectors: dict[str, dict[str, float]] = defaultdict(dict)
    for (word, context), n in pairs.items():
        if n < 2:
            continue
        pmi = math.log(n * smoothed_total / (word_totals[word] * smoothed[context]))
        if pmi > 0:
            vectors[word][context] = pmi
    cut = {}
    for word, vector in vectors.items():
        strongest = sorted(vector.items(), key=lambda kv: -kv[1])[:PROFILE_SIZE]
        norm = math.sqrt(sum(v * v for _c, v in strongest))
        cut[word] = {c: v / norm for c, v in strongest}
    return cut


def neighbours(vectors: dict[str, dict[str, float]]) -> dict[str, list[tuple[str, float]]]:
    """Each stem's closest stems by cosine of profiles (through an index of contexts, not all pairs)."""
    by_context: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for word, vector in vectors.items():
        for context, value in vector.items():
            by_context[context].append((word, value))
    found = {}
    for word, vector in vectors.items():
        dots: dict[str, float] = defaultdict(float)
        for context, value in vector.items():
            for other, other_value in by_context[context]:
                if other != word:
                    dots[other] += value * other_value
        best = sorted(((o, d) for o, d in dots.items() if d >= MIN_COSINE), key=lambda kv: -kv[1])[:NEIGHBOURS]
        if best:
            found[word] = best
    return found


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    skip = held_out()
    pages = [p for p in sorted(corpus.glob("*.html")) if p.name not in skip]
    neogov = sorted((corpus.parent / "neogov-eastvale").glob("*.txt"))
    units = corpus_units([SEED, *pages, *neogov])
    found = neighbours(profiles(units))
    lines = [f"{word}\t" + " ".join(f"{other}:{cosine:.2f}" for other, cosine in best)
             for word, best in sorted(found.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} stems with neighbours, from {len(units)} distinct tasks and items")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
