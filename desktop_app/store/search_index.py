"""Bringing the full-text index up to date with the classes saved since; SQLite only, no Qt.

Saving a class writes its searchable words to ``search_pending`` in the document's own transaction.
``index_pending`` moves them into ``class_search`` in one transaction: a batch costs the index one write
instead of one per document (FTS5 writes a new segment at every commit).
"""

from __future__ import annotations

import sqlite3


def index_pending(conn: sqlite3.Connection) -> int:
    """Index every pending class (its current number and title, its words); returns how many."""
    if conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None:
        return 0  # nothing to do: no write lock taken
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = [row[0] for row in conn.execute("SELECT class_id FROM search_pending").fetchall()]
        conn.executemany("DELETE FROM class_search WHERE rowid = ?", [(i,) for i in ids])
        conn.execute(
            """INSERT INTO class_search (rowid, number, title, body)
               SELECT c.id, c.number, c.title, p.body FROM search_pending p JOIN classes c ON c.id = p.class_id"""
        )
        conn.execute("DELETE FROM search_pending")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(ids)


def index_left_over(conn: sqlite3.Connection) -> None:
    """On opening: index what an import left pending when it stopped before its last batch.

    A library that cannot be written (a read-only file) is searched as it is."""
    try:
        index_pending(conn)
    except sqlite3.OperationalError:  # read-only, or (in a test) a library held at an older version
        pass
