"""Whatever goes wrong around a library or an import says so in one line, never a traceback; the window says it in
a message. File names show as they can be read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.store.importing import ImportStopped, import_paths
from desktop_app.store.library import Library
from desktop_app.store.location import open_library
from tests.calhr_pages import FIXTURES
from tests.conftest import ROOT, SEED


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


@contextmanager
def read_only(path: Path):
    """``path`` (a file or a folder) cannot be written while inside, even by root (the immutable attribute)."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            pytest.skip("root, and no immutable attribute on this file system: nothing is read-only to root")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(mode & 0o555)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def seed_library(tmp_path) -> Path:
    folder = tmp_path / "libraries"
    folder.mkdir()
    path = folder / "lib.sqlite"
    open_library(path).close()
    return path


def listing_of(path: Path) -> list[str]:
    listed = run("list", "--library", str(path))
    assert (listed.returncode, listed.stderr) == (0, "")
    return [line.split()[0] for line in listed.stdout.splitlines()]


# ---- the library file -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "make", "reason"), [
    ("null", None, "is not a file (a device or a pipe, perhaps); a library is a file"),
    ("pipe", os.mkfifo, "is not a file (a device or a pipe, perhaps); a library is a file"),
    ("folder", os.mkdir, "is a folder, not a library file"),
])
def test_what_is_not_a_file_is_refused_as_the_library_in_one_line(tmp_path, name, make, reason):
    path = Path("/dev/null") if make is None else tmp_path / name
    if make is not None:
        make(path)
    for command in (["list"], ["search", "benefits"], ["import", str(SEED)], ["show", "--all"]):
        result = run(*command, "--library", str(path))
        assert (result.returncode, result.stdout, result.stderr) == (2, "", f"classcompare: {path}: {reason}\n")


def test_a_read_only_library_is_read_and_an_import_into_it_says_why_not(seed_library):
    with read_only(seed_library):
        assert listing_of(seed_library) == ["OH:65250", "OH:65251", "OH:65255"]
        result = run("import", "--library", str(seed_library), str(FIXTURES / "0010.html"))
    assert (result.returncode, result.stderr) == (2, (
        f"classcompare: {seed_library}: the library is read-only (the file or its folder cannot be written); "
        "nothing was changed\n"
    ))
    assert result.stdout == "0 documents: 0 imported, 0 revised, 0 unchanged, 0 failed\n"


def test_a_library_in_a_read_only_folder_is_read_and_an_import_says_why_not(seed_library):
    with read_only(seed_library.parent):
        assert listing_of(seed_library) == ["OH:65250", "OH:65251", "OH:65255"]
        search = run("search", "friendly", "--library", str(seed_library))
        assert (search.returncode, search.stdout.splitlines()[0]) == (0, "OH:65255    Benefits Manager 1")
        result = run("import", "--library", str(seed_library), str(FIXTURES / "0010.html"))
        assert sorted(p.name for p in seed_library.parent.iterdir()) == ["lib.sqlite"]
    assert (result.returncode, result.stderr) == (2, (
        f"classcompare: {seed_library}: the library is read-only (the file or its folder cannot be written); "
        "nothing was changed\n"
    ))


def damaged(path: Path) -> Path:
    """The library with the pages of its revisions overwritten, as a failing disk leaves it."""
    with Library(path) as library:
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [n for (n,) in library.conn.execute("SELECT pageno FROM dbstat WHERE name = 'revisions'")]
    with path.open("r+b") as f:
        for page in pages:
            f.seek((page - 1) * 4096)
            f.write(b"\xff" * 4096)
    return path


def test_a_damaged_library_says_so_in_one_line(seed_library):
    damaged(seed_library)
    result = run("show", "--all", "--library", str(seed_library))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"classcompare: {seed_library}: the library could not be read (database disk image is malformed)\n"
    )


