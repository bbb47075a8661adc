"""Bringing the full-text index up to date with the classes saved since; SQLite only, no Qt.

Saving a class writes its searchable words to ``search_pending`` in the document's own transaction.
``index_pending`` moves them into ``class_search`` in one transaction: a batch costs the index one write
instead of one per document (FTS5 writes a new segment at every commit). Only an import indexes, at its
batches and at its end, which also takes over what an import that was stopped left pending: opening a library
to read it never writes.
"""

from __future__ import annotations

import sqlite3

from desktop_app.store.writing import write_transaction


def index_pending(conn: sqlite3.Connection) -> int:
    """Index every pending class (its current number and title, its words); returns how many."""
    if conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
        return 0  # nothing to do: no write lock taken
    with write_transaction(conn):
        ids = [row[0] for row in conn.execute("SELECT class_id FROM search_pending").fetchall()]
        conn.executemany("DELETE FROM class_search WHERE rowid = ?", [(i,) for i in ids])
        conn.execute(
            """INSERT INTO class_search (rowid, number, title, body)
               SELECT c.id, c.number, c.title, p.body FROM search_pending p JOIN classes c ON c.id = p.class_id"""
        )
        conn.execute("DELETE FROM search_pending")
    return len(ids)
