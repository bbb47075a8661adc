"""Make resources/word_vectors.tsv: a short vector for each word stem of class specs, so that two tasks written
in different words about one subject ("forms & instructional material", "benefits communications") still
score as near.

Stems that turn up in the same tasks are about the same things: the positive pointwise mutual information
(PPMI) of two content stems within a few content words of each other, over the distinct tasks and items of the
CalHR corpus, the NEOGOV specs and the seed, reduced to a few dimensions by a truncated SVD (Levy, Goldberg &
Dagan 2015: smoothed context counts, singular values weighted by their square root). The direction every
task's vector shares (the first principal component of the tasks' weighted averages, as in Arora, Liang & Ma
2017, "A simple but tough-to-beat baseline for sentence embeddings") is removed from every stem, so that only
what sets a task apart is left. Each vector is stored as signed bytes (base64), scaled to the largest
component of the table. The pages of the alignment gold's holdout series are left out.
Run: uv run --with numpy python -m tests.tools.make_word_vectors [CORPUS_FOLDER]
"""

from __future__ import annotations

import base64
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from desktop_app.core.compare.meaning import FUNCTION_WORDS, bundled_weights
from tests.conftest import CORPUS, ROOT, SEED
from tests.tools.make_related_words import corpus_units, held_out

OUT = ROOT / "resources" / "word_vectors.tsv"
# A stem needs this many distinct units to have a vector worth keeping; the most frequent are kept at most.
MIN_UNITS = 6
MAX_STEMS = 5000
# Content stems this many content words apart or closer are used together.
WINDOW = 2
SMOOTHING = 0.75
DIMENSIONS = 48
# Singular values are raised to this power in the stems' vectors.
EIGEN_POWER = 0.5
SEED_RANDOM = 14


def content(unit: tuple[str, ...]) -> list[str]:
    return [w for w in unit if w not in FUNCTION_WORDS and len(w) > 1]


def vocabulary(units: list[list[str]], min_units: int, max_stems: int) -> list[str]:
    frequency = Counter(s for unit in units for s in set(unit))
    kept = [s for s, n in frequency.most_common() if n >= min_units]
    return sorted(kept[:max_stems])


def ppmi(units: list[list[str]], index: dict[str, int], window: int, smoothing: float) -> np.ndarray:
    size = len(index)
    counts = np.zeros((size, size), dtype=np.float64)
    for unit in units:
        ids = [index[s] for s in unit if s in index]
        for n, i in enumerate(ids):
            for j in ids[n + 1:n + 1 + window]:
                if i != j:
                    counts[i, j] += 1.0
                    counts[j, i] += 1.0
    rows = counts.sum(axis=1)
    columns = counts.sum(axis=0) ** smoothing
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts * columns.sum() / np.outer(rows, columns))
    pmi[~np.isfinite(pmi)] = 0.0
    return np.maximum(pmi, 0.0)


def truncated_svd(matrix: np.ndarray, rank: int) -> tuple[np.ndarray, np.ndarray]:
    """U and singular values of ``matrix``'s best rank-``rank`` approximation (randomized, with power steps)."""
    generator = np.random.default_rng(SEED_RANDOM)
    probe = generator.standard_normal((matrix.shape[1], rank + 20))
    basis, _ = np.linalg.qr(matrix @ probe)
    for _step in range(4):
        basis, _ = np.linalg.qr(matrix.T @ basis)
        basis, _ = np.linalg.qr(matrix @ basis)
    small = basis.T @ matrix
    u, s, _vt = np.linalg.svd(small, full_matrices=False)
    return (basis @ u)[:, :rank], s[:rank]


def without_common_direction(vectors: np.ndarray, units: list[list[str]], index: dict[str, int]) -> np.ndarray:
    weights = bundled_weights()
    weight = np.array([weights.weight(s) for s in sorted(index, key=index.get)])
    averages = []
    for unit in units:
        ids = sorted({index[s] for s in unit if s in index})
        if ids:
            averages.append((weight[ids, None] * vectors[ids]).sum(axis=0))
    matrix = np.array(averages)
    _u, _s, vt = np.linalg.svd(matrix, full_matrices=False)
    common = vt[0]
    return vectors - np.outer(vectors @ common, common)


def build(units: list[list[str]], window: int = WINDOW, dimensions: int = DIMENSIONS,
          min_units: int = MIN_UNITS, max_stems: int = MAX_STEMS, eigen_power: float = EIGEN_POWER,
          common: bool = True) -> dict[str, np.ndarray]:
    stems = vocabulary(units, min_units, max_stems)
    index = {s: n for n, s in enumerate(stems)}
    u, s = truncated_svd(ppmi(units, index, window, SMOOTHING), dimensions)
    vectors = u * s ** eigen_power
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    if common:
        vectors = without_common_direction(vectors, units, index)
    return {stem: vectors[n] for stem, n in index.items()}


def lines_of(vectors: dict[str, np.ndarray]) -> list[str]:
    scale = max(float(np.abs(v).max()) for v in vectors.values()) or 1.0
    lines = []
    for stem, vector in sorted(vectors.items()):
        quantised = np.clip(np.round(vector / scale * 127), -127, 127).astype(np.int8)
        lines.append(f"{stem}\t{base64.b64encode(quantised.tobytes()).decode('ascii')}")
    return lines


def corpus_content(corpus: Path) -> list[list[str]]:
    skip = held_out()
    pages = [p for p in sorted(corpus.glob("*.html")) if p.name not in skip]
    neogov = sorted((corpus.parent / "neogov-eastvale").glob("*.txt"))
    return [c for c in (content(u) for u in corpus_units([SEED, *pages, *neogov])) if len(c) >= 2]


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    units = corpus_content(corpus)
    vectors = build(units)
    lines = lines_of(vectors)
    OUT.write_text(f"#dimensions\t{DIMENSIONS}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} stems × {DIMENSIONS} dimensions, from {len(units)} distinct tasks and items")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
