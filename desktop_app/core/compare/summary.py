"""Summary figures of a section and of a whole comparison; pure: no Qt, sqlite, store or ui.

The keys of a summary (also the keys of every ``"summary"`` object in the JSON):

- ``items``: rows (for the whole comparison: rows of every section except the class metadata block, whose
  number and title differ from class to class by design);
- ``items_same``, ``items_changed``, ``items_related``, ``items_added``, ``items_dropped``: rows by status;
- ``added_at``, ``dropped_at``: rows new (gone) at each class against the class it is compared with, as
  (label, count) in class order;
- ``words_inserted``: words marked inserted, plus every word of an item that a class has and its base lacks;
- ``words_deleted``: words marked deleted, plus every word of a base item that the compared class lacks;
- ``words_unchanged``: words in unchanged (equal) segments, and the words a related cell shares with its base
  (a related row is the same responsibility: its shared words count toward the similarity);
- ``similarity_percent``: 100 × 2·unchanged / (2·unchanged + inserted + deleted), one decimal; 100.0 when
  there is nothing to compare.

Each class is counted against its base: the previous class (the first class against nothing), or the one
base class chosen in the options (itself against nothing). A word is a run of letters and digits ("workers'"
is one word, "e.g." two); marks such as "&" are not words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.compare.comparison import STATUSES, Row, Summary
from desktop_app.core.compare.tokens import count_words
from desktop_app.core.compare.words import changed_words


def similarity_percent(unchanged: int, inserted: int, deleted: int) -> float:
    compared = 2 * unchanged + inserted + deleted
    return 100.0 if compared == 0 else round(100.0 * 2 * unchanged / compared, 1)


def section_summary(rows: Sequence[Row], bases: Sequence[int | None], labels: Sequence[str] = ()) -> Summary:
    """Figures of one section; ``bases[k]`` is the position of class k's base, or None."""
    statuses = dict.fromkeys(STATUSES, 0)
    added = dict.fromkeys(labels, 0)
    dropped = dict.fromkeys(labels, 0)
    inserted = deleted = unchanged = 0
    for row in rows:
        statuses[row.status] += 1
        for k, cell in enumerate(row.cells):
            b = bases[k]
            if b is None:
                continue
            base = row.cells[b]
            if labels and (cell.text is None) != (base.text is None):
                # New at this class, or gone at it, against the class it is compared with (a row added at the
                # second level and gone at the third counts at each).
                (added if base.text is None else dropped)[labels[k]] += 1
            if cell.text is not None and base.text is not None:
                i, d, u = changed_words(cell.segments)
                inserted, deleted, unchanged = inserted + i, deleted + d, unchanged + u
            elif cell.text is not None:
                inserted += count_words(cell.text)
            elif base.text is not None:
                deleted += count_words(base.text)
    return Summary(
        items=len(rows),
        items_same=statuses["same"],
        items_changed=statuses["changed"],
        items_related=statuses["related"],
        items_added=statuses["added"],
        items_dropped=statuses["dropped"],
        words_inserted=inserted,
        words_deleted=deleted,
        words_unchanged=unchanged,
        similarity_percent=similarity_percent(unchanged, inserted, deleted),
        added_at=tuple((label, n) for label, n in added.items() if n),
        dropped_at=tuple((label, n) for label, n in dropped.items() if n),
    )


def total_summary(summaries: Iterable[Summary]) -> Summary:
    """The sum of several sections' figures, with the similarity recomputed from the sums."""
    parts = list(summaries)
    inserted = sum(s.words_inserted for s in parts)
    deleted = sum(s.words_deleted for s in parts)
    unchanged = sum(s.words_unchanged for s in parts)
    added: dict[str, int] = {}
    dropped: dict[str, int] = {}
    for part in parts:
        for label, n in part.added_at:
            added[label] = added.get(label, 0) + n
        for label, n in part.dropped_at:
            dropped[label] = dropped.get(label, 0) + n
    return Summary(
        items=sum(s.items for s in parts),
        items_same=sum(s.items_same for s in parts),
        items_changed=sum(s.items_changed for s in parts),
        items_related=sum(s.items_related for s in parts),
        items_added=sum(s.items_added for s in parts),
        items_dropped=sum(s.items_dropped for s in parts),
        added_at=tuple(added.items()),
        dropped_at=tuple(dropped.items()),
        words_inserted=inserted,
        words_deleted=deleted,
        words_unchanged=unchanged,
        similarity_percent=similarity_percent(unchanged, inserted, deleted),
    )