def test_a_damaged_library_is_a_message_in_the_window(make_window, seed_library):
    from desktop_app.store.catalog import Catalog

    damaged(seed_library)
    with Catalog(seed_library) as catalog:  # the listing reads the classes table, which is whole
        assert len(catalog.classes()) == 3
    window = make_window(seed_library)
    window.show_class("OH:65251")
    assert window.last_message.text() == (
        f"{seed_library}: the library could not be read (database disk image is malformed)"
    )
    window.last_message.close()


def test_an_empty_file_becomes_a_library_with_a_line_saying_so(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    result = run("list", "--library", str(path))
    assert result.returncode == 0
    assert result.stderr == f"classcompare: {path} was an empty file; it is now a new library with the bundled specs\n"
    assert len(result.stdout.splitlines()) == 3


# ---- the import -----------------------------------------------------------------------------------------------

def test_file_names_that_are_not_utf8_or_hold_a_newline_are_shown_escaped(tmp_path, seed_library):
    folder = tmp_path / "inbox"
    folder.mkdir()
    latin1 = os.fsdecode(b"caf\xe9.html")
    (folder / latin1).write_text((FIXTURES / "0010.html").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "line\nbreak.html").write_text((FIXTURES / "0175.html").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("import", "--library", str(seed_library), str(folder))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"{folder}/caf\\xe9.html: imported",
        f"{folder}/line\\nbreak.html: imported",
        "2 documents: 2 imported, 0 revised, 0 unchanged, 0 failed",
    ]
    with Library(seed_library) as library:
        assert [row["path"] for row in library.import_log()][-2:] == [
            f"{folder}/caf\\xe9.html", f"{folder}/line\\nbreak.html",
        ]


def test_an_empty_name_is_not_taken_for_the_current_folder(seed_library):
    result = run("import", "--library", str(seed_library), "")
    assert (result.returncode, result.stdout, result.stderr) == (
        2, "", "classcompare import: an empty name is not a file or folder\n"
    )


def test_a_sub_folder_that_cannot_be_read_is_named_in_the_summary(tmp_path, library, monkeypatch):
    folder = tmp_path / "inbox"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(SEED, folder / "6525.txt")
    scandir = os.scandir

    def refusing(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    outcomes = import_paths(library, [folder])
    assert [o.line() for o in outcomes] == [
        f"{folder}/6525.txt: imported",
        f"{folder}/locked: failed: the folder cannot be read (Permission denied)",
    ]


def test_a_disk_that_fills_up_stops_the_import_in_one_line_and_keeps_what_was_saved(tmp_path, library):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02}.html").write_text((FIXTURES / "0010.html").read_text(encoding="utf-8")
                                             .replace("0010", f"90{n:02}"), encoding="utf-8")
    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    library.conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # the disk holds a few more pages only
    with pytest.raises(ImportStopped) as stopped:
        import_paths(library, [folder])
    assert str(stopped.value) == (
        f"{library.path}: the disk is full: the library could not be written, and holds what was saved before"
    )
    saved = stopped.value.outcomes
    assert 0 < len(saved) < 40 and {o.status for o in saved} == {"imported"}
    assert library.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert library.counts()["classes"] == len(saved)


def test_an_import_stopped_in_the_window_keeps_its_count_and_says_why(window, qtbot, tmp_path, monkeypatch):
    from desktop_app.store import library as store
    from desktop_app.store.errors import LibraryError

    original = store.Library.save_prepared
    calls = []

    def full_after_one(self, document, path, sha256):
        calls.append(path)
        if len(calls) == 2:
            raise LibraryError(f"{self.path}: the disk is full: the library could not be written, "
                                     "and holds what was saved before")
        return original(self, document, path, sha256)

    monkeypatch.setattr(store.Library, "save_prepared", full_after_one)
    first, second = tmp_path / "0010.html", tmp_path / "0175.html"
    shutil.copy(FIXTURES / "0010.html", first)
    shutil.copy(FIXTURES / "0175.html", second)
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_paths([str(first), str(second)])
    assert window.last_message.text() == (
        f"Import stopped: {window.library_path}: the disk is full: the library could not be written, and holds "
        "what was saved before.\n\n1 document: 1 imported, 0 revised, 0 unchanged, 0 failed."
    )
    window.last_message.close()

