"""Opening a library file: refuse what is not ours, apply the versioned migrations in db/. SQLite only."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop_app.paths import migrations_folder
from desktop_app.store.errors import LibraryError  # noqa: F401 (where the other modules find it)
from desktop_app.store.in_force import bring_into_force
from desktop_app.store.library_file import examine, read_only_uri
from desktop_app.store.writing import BUSY_SECONDS, write_error, write_transaction


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
    found = examine(path, known_version())
    if found.kind == "refused":
        raise LibraryError(f"{path}: {found.reason}")
    if found.kind == "missing":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Only a new or an older library is written on opening; one to read (list, search, the window) is not.
        if not found.wal:
            conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn)
        bring_into_force(conn)  # a revision adopted ahead of its date, now come
    except (sqlite3.DatabaseError, LibraryError) as e:
        conn.close()
        if found.kind == "library" and found.wal and found.version == known_version():
            # Nothing to write on opening, yet it cannot be opened for writing (its folder is read-only, so no
            # -shm can be made beside it): read it as it is; a write then says the library is read-only.
            return _read_only(path)
        raise e if isinstance(e, LibraryError) else write_error(e, path=path) from None
    return conn


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_SECONDS)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        conn.close()
        raise LibraryError(f"{path}: cannot be opened ({e})") from None
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [(v, p) for v, _name, p in migrations() if v > current]
    if not pending:
        return
    for version, path in pending:
        # executescript would commit on its own; run each statement inside one transaction instead.
        with write_transaction(conn):
            if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                continue  # another program opening the same library migrated it meanwhile
            for statement in _statements(path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")


def _statements(sql: str):
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
