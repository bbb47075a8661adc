"""Align the items of one section across N classes into rows; pure: no Qt, sqlite, store or ui.

Class by class, each item pairs with the row whose latest item is most like it (word similarity above
PAIR_ABOVE, best pairs first), so reordered items still meet. Items left over start new rows, placed after
the row of the item before them. Rows keep the first class's order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.compare.comparison import ComparisonCancelled
from desktop_app.core.compare.tokens import similarity_words

# Two items are the same item, reworded, when they have more than this share of words in common
# (2 x common / both lengths). At or below it a rewritten item would pair with noise: "public relations" with
# "public speaking" (one word of two in common), "prepare reports" with "prepare budgets".
PAIR_ABOVE = 0.5

AlignedRow = list  # one item index (or None) per class


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of words in common, in order (0..1); 1.0 for two empty items."""
    if not a and not b:
        return 1.0
    return Indel.normalized_similarity(a, b)


def align(
    columns: Sequence[Sequence[str]],
    should_cancel: Callable[[], bool] | None = None,
) -> list[AlignedRow]:
    """Rows of item indexes, one entry per column (None where that class has no such item).

    ``columns[k]`` holds the item texts of class k in order. When every class that has the section has exactly
    one item (a class concept, a working-conditions note), the items form one row whatever their similarity:
    the reader wants the concepts side by side, marked as rewritten if they are.
    """
    width = len(columns)
    if all(len(column) <= 1 for column in columns):
        if not any(columns):
            return []
        return [[0 if column else None for column in columns]]
    words = [[similarity_words(text) for text in column] for column in columns]
    rows: list[AlignedRow] = []
    latest: list[tuple[str, ...]] = []  # per row, the words of its latest item so far
    for k, column_words in enumerate(words):
        if should_cancel is not None and should_cancel():
            raise ComparisonCancelled()
        matched = _match(column_words, latest)
        place_new_units(rows, latest, matched, column_words, k, width)
    return rows


def _match(items: list[tuple[str, ...]], latest: list[tuple[str, ...]]) -> dict[int, int]:
    """Item index → row index: exact matches first, then the most similar pairs above the threshold."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    by_words: dict[tuple[str, ...], list[int]] = {}
    for r, row_words in enumerate(latest):
        by_words.setdefault(row_words, []).append(r)
    for i, item_words in enumerate(items):
        rows = by_words.get(item_words)
        if rows:
            r = rows.pop(0)
            matched[i] = r
            taken.add(r)
    candidates = []
    n_items, n_rows = max(len(items), 1), max(len(latest), 1)
    for i, item_words in enumerate(items):
        if i in matched:
            continue
        # One call scores the item against every row in C, keeping only the rows above the threshold.
        scored = process.extract(
            item_words, latest, scorer=Indel.normalized_similarity, score_cutoff=PAIR_ABOVE, limit=None
        )
        for _words, score, r in scored:
            if score > PAIR_ABOVE and r not in taken:
                # Equal scores go to the pair whose places in their lists are closest, then to the first.
                distance = abs(i / n_items - r / n_rows)
                candidates.append((-score, distance, r, i))
    candidates.sort()
    for _score, _distance, r, i in candidates:
        if i in matched or r in taken:
            continue
        matched[i] = r
        taken.add(r)
    return matched


def place_new_units(
    rows: list[AlignedRow],
    latest: list,
    matched: dict[int, int],
    items: list,
    k: int,
    width: int,
) -> None:
    """Fill class k's cells: matched items into their rows, each run of new items after its neighbour's row.

    A new run goes after the row of the item before it, past any rows this class no longer has, so that a
    dropped item reads before the item that took its place.
    """
    row_of_item: dict[int, list] = {}
    for i, r in matched.items():
        rows[r][k] = i
        row_of_item[i] = rows[r]
    anchor: list | None = None
    i = 0
    while i < len(items):
        if i in row_of_item:
            anchor = row_of_item[i]
            i += 1
            continue
        run_end = i
        while run_end < len(items) and run_end not in row_of_item:
            run_end += 1
        position = 0 if anchor is None else _index(rows, anchor) + 1
        while position < len(rows) and rows[position][k] is None:
            position += 1
        for offset, item in enumerate(range(i, run_end)):
            row: AlignedRow = [None] * width
            row[k] = item
            rows.insert(position + offset, row)
            latest.insert(position + offset, items[item])
            anchor = row
        i = run_end
    for r, row in enumerate(rows):
        if row[k] is not None:
            latest[r] = items[row[k]]


def _index(rows: list[AlignedRow], row: AlignedRow) -> int:
    for position, candidate in enumerate(rows):
        if candidate is row:
            return position
    raise ValueError("row not found")
