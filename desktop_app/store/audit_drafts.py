"""Drafts of an audit's decision, kept as the analyst works and read back after a crash. SQLite only, no Qt."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone
from typing import NamedTuple

from desktop_app.store.writing import write_transaction


class AuditDraft(NamedTuple):
    id: int
    audit_id: int | None  # the saved audit the draft belongs to; None for an audit never saved
    position_id: int
    classes: tuple[str, ...]
    ranking: list
    chosen_class: str | None
    effective_date: date | None
    rationale: str
    updated_at: str


_COLUMNS = "id, audit_id, position_id, classes, ranking, chosen_class, effective_date, rationale, updated_at"


def _draft(row) -> AuditDraft:
    i, audit_id, position_id, classes, ranking, chosen, effective, rationale, updated = row
    return AuditDraft(i, audit_id, position_id, tuple(json.loads(classes)), json.loads(ranking), chosen,
                      date.fromisoformat(effective) if effective else None, rationale, updated)


def audit_drafts(conn: sqlite3.Connection) -> list[AuditDraft]:
    """Every draft, oldest first (the order the audits were opened in)."""
    return [_draft(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_drafts ORDER BY id").fetchall()]


def keep_audit_draft(conn: sqlite3.Connection, draft_id: int | None, audit_id: int | None, position_id: int,
                     classes: list[str] | tuple[str, ...], ranking: list, chosen_class: str | None,
                     effective_date: date | None, rationale: str) -> int:
    """Write the draft ``draft_id`` (or the saved audit's draft, or a new one); returns its id."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = [audit_id, position_id, json.dumps(list(classes)), json.dumps(ranking, ensure_ascii=False),
              chosen_class, effective_date.isoformat() if effective_date else None, rationale, now]
    with write_transaction(conn):
        if draft_id is None and audit_id is not None:
            row = conn.execute("SELECT id FROM audit_drafts WHERE audit_id = ?", [audit_id]).fetchone()
            draft_id = row[0] if row else None
        if draft_id is not None:
            # Another draft may hold this audit (a second window on the same library): it gives way.
            conn.execute("UPDATE audit_drafts SET audit_id = NULL WHERE audit_id = ? AND id != ?",
                         [audit_id, draft_id])
            updated = conn.execute(
                "UPDATE audit_drafts SET audit_id = ?, position_id = ?, classes = ?, ranking = ?, chosen_class = ?, "
                "effective_date = ?, rationale = ?, updated_at = ? WHERE id = ?", [*values, draft_id]).rowcount
            if updated:
                return draft_id
        return conn.execute(
            "INSERT INTO audit_drafts (audit_id, position_id, classes, ranking, chosen_class, effective_date, "
            "rationale, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values).lastrowid


def drop_audit_draft(conn: sqlite3.Connection, draft_id: int) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM audit_drafts WHERE id = ?", [draft_id])
