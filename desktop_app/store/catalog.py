"""What a library holds, as the window first shows it: series and classes with counts and dates, full-text
search, saved comparisons. SQLite only, no Qt.

Kept apart from library.py (specs and saving), and light to import, because the window reads the catalog before
its first paint; the rest of the store loads when a class is first opened (a Library over this catalog).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.store.schema import open_connection

# Jurisdictions and saved comparisons load when first listed: the window's first paint needs neither (nor the
# regular expressions and JSON they bring).
if TYPE_CHECKING:
    from desktop_app.core.jurisdictions import Jurisdiction
    from desktop_app.store.saved_comparisons import SavedComparison

MATCH_START, MATCH_END = "\x02", "\x03"


class ClassEntry(NamedTuple):
    """One class as the library lists it."""

    jurisdiction: str
    number: str
    title: str
    series_code: str
    effective_date: date | None
    revisions: int
    abolished: date | None = None

    @property
    def key(self) -> str:
        return f"{self.jurisdiction}:{self.number}"


class SeriesEntry(NamedTuple):
    jurisdiction: str
    code: str  # "" for the classes that belong to no series
    title: str
    classes: int


class DraftEntry(NamedTuple):
    """A class's draft as the library lists it: the effective date it proposes, when it was last saved."""

    key: str
    effective_date: date | None
    updated_at: str


class SearchHit(NamedTuple):
    """A class that matches, with the matching words in context; ``marked`` has them between
    MATCH_START and MATCH_END."""

    jurisdiction: str
    number: str
    title: str
    marked: str

    @property
    def snippet(self) -> str:
        """The context as plain text, the matching words in [brackets]."""
        return self.marked.replace(MATCH_START, "[").replace(MATCH_END, "]")


def _date(value: str | None) -> date | None:
    """spec_json.parse_iso_date, without importing the model for it."""
    return date.fromisoformat(value) if value else None


# A phrase in double quotes, or a word.
_TERMS = re.compile(r'"([^"]*)"|(\w+)')
# Words and phrases of a query that are searched; beyond them a query only narrows what it already found.
MAX_TERMS = 16


