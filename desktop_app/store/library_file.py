"""What a file given as the library holds, read as SQLite sees it (the main file with its -wal) and without writing
a byte of it: nothing yet, one of our libraries and its version, or a file to refuse. SQLite only, no Qt."""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
# In the file's header from migration 004 on ("CSPC"); libraries made before it are known by their tables.
APPLICATION_ID = 0x43535043
_FIRST_TABLES = frozenset(("series", "imports", "classes", "revisions", "class_search", "saved_comparisons"))
# The tables each version before the application id had, as its migrations left them.
TABLES_OF_VERSION = {1: _FIRST_TABLES, 2: _FIRST_TABLES, 3: _FIRST_TABLES | {"search_pending"}}


@dataclass(frozen=True)
class LibraryFile:
    """What is at a library's path. ``kind`` is "missing"; "empty" (a file of no bytes); "blank" (an SQLite file
    with nothing in it); "library" (ours, at ``version``); or "refused", with the ``reason``."""

    kind: str
    version: int = 0
    wal: bool = False  # in WAL mode already: opening it need not change the journal mode
    reason: str = ""


def examine(path: Path, known_version: int) -> LibraryFile:
    try:
        info = path.stat()
    except FileNotFoundError:
        return LibraryFile("missing")
    except OSError as e:
        return _refused(f"cannot be read ({e.strerror or e})")
    if stat.S_ISDIR(info.st_mode):
        return _refused("is a folder, not a library file")
    if not stat.S_ISREG(info.st_mode):
        return _refused("is not a file (a device or a pipe, perhaps); a library is a file")
    if info.st_size == 0:
        return LibraryFile("empty")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as e:
        return _refused(f"cannot be read ({e.strerror or e})")
    if header[:16] != SQLITE_MAGIC:
        return _refused("not a Class Spec Compare library (not an SQLite database)")
    try:
        version, application_id, tables = _contents(path)
    except sqlite3.DatabaseError as e:
        return _refused(f"not a readable library ({e}); it was not changed")
    wal = header[18:20] == b"\x02\x02"
    if application_id == APPLICATION_ID:
        if version > known_version:
            return _refused(f"made by a newer Class Spec Compare (library version {version}; "
                            f"this program knows up to {known_version}); it was not changed")
        return LibraryFile("library", version, wal)
    if application_id == 0 and version == 0 and not tables:
        return LibraryFile("blank", 0, wal)
    if application_id == 0 and version in TABLES_OF_VERSION and TABLES_OF_VERSION[version] <= tables:
        return LibraryFile("library", version, wal)
    return _refused("an SQLite database, but not a Class Spec Compare library; it was not changed")


def _refused(reason: str) -> LibraryFile:
    return LibraryFile("refused", reason=reason)


def _contents(path: Path) -> tuple[int, int, set[str]]:
    """(user_version, application_id, table names), read-only.

    With a -wal (or a rollback journal) beside it, the database is the main file and that journal together, so
    SQLite reads both: the main file alone may be in the middle of a checkpoint, and a table may live in the
    -wal only. Without one, the main file is the whole database, and it is read as immutable, so that no -wal
    or -shm appears beside a file that may not be ours (read_only_uri).
    """
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return version, application_id, tables
    finally:
        conn.close()


def read_only_uri(path: Path) -> str:
    """The URI that opens the file read-only as SQLite sees it: with its -wal (or rollback journal) when there
    is one, else the main file alone, as immutable, so that nothing is made beside it."""
    journal = any(_size(Path(f"{path}{suffix}")) for suffix in ("-wal", "-journal"))
    return path.resolve().as_uri() + ("?mode=ro" if journal else "?mode=ro&immutable=1")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
