"""Opening a library file: refuse what is not ours, apply the versioned migrations in db/. SQLite only."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop_app.paths import migrations_folder
from desktop_app.store.search_index import index_left_over

_SQLITE_MAGIC = b"SQLite format 3\x00"


class LibraryError(Exception):
    """A library file that cannot be opened; the file is left exactly as it was."""


def migrations() -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(migrations_folder().glob("*.sql")):
        m = re.match(r"(\d+)_", path.name)
        if m:
            found.append((int(m.group(1)), path.stem, path))
    return found


def known_version() -> int:
    return max((v for v, _, _ in migrations()), default=0)


def open_connection(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the library at ``path``; refuse foreign or newer files untouched."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            if f.read(16) != _SQLITE_MAGIC:
                raise LibraryError(f"{path}: not a Class Spec Compare library (not an SQLite database)")
        version = _read_version(path)
        if version > known_version():
            raise LibraryError(
                f"{path}: made by a newer Class Spec Compare (library version {version}; "
                f"this program knows up to {known_version()}); it was not changed"
            )
        if version == 0 and _has_tables(path):
            raise LibraryError(f"{path}: an SQLite database, but not a Class Spec Compare library")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    _migrate(conn)
    index_left_over(conn)
    return conn


def _read_version(path: Path) -> int:
    # Read-only and immutable: a file we refuse must stay byte-for-byte as it was, with no -wal or -shm beside it.
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise LibraryError(f"{path}: not a readable library ({e})") from None
    finally:
        conn.close()


def _has_tables(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [(v, p) for v, _name, p in migrations() if v > current]
    if not pending:
        return
    from sqlite_utils import Database

    db = Database(conn)
    for version, path in pending:
        # executescript would commit on its own; run each statement inside one transaction instead.
        with db.atomic():
            for statement in _statements(path.read_text(encoding="utf-8")):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version}")


def _statements(sql: str):
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
