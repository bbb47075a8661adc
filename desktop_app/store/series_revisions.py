"""A series' blocks (title, effective date, agencies, purpose) as documents gave them, kept by date as class texts
are: nothing stored is overwritten. The series table stands for the latest block. SQLite only, no Qt."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.core.model import Series
from desktop_app.core.spec_json import iso_date as _iso
from desktop_app.core.spec_json import series_from_dict


def save_series(conn: sqlite3.Connection, series: Series) -> int | None:
    """Keep the block (once), and let it stand for the series if it is the latest; returns its revision's id, or
    None for a series known only from a class number (no block, no title)."""
    values = {
        "title": series.title,
        "major_agencies": series.major_agencies,
        "effective_date": _iso(series.effective_date),
        "purpose": json.dumps(list(series.purpose), ensure_ascii=False),
    }
    row = conn.execute(
        "SELECT id, title, major_agencies, effective_date, purpose FROM series WHERE jurisdiction = ? AND code = ?",
        [series.jurisdiction, series.code],
    ).fetchone()
    if row is None:
        series_id = conn.execute(
            "INSERT INTO series (jurisdiction, code, title, major_agencies, effective_date, purpose) "
            "VALUES (?, ?, ?, ?, ?, ?)", [series.jurisdiction, series.code, *values.values()],
        ).lastrowid
    else:
        series_id, *standing = row
        newer = (values["effective_date"] or "") >= (standing[2] or "")
        # A block with a title stands over one derived from a class number; an older block never does.
        if standing != list(values.values()) and series.title and (newer or not standing[0]):
            conn.execute("UPDATE series SET title = ?, major_agencies = ?, effective_date = ?, purpose = ? "
                         "WHERE id = ?", [*values.values(), series_id])
    if not series.title:
        return None
    known = conn.execute(
        "SELECT id FROM series_revisions WHERE series_id = ? AND title = ? AND major_agencies = ? "
        "AND effective_date IS ? AND purpose = ?", [series_id, *values.values()],
    ).fetchone()
    if known:
        return known[0]
    return conn.execute(
        "INSERT INTO series_revisions (series_id, title, major_agencies, effective_date, purpose) "
        "VALUES (?, ?, ?, ?, ?)", [series_id, *values.values()],
    ).lastrowid


def series_revision(conn: sqlite3.Connection, revision_id: int) -> Series | None:
    """The series as the block of that id gave it."""
    row = conn.execute(
        """SELECT s.jurisdiction, s.code, r.title, r.major_agencies, r.effective_date, r.purpose
           FROM series_revisions r JOIN series s ON s.id = r.series_id WHERE r.id = ?""", [revision_id],
    ).fetchone()
    if row is None:
        return None
    j, c, t, agencies, effective, purpose = row
    return series_from_dict({"jurisdiction": j, "code": c, "title": t, "major_agencies": agencies,
                             "effective_date": effective, "purpose": json.loads(purpose)})
