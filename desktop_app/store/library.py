"""The local library of class specs: save documents, revisions, look-up, full-text search. SQLite only, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from desktop_app.core.drafts import DRAFT, finished
from desktop_app.core.jurisdictions import Jurisdiction
from desktop_app.core.model import SECTION_TITLES, ClassSpec, Document, Series
from desktop_app.core.spec_json import iso_date as _iso
from desktop_app.core.spec_json import parse_iso_date as _date
from desktop_app.core.spec_json import sections_from_list, series_from_dict
from desktop_app.store import drafts, notes_drafts, saved_comparisons
from desktop_app.store.catalog import (  # noqa: F401 (ClassEntry, SeriesEntry, SearchHit: the store's names)
    MATCH_END,
    MATCH_START,
    Catalog,
    ClassEntry,
    DraftEntry,
    SearchHit,
    SeriesEntry,
)
from desktop_app.store.in_force import current_revision
from desktop_app.store.notes_drafts import NotesDraft
from desktop_app.store.prepared import PreparedClass, PreparedDocument, prepare
from desktop_app.store.saved_comparisons import SavedComparison
from desktop_app.store.search_index import index_pending
from desktop_app.store.series_revisions import save_series, series_revision
from desktop_app.store.writing import write_transaction


class ClassNotFound(LookupError):
    """A class name (number, JURISDICTION:NUMBER, NUMBER@DATE) that names no class, or more than one."""


@dataclass(frozen=True)
class SavedDocument:
    """What saving one document did: its status and, per class, whether it was new, revised or unchanged."""

    status: str
    classes: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...] = ()  # what an analyst should look at, e.g. a class number now under another title


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _section_names(sections: str) -> list[str]:
    """The sections of a stored text by name, in order: the kind's title, or an "other" section's heading."""
    names = []
    for section in json.loads(sections):
        name = section["heading"] if section["kind"] == "other" else SECTION_TITLES[section["kind"]]
        if name not in names:
            names.append(name)
    return names


class Library:
    """One library file: its catalog (listing, search, saved comparisons) and its specs, revisions and saving.

    Made from a path, or over a catalog already open (the window opens the catalog before its first paint).
    Each document is saved in one transaction; nothing already stored is overwritten.
    """

    def __init__(self, source: Catalog | Path | str) -> None:
        self.catalog = source if isinstance(source, Catalog) else Catalog(source)
        self.path, self.conn = self.catalog.path, self.catalog.conn
        self._db = None

    def close(self) -> None:
        self.catalog.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- the catalog's --------------------------------------------------------------------------

    @property
    def notice(self) -> str:
        """A line to show once the library is open (an empty file given as the library became one)."""
        return self.catalog.notice

    @notice.setter
    def notice(self, text: str) -> None:
        self.catalog.notice = text

    def counts(self) -> dict[str, int]:
        return self.catalog.counts()

    def classes(self, series_code: str | None = None, jurisdiction: str | None = None,
                number: str | None = None) -> list[ClassEntry]:
        return self.catalog.classes(series_code, jurisdiction, number)

    def series_entries(self) -> list[SeriesEntry]:
        return self.catalog.series_entries()

    def jurisdictions(self) -> list[Jurisdiction]:
        return self.catalog.jurisdictions()

    def jurisdiction_name(self, code: str) -> str:
        return self.catalog.jurisdiction_name(code)

    def earlier_revisions(self, jurisdiction: str, number: str) -> list[date]:
        return self.catalog.earlier_revisions(jurisdiction, number)

    def search(self, query: str, limit: int | None = 50) -> list[SearchHit]:
        return self.catalog.search(query, limit)

    def search_count(self, query: str) -> int:
        return self.catalog.search_count(query)

    def saved_comparisons(self) -> list[SavedComparison]:
        return self.catalog.saved_comparisons()

    def drafts(self) -> dict[str, DraftEntry]:
        return self.catalog.drafts()

    def saved_comparison(self, comparison_id: int) -> SavedComparison | None:
        return self.catalog.saved_comparison(comparison_id)

    @property
    def db(self):
        """The sqlite-utils view of the connection, for writing; made on first use so that opening the
        library to read it (the window's start) does not pay for importing sqlite-utils."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    # ---- saving -------------------------------------------------------------------------------

    def save_document(self, document: Document, path: str, sha256: str) -> SavedDocument:
        """Save every class of the document in one transaction, and index it for search; re-saving the
        same text changes nothing."""
        saved = self.save_prepared(prepare(document), path, sha256)
        self.index_for_search()
        return saved

    def index_for_search(self) -> int:
        """Bring the search index up to date with the classes saved since; returns how many were indexed."""
        return index_pending(self.conn)

    def save_prepared(self, document: PreparedDocument, path: str, sha256: str) -> SavedDocument:
        """Save every class of a prepared document in one transaction. Its words wait for
        ``index_for_search`` (an import indexes a batch of documents at a time)."""
        outcomes: list[tuple[str, str]] = []
        warnings: list[str] = list(document.warnings)
        with write_transaction(self.conn):
            if document.jurisdiction is not None:
                self.conn.execute("INSERT OR IGNORE INTO jurisdictions (code, name) VALUES (?, ?)",
                                  [document.jurisdiction.code, document.jurisdiction.name])
            blocks = {series.code: save_series(self.conn, series) for series in document.series}
            import_id = None
            for item in document.classes:
                outcome, class_id, title = self._class_outcome(item)
                if outcome == "revised" and title != item.title:
                    warnings.append(f"{item.key} was “{title}” and is now also “{item.title}”")
                if outcome == "revised":
                    warnings.extend(self._sections_lost(item, class_id))
                if outcome != "unchanged":
                    if import_id is None:
                        import_id = self._insert(
                            "imports",
                            {
                                "path": path,
                                "sha256": sha256,
                                "imported_at": _now(),
                                "format": document.format,
                                "result": "pending",
                                "classes": json.dumps([p.number for p in document.classes]),
                            },
                        )
                    self._save_revision(item, class_id, import_id, blocks.get(item.series_code))
                outcomes.append((item.number, outcome))
            statuses = {o for _, o in outcomes}
            status = "imported" if "imported" in statuses else "revised" if "revised" in statuses else "unchanged"
            if import_id is not None:
                self.conn.execute("UPDATE imports SET result = ? WHERE id = ?", [status, import_id])
        return SavedDocument(status, tuple(outcomes), tuple(warnings))

    def _class_outcome(self, item: PreparedClass) -> tuple[str, int | None, str]:
        """(imported | unchanged | revised, the class's id if it exists, its current title)."""
        row = self.conn.execute(
            "SELECT id, title FROM classes WHERE jurisdiction = ? AND number = ?", [item.jurisdiction, item.number]
        ).fetchone()
        if row is None:
            return "imported", None, ""
        same = self.conn.execute(
            "SELECT 1 FROM revisions WHERE class_id = ? AND content_hash = ?", [row[0], item.digest]
        ).fetchone()
        return ("unchanged" if same else "revised"), row[0], row[1]

    def _sections_lost(self, item: PreparedClass, class_id: int) -> list[str]:
        """A warning when the new text lacks whole sections of the current one: it may be a cut copy."""
        current, effective = self.conn.execute(
            "SELECT r.sections, r.effective_date FROM classes c JOIN revisions r ON r.id = c.current_revision "
            "WHERE c.id = ?", [class_id],
        ).fetchone()
        had, has = _section_names(current), _section_names(item.sections)
        lost = [name for name in had if name not in has]
        if not lost:
            return []
        return [f"{item.key} has no {' or '.join(lost)} section, which its revision of {effective or 'no date'} has"]

    def _save_revision(self, item: PreparedClass, class_id: int | None, import_id: int,
                       series_revision: int | None = None) -> None:
        new_class = class_id is None
        if new_class:
            class_id = self._insert(
                "classes",
                {"jurisdiction": item.jurisdiction, "number": item.number, "title": item.title,
                 "series_code": item.series_code},
            )
        revision_id = self._insert(
            "revisions",
            {
                "class_id": class_id,
                "effective_date": item.effective_date,
                "title": item.title,
                "bargaining_unit": item.bargaining_unit,
                "series_code": item.series_code,
                "established": item.established,
                "abolished": item.abolished,
                "sections": item.sections,
                "content_hash": item.digest,
                "import_id": import_id,
                "series_revision": series_revision,  # the series block this text came with
            },
        )
        self.conn.execute("UPDATE classes SET revision_count = revision_count + 1 WHERE id = ?", [class_id])
        if not new_class:
            # The current revision is the latest in force today; among equal dates, the latest imported.
            if current_revision(self.conn, class_id) != revision_id:
                return  # an older text, kept as a revision; the class stands as it was
        self.conn.execute(
            """UPDATE classes SET current_revision = ?, title = ?, series_code = ?, effective_date = ?, abolished = ?
               WHERE id = ?""",
            [revision_id, item.title, item.series_code, item.effective_date, item.abolished, class_id],
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO search_pending (class_id, body) VALUES (?, ?)", [class_id, item.search_body]
        )

    def _insert(self, table: str, values: dict) -> int:
        # Plain SQL: a library import writes thousands of rows, and the tables' columns are known.
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        return self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())).lastrowid

    # ---- reading ------------------------------------------------------------------------------

    def series(self, jurisdiction: str, code: str) -> Series | None:
        row = self.conn.execute(
            "SELECT jurisdiction, code, title, major_agencies, effective_date, purpose FROM series "
            "WHERE jurisdiction = ? AND code = ?",
            [jurisdiction, code],
        ).fetchone()
        if row is None:
            return None
        j, c, t, agencies, effective, purpose = row
        return series_from_dict(
            {"jurisdiction": j, "code": c, "title": t, "major_agencies": agencies,
             "effective_date": effective, "purpose": json.loads(purpose)}
        )

    def resolve(self, name: str) -> tuple[str, str, date | str | None]:
        """``65251``, ``OH:65251``, ``65251@2024-01-15`` or ``65251@draft`` → (jurisdiction, number, revision
        date, DRAFT or None)."""
        revision: date | str | None = None
        text = name.strip()
        if "@" in text:
            text, _, when = text.partition("@")
            if when.strip().casefold() == DRAFT:
                revision = DRAFT
            else:
                try:
                    revision = date.fromisoformat(when)
                except ValueError:
                    raise ClassNotFound(f"{name}: '{when}' is not a date (YYYY-MM-DD) or 'draft'") from None
        jurisdiction, _, number = text.rpartition(":")
        if jurisdiction:
            rows = self.conn.execute(
                "SELECT jurisdiction, number FROM classes WHERE upper(jurisdiction) = upper(?) AND number = ?",
                [jurisdiction, number],
            ).fetchall()
        else:
            rows = self.conn.execute("SELECT jurisdiction, number FROM classes WHERE number = ?", [number]).fetchall()
        if not rows:
            raise ClassNotFound(f"{name}: no such class in the library")
        if len(rows) > 1:
            options = ", ".join(f"{j}:{n}" for j, n in rows)
            raise ClassNotFound(f"{name}: more than one class has this number; name one of {options}")
        return rows[0][0], rows[0][1], revision

    def revision_dates(self, jurisdiction: str, number: str) -> list[date | None]:
        rows = self.conn.execute(
            """SELECT r.effective_date FROM revisions r JOIN classes c ON c.id = r.class_id
               WHERE c.jurisdiction = ? AND c.number = ? ORDER BY coalesce(r.effective_date, ''), r.id""",
            [jurisdiction, number],
        ).fetchall()
        return [_date(r[0]) for r in rows]

    def spec(self, jurisdiction: str, number: str, revision: date | str | None = None) -> ClassSpec:
        """The class as it stands (current revision), as it stood on the revision's effective date, or (DRAFT) its
        draft as it is compared and handed over."""
        if revision == DRAFT:
            draft = self.draft(jurisdiction, number)
            if draft is None:
                raise ClassNotFound(f"{jurisdiction}:{number}@draft: the class has no draft")
            return finished(draft)
        if revision is None:
            condition, params = "r.id = c.current_revision", [jurisdiction, number]
        else:
            condition, params = "r.effective_date = ?", [_iso(revision), jurisdiction, number]
        row = self.conn.execute(
            f"""SELECT r.title, r.bargaining_unit, r.effective_date, r.series_code, r.sections,
                       r.established, r.abolished, r.series_revision
                FROM revisions r JOIN classes c ON c.id = r.class_id
                WHERE {condition} AND c.jurisdiction = ? AND c.number = ? ORDER BY r.id DESC LIMIT 1""",
            params,
        ).fetchone()
        if row is None:
            dates = ", ".join(d.isoformat() for d in self.revision_dates(jurisdiction, number) if d)
            raise ClassNotFound(f"{number}@{_iso(revision)}: no revision with that effective date ({dates or 'none'})")
        title, unit, effective, series_code, sections, established, abolished, block = row
        # The series as the document of this text gave it; a text with no series block, as the series stands.
        series = series_revision(self.conn, block) if block else None
        if series is None and series_code:
            series = self.series(jurisdiction, series_code)
        return ClassSpec(
            jurisdiction=jurisdiction,
            number=number,
            title=title,
            series=series,
            bargaining_unit=unit,
            effective_date=_date(effective),
            sections=sections_from_list(json.loads(sections)),
            established=_date(established),
            abolished=_date(abolished),
        )

    def spec_named(self, name: str) -> ClassSpec:
        jurisdiction, number, revision = self.resolve(name)
        return self.spec(jurisdiction, number, revision)

    def import_log(self) -> list[dict]:
        cursor = self.conn.execute("SELECT path, sha256, imported_at, format, result, classes FROM imports ORDER BY id")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # ---- drafts -------------------------------------------------------------------------------

    def draft(self, jurisdiction: str, number: str) -> ClassSpec | None:
        """The class's draft exactly as the analyst left it, or None."""
        stored = drafts.load_draft(self.conn, jurisdiction, number)
        if stored is None:
            return None
        code = stored["series_code"]
        return ClassSpec(
            jurisdiction=jurisdiction, number=number, title=stored["title"],
            series=self.series(jurisdiction, code) if code else None, bargaining_unit=stored["bargaining_unit"],
            effective_date=stored["effective_date"], sections=stored["sections"], established=stored["established"],
            source=stored["source"], draft=True,
        )

    def draft_based_on(self, jurisdiction: str, number: str) -> date | None:
        """The effective date of the revision the class's draft was made from."""
        stored = drafts.load_draft(self.conn, jurisdiction, number)
        return stored["based_on_date"] if stored else None

    def save_draft(self, spec: ClassSpec, source: str = "") -> None:
        drafts.save_draft(self.conn, spec, source)

    def delete_draft(self, jurisdiction: str, number: str) -> bool:
        return drafts.delete_draft(self.conn, jurisdiction, number)

    def adopt_draft(self, jurisdiction: str, number: str, effective: date) -> drafts.Adopted:
        return drafts.adopt_draft(self, jurisdiction, number, effective)

    # ---- saved comparisons --------------------------------------------------------------------

    def save_comparison(self, name: str, classes: list[str], options: dict, notes: str,
                        comparison_id: int | None = None, pairings: list[dict] | tuple = ()) -> int:
        return saved_comparisons.save_comparison(self.conn, name, classes, options, notes, comparison_id, pairings)

    def delete_saved_comparison(self, comparison_id: int) -> None:
        saved_comparisons.delete_saved_comparison(self.conn, comparison_id)

    def rename_saved_comparison(self, comparison_id: int, name: str) -> None:
        saved_comparisons.rename_saved_comparison(self.conn, comparison_id, name)

    # ---- drafts of notes ----------------------------------------------------------------------

    def has_audit_drafts(self) -> bool:
        """An audit's decision was left unsaved (the window reopens it at start)."""
        return self.conn.execute("SELECT 1 FROM audit_drafts LIMIT 1").fetchone() is not None

    def notes_drafts(self) -> list[NotesDraft]:
        return notes_drafts.notes_drafts(self.conn)

    def notes_draft(self, draft_id: int) -> NotesDraft | None:
        return notes_drafts.notes_draft(self.conn, draft_id)

    def keep_notes_draft(self, draft_id: int | None, saved_id: int | None, name: str, classes: list[str],
                         options: dict, notes: str, session: str | None = None) -> int:
        return notes_drafts.keep_notes_draft(self.conn, draft_id, saved_id, name, classes, options, notes, session)

    def claim_notes_drafts(self, draft_ids: list[int], session: str) -> None:
        notes_drafts.claim_notes_drafts(self.conn, draft_ids, session)

    def drop_notes_draft(self, draft_id: int) -> None:
        notes_drafts.drop_notes_draft(self.conn, draft_id)
