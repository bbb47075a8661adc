"""The analyst's saved comparisons (name, classes, options, notes), read and written in one place. SQLite only."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import NamedTuple

from desktop_app.store.writing import write_transaction


class SavedComparison(NamedTuple):
    id: int
    name: str
    classes: tuple[str, ...]
    options: dict
    notes: str
    updated_at: str
    pairings: tuple[dict, ...] = ()  # the analyst's joins and partings of rows


_COLUMNS = "id, name, classes, options, notes, updated_at, pairings"


def _saved(row) -> SavedComparison:
    i, name, classes, options, notes, updated, pairings = row
    return SavedComparison(i, name, tuple(json.loads(classes)), json.loads(options), notes, updated,
                           tuple(json.loads(pairings)))


def saved_comparisons(conn: sqlite3.Connection) -> list[SavedComparison]:
    """Every saved comparison, the latest changed first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_comparisons ORDER BY updated_at DESC, id DESC").fetchall()
    return [_saved(row) for row in rows]


def saved_comparison(conn: sqlite3.Connection, comparison_id: int) -> SavedComparison | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM saved_comparisons WHERE id = ?", [comparison_id]).fetchone()
    return None if row is None else _saved(row)


def save_comparison(conn: sqlite3.Connection, name: str, classes: list[str] | tuple[str, ...], options: dict,
                    notes: str, comparison_id: int | None = None, pairings: list[dict] | tuple = ()) -> int:
    """Save a new comparison, or replace the saved one ``comparison_id``; returns its id."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = [name, json.dumps(list(classes)), json.dumps(options, sort_keys=True), notes, now,
              json.dumps(list(pairings), ensure_ascii=False)]
    with write_transaction(conn):
        if comparison_id is None:
            return conn.execute(
                "INSERT INTO saved_comparisons (name, classes, options, notes, updated_at, pairings, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [*values, now]
            ).lastrowid
        conn.execute("UPDATE saved_comparisons SET name = ?, classes = ?, options = ?, notes = ?, updated_at = ?, "
                     "pairings = ? WHERE id = ?", [*values, comparison_id])
        return comparison_id


def rename_saved_comparison(conn: sqlite3.Connection, comparison_id: int, name: str) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with conn:
        conn.execute("UPDATE saved_comparisons SET name = ?, updated_at = ? WHERE id = ?", [name, now, comparison_id])


def delete_saved_comparison(conn: sqlite3.Connection, comparison_id: int) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM saved_comparisons WHERE id = ?", [comparison_id])
