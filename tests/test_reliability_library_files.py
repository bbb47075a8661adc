"""Whatever file is given as the library, it is read as SQLite sees it, and a file that is not ours is never
written: refused with one line, byte for byte as it was."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from desktop_app.store.schema import LibraryError, known_version


def left_in_its_wal(path: Path, sql: str) -> None:
    """A database in WAL mode whose last transactions (``sql``) are in its -wal only: the program that wrote
    them ended without a checkpoint, as a killed one does."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.executescript({sql!r})
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0


def fingerprint(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


def test_another_programs_tables_that_are_only_in_its_wal_are_seen_and_the_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    left_in_its_wal(path, "CREATE TABLE things (id INTEGER); INSERT INTO things VALUES (1);")
    before = fingerprint(path, Path(f"{path}-wal"))
    with pytest.raises(LibraryError) as refused:
        Library(path)
    assert str(refused.value) == f"{path}: an SQLite database, but not a Class Spec Compare library; it was not changed"
    assert fingerprint(path, Path(f"{path}-wal")) == before


def test_a_newer_version_that_is_only_in_the_wal_is_seen_and_the_file_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    newer = known_version() + 1
    left_in_its_wal(path, f"PRAGMA user_version = {newer};")
    before = fingerprint(path, Path(f"{path}-wal"))
    with pytest.raises(LibraryError) as refused:
        Library(path)
    assert str(refused.value) == (
        f"{path}: made by a newer Class Spec Compare (library version {newer}; this program knows up to "
        f"{known_version()}); it was not changed"
    )
    assert fingerprint(path, Path(f"{path}-wal")) == before