class Catalog:
    """One library file, opened to list and search it."""

    notice = ""  # a line to show once the library is open (an empty file given as the library became one)

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.conn = open_connection(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "classes": one("SELECT count(*) FROM classes"),
            "revisions": one("SELECT count(*) FROM revisions"),
            "series": one("SELECT count(DISTINCT jurisdiction || ':' || coalesce(series_code, '')) FROM classes"),
            "jurisdictions": one("SELECT count(DISTINCT jurisdiction) FROM classes"),
        }

    def classes(
        self, series_code: str | None = None, jurisdiction: str | None = None, number: str | None = None
    ) -> list[ClassEntry]:
        """Classes in tree order; ``series_code`` "" names the classes that belong to no series."""
        where, params = [], []
        if series_code == "":
            where.append("(c.series_code IS NULL OR c.series_code = '')")
        elif series_code is not None:
            where.append("c.series_code = ?")
            params.append(series_code)
        if jurisdiction is not None:
            where.append("c.jurisdiction = ?")
            params.append(jurisdiction)
        if number is not None:
            where.append("c.number = ?")
            params.append(number)
        sql = f"""
            SELECT c.jurisdiction, c.number, c.title, coalesce(c.series_code, ''), c.effective_date,
                   c.revision_count, c.abolished
            FROM classes c
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY c.jurisdiction, c.series_code, c.number"""
        return [
            ClassEntry(j, n, t, s, _date(e), count, _date(a))
            for j, n, t, s, e, count, a in self.conn.execute(sql, params).fetchall()
        ]

    def jurisdictions(self) -> list[Jurisdiction]:
        """The library's jurisdictions (code and name), by name."""
        from desktop_app.core.jurisdictions import Jurisdiction

        rows = self.conn.execute("SELECT code, name FROM jurisdictions ORDER BY name COLLATE NOCASE").fetchall()
        return [Jurisdiction(code, name) for code, name in rows]

    def jurisdiction_name(self, code: str) -> str:
        """The name of a jurisdiction ("State of Ohio (DAS)" for OH); its code when the library has no name for it."""
        row = self.conn.execute("SELECT name FROM jurisdictions WHERE code = ?", [code]).fetchone()
        return row[0] if row else code

    def earlier_revisions(self, jurisdiction: str, number: str) -> list[date]:
        """The effective dates of a class's other revisions (not the one that stands), newest first; a revision
        with no date, or with the current one's date, cannot be named and is left out."""
        rows = self.conn.execute(
            """SELECT DISTINCT r.effective_date FROM revisions r JOIN classes c ON c.id = r.class_id
               WHERE c.jurisdiction = ? AND c.number = ? AND r.effective_date IS NOT NULL
                 AND r.effective_date IS NOT coalesce(c.effective_date, '')
               ORDER BY r.effective_date DESC""",
            [jurisdiction, number],
        ).fetchall()
        return [date.fromisoformat(row[0]) for row in rows]

    def series_entries(self) -> list[SeriesEntry]:
        rows = self.conn.execute(
            """SELECT c.jurisdiction, coalesce(c.series_code, ''), coalesce(s.title, ''), count(*)
               FROM classes c LEFT JOIN series s ON s.jurisdiction = c.jurisdiction AND s.code = c.series_code
               GROUP BY c.jurisdiction, c.series_code ORDER BY c.jurisdiction, c.series_code"""
        ).fetchall()
        return [SeriesEntry(*row) for row in rows]

    def drafts(self) -> dict[str, DraftEntry]:
        """The classes that have a draft, by key."""
        rows = self.conn.execute(
            "SELECT c.jurisdiction || ':' || c.number, d.effective_date, d.updated_at "
            "FROM drafts d JOIN classes c ON c.id = d.class_id ORDER BY c.jurisdiction, c.number"
        ).fetchall()
        return {key: DraftEntry(key, _date(effective), updated) for key, effective, updated in rows}

    def keeps_unsaved_work(self) -> bool:
        """Notes or an audit's decision were kept unsaved (by a program that quit, crashed or is running)."""
        return self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM notes_drafts) OR EXISTS (SELECT 1 FROM audit_drafts)").fetchone()[0] == 1

    # ---- search -------------------------------------------------------------------------------

    @staticmethod
    def _match(query: str) -> str | None:
        """The FTS5 query: every word, the last as a prefix (it may be half typed); words in double quotes as a
        phrase ("peace officer": those words, next to each other). A quote left open counts for nothing."""
        terms = []
        for phrase, word in _TERMS.findall(query):
            words = re.findall(r"\w+", phrase) if phrase else [word] if word else []
            # A word given again adds nothing, and FTS5's time grows with the square of the terms.
            if words and (term := (" ".join(words), bool(phrase))) not in terms:
                terms.append(term)
        terms = terms[-MAX_TERMS:]  # the last one may be half typed: it stays
        if not terms:
            return None
        last, last_is_phrase = terms[-1]
        tail = f'"{last}"' if last_is_phrase else f'"{last}"*'
        return " ".join([f'"{text}"' for text, _ in terms[:-1]] + [tail])

    def search(self, query: str, limit: int | None = 50) -> list[SearchHit]:
        """Classes whose number, title or text hold every word of the query (the last word as a prefix),
        best first; ``limit`` None for every match."""
        match = self._match(query)
        if match is None:
            return []
        rows = self.conn.execute(
            """SELECT c.jurisdiction, c.number, c.title,
                      snippet(class_search, 2, char(2), char(3), ' … ', 12)
               FROM class_search JOIN classes c ON c.id = class_search.rowid
               WHERE class_search MATCH ? ORDER BY bm25(class_search, 10.0, 5.0, 1.0) LIMIT ?""",
            [match, -1 if limit is None else limit],
        ).fetchall()
        return [SearchHit(j, n, t, " · ".join(s.split("\n")).strip()) for j, n, t, s in rows]

    def search_count(self, query: str) -> int:
        match = self._match(query)
        if match is None:
            return 0
        return self.conn.execute("SELECT count(*) FROM class_search WHERE class_search MATCH ?", [match]).fetchone()[0]

    # ---- saved comparisons --------------------------------------------------------------------

    def saved_comparisons(self) -> list[SavedComparison]:
        from desktop_app.store import saved_comparisons

        return saved_comparisons.saved_comparisons(self.conn)

    def saved_comparison(self, comparison_id: int) -> SavedComparison | None:
        from desktop_app.store import saved_comparisons

        return saved_comparisons.saved_comparison(self.conn, comparison_id)
