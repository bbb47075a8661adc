"""The analyst's drafts: saved, read, deleted, and adopted as a revision, each in one transaction. SQLite only.

A draft lives in its own table: it is never a revision (never the current text, never touched by an import)
until it is adopted, when it becomes a revision like any imported one and the import log records it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.core.drafts import finished
from desktop_app.core.model import ClassSpec, Document
from desktop_app.core.spec_json import iso_date, parse_iso_date, sections_from_list, sections_to_list
from desktop_app.store import in_force
from desktop_app.store.writing import write_transaction

if TYPE_CHECKING:
    from desktop_app.store.library import Library

ADOPTED = "adopted"  # the import log's result for a draft adopted as a revision
DRAFT_FORMAT = "draft"  # ... and its format


class Adopted(NamedTuple):
    """What adopting a draft did: the revision's effective date, and whether it is now the class's current text
    (an earlier date is kept as a revision, and the class stands as it was; a date to come waits for its day)."""

    key: str
    effective_date: date
    current: bool
    waiting: bool = False  # it becomes the current text on its effective date
    later: tuple[date, ...] = ()  # revisions dated after it: drafted from another text, they lack its changes


class NoClassInDocument(ValueError):
    """A document that cannot be read, or that does not give the class a draft was asked for."""


def class_from_document(path, jurisdiction: str, number: str) -> ClassSpec:
    """The class of that number as a document gives it (any document the importer reads: a printout of the class
    revised in Word among them), made a draft; the document's own date is the one it proposes."""
    from dataclasses import replace

    from desktop_app.core.errors import DocumentError
    from desktop_app.store.importing import read_and_parse

    try:
        document, _sha256 = read_and_parse(path)
    except DocumentError as e:
        raise NoClassInDocument(f"{path}: {e}") from None
    found = [spec for spec in document.classes if (spec.jurisdiction, spec.number) == (jurisdiction, number)]
    if not found:
        others = ", ".join(spec.key for spec in document.classes) or "none"
        raise NoClassInDocument(f"{path}: no class {jurisdiction}:{number} in it (it has {others})")
    return replace(found[-1], draft=True, abolished=None, source=str(path))


class DraftNotAdopted(ValueError):
    """A draft that cannot become a revision as it is (no draft, or the same text as a revision)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _class_id(conn: sqlite3.Connection, jurisdiction: str, number: str) -> tuple[int, int | None] | None:
    return conn.execute("SELECT id, current_revision FROM classes WHERE jurisdiction = ? AND number = ?",
                        [jurisdiction, number]).fetchone()


def save_draft(conn: sqlite3.Connection, spec: ClassSpec, source: str = "") -> None:
    """Save the draft of ``spec``'s class as it stands now, exactly (a new draft remembers the revision it was
    drafted from and the document, if any)."""
    found = _class_id(conn, spec.jurisdiction, spec.number)
    if found is None:
        raise LookupError(f"{spec.key}: no such class in the library")
    class_id, current = found
    values = [spec.title, spec.bargaining_unit, iso_date(spec.effective_date), iso_date(spec.established),
              json.dumps(sections_to_list(spec.sections), ensure_ascii=False)]
    now = _now()
    with write_transaction(conn):
        conn.execute(
            """INSERT INTO drafts (class_id, title, bargaining_unit, effective_date, established, sections, based_on,
                                   source, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (class_id) DO UPDATE SET title = excluded.title,
                   bargaining_unit = excluded.bargaining_unit, effective_date = excluded.effective_date,
                   established = excluded.established, sections = excluded.sections,
                   updated_at = excluded.updated_at""",
            [class_id, *values, current, source, now, now],
        )


def load_draft(conn: sqlite3.Connection, jurisdiction: str, number: str) -> dict | None:
    """The draft's stored values (title, bargaining_unit, effective_date, established, sections, series_code,
    based_on_date, source, updated_at), or None."""
    row = conn.execute(
        """SELECT d.title, d.bargaining_unit, d.effective_date, d.established, d.sections, c.series_code,
                  r.effective_date, d.source, d.updated_at
           FROM drafts d JOIN classes c ON c.id = d.class_id LEFT JOIN revisions r ON r.id = d.based_on
           WHERE c.jurisdiction = ? AND c.number = ?""",
        [jurisdiction, number],
    ).fetchone()
    if row is None:
        return None
    title, unit, effective, established, sections, series_code, based_on, source, updated = row
    return {"title": title, "bargaining_unit": unit, "effective_date": parse_iso_date(effective),
            "established": parse_iso_date(established), "sections": sections_from_list(json.loads(sections)),
            "series_code": series_code, "based_on_date": parse_iso_date(based_on), "source": source,
            "updated_at": updated}


def delete_draft(conn: sqlite3.Connection, jurisdiction: str, number: str) -> bool:
    """Delete the class's draft; False when it had none."""
    with write_transaction(conn):
        cursor = conn.execute(
            "DELETE FROM drafts WHERE class_id = (SELECT id FROM classes WHERE jurisdiction = ? AND number = ?)",
            [jurisdiction, number],
        )
    return cursor.rowcount > 0


def adopt_draft(library: Library, jurisdiction: str, number: str, effective: date) -> Adopted:
    """Make the draft a revision effective ``effective``, in one transaction: the revision saved as an import
    saves one (the latest effective date in force is the current text), the import log told, the draft gone."""
    from desktop_app.store.prepared import prepare  # here: the window's catalog never loads it

    draft = library.draft(jurisdiction, number)
    if draft is None:
        raise DraftNotAdopted(f"{jurisdiction}:{number} has no draft")
    spec = ClassSpec(**{**finished(draft).__dict__, "draft": False, "effective_date": effective})
    (item,) = prepare(Document(DRAFT_FORMAT, (), (spec,))).classes
    conn = library.conn
    with write_transaction(conn):
        # The library's own steps for a revision (library.py): one place decides which text is current.
        outcome, class_id, _title = library._class_outcome(item)
        if class_id is not None and conn.execute(
                "SELECT 1 FROM revisions WHERE class_id = ? AND effective_date = ?",
                [class_id, effective.isoformat()]).fetchone() and outcome != "unchanged":
            raise DraftNotAdopted(f"{spec.key} already has a revision effective {effective.isoformat()}: give the "
                                  "draft the date its new text takes effect, a day no other revision has")
        if outcome == "unchanged":
            raise DraftNotAdopted(f"{spec.key}: the draft, effective {effective.isoformat()}, is the same text as "
                                  "a revision the library has")
        source = load_draft(conn, jurisdiction, number)["source"]
        import_id = library._insert("imports", {
            "path": source or f"draft of {spec.key}", "sha256": item.digest, "imported_at": _now(),
            "format": DRAFT_FORMAT, "result": ADOPTED, "classes": json.dumps([spec.number]),
        })
        library._save_revision(item, class_id, import_id)
        conn.execute("DELETE FROM drafts WHERE class_id = ?", [class_id])
        (current,) = conn.execute(
            "SELECT r.import_id = ? FROM classes c JOIN revisions r ON r.id = c.current_revision WHERE c.id = ?",
            [import_id, class_id],
        ).fetchone()
        later = tuple(parse_iso_date(d) for (d,) in conn.execute(
            "SELECT DISTINCT effective_date FROM revisions WHERE class_id = ? AND effective_date > ? "
            "ORDER BY effective_date", [class_id, effective.isoformat()]).fetchall())
    library.index_for_search()
    return Adopted(spec.key, effective, bool(current), not current and effective > in_force.today(), later)
