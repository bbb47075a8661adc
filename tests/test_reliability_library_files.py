"""Whatever file is given as the library, it is read as SQLite sees it, and a file that is not ours is never
written: refused with one line, byte for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from desktop_app.store.library_file import APPLICATION_ID
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
    left_in_its_wal(path, f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {newer};")
    before = fingerprint(path, Path(f"{path}-wal"))
    with pytest.raises(LibraryError) as refused:
        Library(path)
    assert str(refused.value) == (
        f"{path}: made by a newer Class Spec Compare (library version {newer}; this program knows up to "
        f"{known_version()}); it was not changed"
    )
    assert fingerprint(path, Path(f"{path}-wal")) == before


def another_programs_database(path: Path, version: int, application_id: int = 0, tables: str = "") -> dict:
    conn = sqlite3.connect(path)
    conn.executescript(f"{tables} PRAGMA user_version = {version}; PRAGMA application_id = {application_id};")
    conn.commit()
    conn.close()
    return fingerprint(path)


@pytest.mark.parametrize(("version", "application_id", "tables"), [
    (2, 0, "CREATE TABLE things (id INTEGER);"),  # a version this program has, and no library tables
    (3, 0, ""),  # the latest version before the application id, and no tables at all
    (1, 0, "CREATE TABLE classes (id INTEGER); CREATE TABLE revisions (id INTEGER);"),  # some tables of ours only
    (3, 0x0F055112, "CREATE TABLE series (id INTEGER);"),  # another program's application id
    (4, 0, "CREATE TABLE classes (id INTEGER);"),  # a version with an application id, without it
])
def test_another_programs_database_is_refused_byte_for_byte_whatever_its_version(tmp_path, version,
                                                                                   application_id, tables):
    path = tmp_path / "other.db"
    before = another_programs_database(path, version, application_id, tables)
    with pytest.raises(LibraryError) as refused:
        Library(path)
    assert str(refused.value) == f"{path}: an SQLite database, but not a Class Spec Compare library; it was not changed"
    assert fingerprint(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["other.db"]


def test_a_library_made_before_the_application_id_is_known_by_its_tables_and_gains_it(tmp_path, monkeypatch):
    from desktop_app.store import schema

    path = tmp_path / "v3.sqlite"
    everything = schema.migrations()
    monkeypatch.setattr(schema, "migrations", lambda: [m for m in everything if m[0] <= 3])
    Library(path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone() == (0,)
    conn.close()
    with Library(path) as library:
        assert library.conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert library.conn.execute("PRAGMA user_version").fetchone() == (known_version(),)


def test_a_new_library_carries_the_application_id(tmp_path):
    with Library(tmp_path / "new.sqlite") as library:
        assert library.conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
