"""Two programs on one library: readers never write, writers wait their turn, and no import dies of a lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from desktop_app.store.catalog import Catalog
from desktop_app.store.library import Library
from tests.calhr_pages import calhr_batch
from tests.conftest import ROOT, SEED

PAGES = 400  # two search-index batches: between them, the saved classes wait in search_pending


def start_import(library, folder) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "import", "--library", str(library), str(folder)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_import_runs_to_its_end_while_another_program_lists_and_searches(tmp_path):
    library = tmp_path / "lib.sqlite"
    Library(library).close()
    importer = start_import(library, calhr_batch(tmp_path / "batch", PAGES))
    readings, changes = 0, 0
    while importer.poll() is None:
        with Catalog(library) as reader:
            reader.classes()
            reader.search("liaison")
            reader.search_count("county")
            changes += reader.conn.total_changes
        readings += 1
    out, err = importer.communicate()
    assert (importer.returncode, err) == (0, "")
    assert out.splitlines()[-1] == f"{PAGES} documents: {PAGES} imported, 0 revised, 0 unchanged, 0 failed"
    assert readings > 10
    assert changes == 0  # a reader never writes, not even the index of what an import has saved so far
    with Catalog(library) as after:
        assert after.search_count("liaison") == PAGES


def test_two_imports_at_once_both_run_to_their_end(tmp_path):
    library = tmp_path / "lib.sqlite"
    Library(library).close()
    first = start_import(library, calhr_batch(tmp_path / "first", PAGES, first=9000))
    second = start_import(library, calhr_batch(tmp_path / "second", PAGES, first=20000))
    for importer in (first, second):
        out, err = importer.communicate(timeout=300)
        assert (importer.returncode, err) == (0, "")
        assert out.splitlines()[-1] == f"{PAGES} documents: {PAGES} imported, 0 revised, 0 unchanged, 0 failed"
    with Library(library) as after:
        assert after.counts()["classes"] == 2 * PAGES
        assert after.search_count("liaison") == 2 * PAGES
        assert after.conn.execute("SELECT count(*) FROM search_pending").fetchone() == (0,)


def test_a_writer_that_waited_too_long_says_another_program_is_writing(tmp_path, monkeypatch, capsys):
    from desktop_app.cli import main
    from desktop_app.store import schema

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program, in the middle of writing
    monkeypatch.setattr(schema, "BUSY_SECONDS", 0.2)
    try:
        assert main(["import", "--library", str(library), str(SEED)]) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert capsys.readouterr().err == (
        f"classcompare: {library}: another program is writing to the library (another import?); "
        "try again when it has finished\n"
    )
    with Library(library) as after:
        assert after.counts()["classes"] == 0
