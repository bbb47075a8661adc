"""How many of the library's classes use each word stem, for the comparison's word weights
(core/compare/meaning.py): counted from the search index's vocabulary after an import, read when comparing.
SQLite only, no Qt."""

from __future__ import annotations

import sqlite3

from desktop_app.core.compare.meaning import WordWeights, bundled_weights, stem
from desktop_app.store.writing import write_transaction

TOTAL = "#classes"  # the row that holds how many classes were counted
MIN_CLASSES = 3


def refresh_word_counts(conn: sqlite3.Connection) -> int:
    """Count the stems of the indexed classes again, in one transaction; returns how many stems.

    Two words of one stem in a class count once there only approximately: the larger of their counts is taken.
    """
    classes = conn.execute("SELECT count(*) FROM class_search").fetchone()[0]
    counts: dict[str, int] = {}
    # Words of one or two classes weigh as the rarest do whether counted or not: they are left out, which keeps
    # the count (a stem for each word of the library's vocabulary) to a few thousand words.
    rows = conn.execute("SELECT term, doc FROM class_search_vocab WHERE doc >= ?", [MIN_CLASSES]).fetchall()
    for term, documents in rows:
        if term.isalpha():
            key = stem(term)
            if documents > counts.get(key, 0):
                counts[key] = documents
    with write_transaction(conn):
        conn.execute("DELETE FROM word_counts")
        conn.executemany("INSERT INTO word_counts (stem, classes) VALUES (?, ?)", counts.items())
        conn.execute("INSERT INTO word_counts (stem, classes) VALUES (?, ?)", (TOTAL, classes))
    return len(counts)


def word_weights(conn: sqlite3.Connection) -> WordWeights:
    """The bundled background of class specs with this library's own counts added (the background alone for a
    library not yet counted)."""
    rows = dict(conn.execute("SELECT stem, classes FROM word_counts").fetchall())
    classes = rows.pop(TOTAL, 0)
    return bundled_weights().merged(rows, classes) if classes else bundled_weights()
