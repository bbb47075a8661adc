"""Position descriptions in the library, apart from classes: save one (once per text), list, read, delete. SQLite
only."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, timezone
from typing import NamedTuple

from desktop_app.core.positions.model import Position
from desktop_app.core.positions.to_json import position_from_dict, position_to_dict
from desktop_app.store.writing import write_transaction


class StoredPosition(NamedTuple):
    id: int
    position: Position
    imported_at: str
    source: str


class PositionEntry(NamedTuple):
    """A position as the library lists it."""

    id: int
    title: str
    agency: str
    current_class: str
    requested_class: str
    imported_at: str
    audits: int


class PositionNotFound(LookupError):
    """A position number that names no position of the library."""


def description_hash(position: Position) -> str:
    """What identifies a description: its parsed contents (a pasted text and its file are one position)."""
    text = json.dumps(position_to_dict(position), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def save_position(conn: sqlite3.Connection, position: Position, source: str = "") -> tuple[int, bool]:
    """Save a position in one transaction; (its id, True) when new, (the id it has, False) when the same
    description is there already."""
    digest = description_hash(position)
    row = conn.execute("SELECT id FROM positions WHERE sha256 = ?", [digest]).fetchone()
    if row is not None:
        return row[0], False
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with write_transaction(conn):
        cursor = conn.execute(
            "INSERT INTO positions (title, agency, current_class, requested_class, description, source, sha256, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [position.title, position.agency, position.current_class, position.requested_class,
             json.dumps(position_to_dict(position), ensure_ascii=False), source, digest, now],
        )
    return cursor.lastrowid, True


def positions(conn: sqlite3.Connection) -> list[PositionEntry]:
    """Every position, the latest imported first, with how many audits each has."""
    rows = conn.execute(
        """SELECT p.id, p.title, p.agency, p.current_class, p.requested_class, p.imported_at,
                  (SELECT count(*) FROM audits a WHERE a.position_id = p.id)
           FROM positions p ORDER BY p.imported_at DESC, p.id DESC"""
    ).fetchall()
    return [PositionEntry(*row) for row in rows]


def position(conn: sqlite3.Connection, position_id: int) -> StoredPosition:
    row = conn.execute("SELECT id, description, imported_at, source FROM positions WHERE id = ?",
                       [position_id]).fetchone()
    if row is None:
        raise PositionNotFound(f"position {position_id}: no such position in the library")
    return StoredPosition(row[0], position_from_dict(json.loads(row[1]), row[3]), row[2], row[3])


def delete_position(conn: sqlite3.Connection, position_id: int) -> int:
    """Delete a position and its audits (and their drafts) in one transaction; how many audits went with it."""
    with write_transaction(conn):
        if conn.execute("SELECT 1 FROM positions WHERE id = ?", [position_id]).fetchone() is None:
            raise PositionNotFound(f"position {position_id}: no such position in the library")
        conn.execute("DELETE FROM audit_drafts WHERE position_id = ?", [position_id])
        audits = conn.execute("DELETE FROM audits WHERE position_id = ?", [position_id]).rowcount
        conn.execute("DELETE FROM positions WHERE id = ?", [position_id])
    return audits
