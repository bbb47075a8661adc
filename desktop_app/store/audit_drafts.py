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
    session: str | None = None  # the program that writes it (ui/session.py); None: written before sessions


_COLUMNS = "id, audit_id, position_id, classes, ranking, chosen_class, effective_date, rationale, updated_at, session"


def _draft(row) -> AuditDraft:
    i, audit_id, position_id, classes, ranking, chosen, effective, rationale, updated, session = row
    return AuditDraft(i, audit_id, position_id, tuple(json.loads(classes)), json.loads(ranking), chosen,
                      date.fromisoformat(effective) if effective else None, rationale, updated, session)


def audit_drafts(conn: sqlite3.Connection) -> list[AuditDraft]:
    """Every draft, oldest first (the order the audits were opened in)."""
    return [_draft(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_drafts ORDER BY id").fetchall()]


def keep_audit_draft(conn: sqlite3.Connection, draft_id: int | None, audit_id: int | None, position_id: int,
                     classes: list[str] | tuple[str, ...], ranking: list, chosen_class: str | None,
                     effective_date: date | None, rationale: str, session: str | None = None) -> int:
    """Write the draft ``draft_id`` (or the saved audit's draft, or a new one) for the program ``session``;
    returns its id."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = [audit_id, position_id, json.dumps(list(classes)), json.dumps(ranking, ensure_ascii=False),
              chosen_class, effective_date.isoformat() if effective_date else None, rationale, now, session]
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
                "effective_date = ?, rationale = ?, updated_at = ?, session = ? WHERE id = ?",
                [*values, draft_id]).rowcount
            if updated:
                return draft_id
        return conn.execute(
            "INSERT INTO audit_drafts (audit_id, position_id, classes, ranking, chosen_class, effective_date, "
            "rationale, updated_at, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values).lastrowid


def drop_audit_draft(conn: sqlite3.Connection, draft_id: int) -> None:
    with write_transaction(conn):
        conn.execute("DELETE FROM audit_drafts WHERE id = ?", [draft_id])


def claim_audit_drafts(conn: sqlite3.Connection, draft_ids, session: str) -> None:
    """The drafts of a program no longer running, taken over by the program ``session`` that reopens them."""
    with write_transaction(conn):
        conn.executemany("UPDATE audit_drafts SET session = ? WHERE id = ?", [(session, i) for i in draft_ids])
