"""Reclassification audits in the library: the position, the classes compared, the ranking as it stood, and the
analyst's decision (class chosen, effective date, rationale). SQLite only."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone
from typing import NamedTuple

from desktop_app.store.writing import write_transaction


class SavedAudit(NamedTuple):
    id: int
    position_id: int
    classes: tuple[str, ...]
    ranking: list  # the candidates as JSON-ready dicts (core/fit/to_json.py)
    chosen_class: str | None
    effective_date: date | None
    rationale: str
    updated_at: str
    analyst: str = ""  # who made it, as the report names them


class AuditEntry(NamedTuple):
    """An audit as the library lists it."""

    id: int
    position_id: int
    position_title: str
    chosen_class: str | None
    effective_date: date | None
    updated_at: str


class AuditNotFound(LookupError):
    """An audit number that names no audit of the library."""


_COLUMNS = "id, position_id, classes, ranking, chosen_class, effective_date, rationale, updated_at, analyst"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def save_audit(conn: sqlite3.Connection, position_id: int, classes: list[str] | tuple[str, ...], ranking: list,
               chosen_class: str | None, effective_date: date | None, rationale: str,
               audit_id: int | None = None, analyst: str = "") -> int:
    """Save a new audit, or replace the saved one ``audit_id``, in one transaction; returns its id."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = [position_id, json.dumps(list(classes)), json.dumps(ranking, ensure_ascii=False), chosen_class,
              effective_date.isoformat() if effective_date else None, rationale, analyst.strip(), now]
    with write_transaction(conn):
        if audit_id is None:
            return conn.execute(
                "INSERT INTO audits (position_id, classes, ranking, chosen_class, effective_date, rationale, "
                "analyst, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [*values, now]).lastrowid
        updated = conn.execute(
            "UPDATE audits SET position_id = ?, classes = ?, ranking = ?, chosen_class = ?, effective_date = ?, "
            "rationale = ?, analyst = ?, updated_at = ? WHERE id = ?", [*values, audit_id])
        if updated.rowcount == 0:
            raise AuditNotFound(f"audit {audit_id}: no such audit in the library")
        return audit_id


def audit(conn: sqlite3.Connection, audit_id: int) -> SavedAudit:
    row = conn.execute(f"SELECT {_COLUMNS} FROM audits WHERE id = ?", [audit_id]).fetchone()
    if row is None:
        raise AuditNotFound(f"audit {audit_id}: no such audit in the library")
    i, position_id, classes, ranking, chosen, effective, rationale, updated, analyst = row
    return SavedAudit(i, position_id, tuple(json.loads(classes)), json.loads(ranking), chosen, _date(effective),
                      rationale, updated, analyst)


def audits(conn: sqlite3.Connection, position_id: int | None = None) -> list[AuditEntry]:
    """Every audit (or a position's), the latest changed first."""
    where, params = ("WHERE a.position_id = ?", [position_id]) if position_id is not None else ("", [])
    rows = conn.execute(
        f"""SELECT a.id, a.position_id, p.title, a.chosen_class, a.effective_date, a.updated_at
            FROM audits a JOIN positions p ON p.id = a.position_id {where}
            ORDER BY a.updated_at DESC, a.id DESC""", params).fetchall()
    return [AuditEntry(i, pid, title, chosen, _date(effective), updated)
            for i, pid, title, chosen, effective, updated in rows]


def delete_audit(conn: sqlite3.Connection, audit_id: int) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM audits WHERE id = ?", [audit_id])
