"""Drafts of the analyst's notes, kept as they type and read back after a crash. SQLite only, no Qt."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import NamedTuple

from desktop_app.store.writing import write_transaction


class NotesDraft(NamedTuple):
    id: int
    saved_id: int | None  # the saved comparison the notes belong to; None for a comparison never saved
    name: str
    classes: tuple[str, ...]
    options: dict
    notes: str
    updated_at: str
    session: str | None = None  # the program that writes it (ui/session.py); None: written before sessions


_COLUMNS = "id, saved_id, name, classes, options, notes, updated_at, session"


def _draft(row) -> NotesDraft:
    i, saved_id, name, classes, options, notes, updated, session = row
    return NotesDraft(i, saved_id, name, tuple(json.loads(classes)), json.loads(options), notes, updated, session)


def notes_drafts(conn: sqlite3.Connection) -> list[NotesDraft]:
    """Every draft, oldest first (the order the comparisons were opened in)."""
    return [_draft(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM notes_drafts ORDER BY id").fetchall()]


def notes_draft(conn: sqlite3.Connection, draft_id: int) -> NotesDraft | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM notes_drafts WHERE id = ?", [draft_id]).fetchone()
    return None if row is None else _draft(row)


def keep_notes_draft(conn: sqlite3.Connection, draft_id: int | None, saved_id: int | None, name: str,
                     classes: list[str] | tuple[str, ...], options: dict, notes: str,
                     session: str | None = None) -> int:
    """Write the draft ``draft_id`` (or the saved comparison's draft, or a new one) for the program ``session``;
    returns its id."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = [saved_id, name, json.dumps(list(classes)), json.dumps(options, sort_keys=True), notes, now, session]
    with conn:  # one transaction
        if draft_id is None and saved_id is not None:
            row = conn.execute("SELECT id FROM notes_drafts WHERE saved_id = ?", [saved_id]).fetchone()
            draft_id = row[0] if row else None
        if draft_id is not None:
            # Another draft may hold this saved id (a second window on the same library): it gives way.
            conn.execute("UPDATE notes_drafts SET saved_id = NULL WHERE saved_id = ? AND id != ?", [saved_id, draft_id])
            updated = conn.execute(
                "UPDATE notes_drafts SET saved_id = ?, name = ?, classes = ?, options = ?, notes = ?, updated_at = ?, "
                "session = ? WHERE id = ?", [*values, draft_id]).rowcount
            if updated:
                return draft_id
        return conn.execute(
            "INSERT INTO notes_drafts (saved_id, name, classes, options, notes, updated_at, session) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", values).lastrowid


def drop_notes_draft(conn: sqlite3.Connection, draft_id: int) -> None:
    with conn:
        conn.execute("DELETE FROM notes_drafts WHERE id = ?", [draft_id])


def claim_notes_drafts(conn: sqlite3.Connection, draft_ids, session: str) -> None:
    """The drafts of a program no longer running, taken over by the program ``session`` that reopens them."""
    with write_transaction(conn):
        conn.executemany("UPDATE notes_drafts SET session = ? WHERE id = ?", [(session, i) for i in draft_ids])
