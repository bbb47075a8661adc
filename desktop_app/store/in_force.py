"""Which revision of a class is its current text: the latest one in force (effective today or before); a class
whose every revision is still to come stands as the first of them. A revision adopted ahead of its date becomes
the current text when the date comes. SQLite only."""

from __future__ import annotations

import sqlite3
from datetime import date

# Revisions of one class, the current first: in force before still to come, then the latest in force (among equal
# dates, the latest saved), else the first to come. A revision with no date counts as in force for ever.
_CURRENT_FIRST = """(coalesce(effective_date, '') <= :today) DESC,
    CASE WHEN coalesce(effective_date, '') <= :today THEN coalesce(effective_date, '') END DESC,
    effective_date, id DESC"""


def today() -> date:
    return date.today()


def current_revision(conn: sqlite3.Connection, class_id: int) -> int:
    """The id of the revision that is the class's current text today."""
    (revision,) = conn.execute(
        f"SELECT id FROM revisions WHERE class_id = :class ORDER BY {_CURRENT_FIRST} LIMIT 1",
        {"class": class_id, "today": today().isoformat()},
    ).fetchone()
    return revision


def due(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(class id, revision id) of each class whose current text should be another revision today: a revision
    adopted ahead of its date, now come."""
    return conn.execute(
        f"""SELECT b.class_id, b.id FROM (
                SELECT class_id, id, row_number() OVER (PARTITION BY class_id ORDER BY {_CURRENT_FIRST}) AS place
                FROM revisions INDEXED BY revisions_class) AS b
            JOIN classes c ON c.id = b.class_id
            WHERE b.place = 1 AND b.id != c.current_revision""",
        {"today": today().isoformat()},
    ).fetchall()


def bring_into_force(conn: sqlite3.Connection) -> int:
    """Make each revision whose date has come its class's current text (title, dates, search words with it);
    returns how many classes changed. Opening a library asks this; it writes only when one is due."""
    if not due(conn):
        return 0
    import json

    from desktop_app.store.search_index import index_pending
    from desktop_app.store.writing import write_transaction

    with write_transaction(conn):
        found = due(conn)  # again inside the transaction: another program may have done it meanwhile
        for class_id, revision in found:
            title, series_code, effective, abolished, sections = conn.execute(
                "SELECT title, series_code, effective_date, abolished, sections FROM revisions WHERE id = ?",
                [revision],
            ).fetchone()
            conn.execute(
                """UPDATE classes SET current_revision = ?, title = ?, series_code = ?, effective_date = ?,
                   abolished = ? WHERE id = ?""",
                [revision, title, series_code, effective, abolished, class_id],
            )
            body = "\n".join(item["text"] for section in json.loads(sections) for item in section["items"])
            conn.execute("INSERT OR REPLACE INTO search_pending (class_id, body) VALUES (?, ?)", [class_id, body])
    index_pending(conn)
    return len(found)
