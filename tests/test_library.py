"""The library file: round trip, revisions, idempotent re-import, atomic documents, foreign files refused."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from desktop_app.core.jurisdictions import Jurisdiction
from desktop_app.store.importing import import_paths
from desktop_app.store.library import ClassNotFound, Library
from desktop_app.store.library_file import APPLICATION_ID
from desktop_app.store.location import open_library
from desktop_app.store.schema import LibraryError, known_version
from tests.conftest import ROOT, SEED


def revised_seed(seed_text: str) -> str:
    """65251 revised on 2024-01-15 with one duty reworded; the other classes as they were."""
    start = seed_text.index("CLASS TITLE: Benefits Management Analyst")
    head, detail = seed_text[:start], seed_text[start:]
    summary = head.index("CLASS TITLE:\n\nBenefits Management Analyst")
    head = head[:summary] + head[summary:].replace("08/06/1995", "01/15/2024", 1)
    detail = detail.replace("08/06/1995", "01/15/2024", 1)
    detail = detail.replace("Attends meetings; provides advice", "Attends meetings; gives advice", 1)
    return head + detail


def test_round_trip_keeps_every_field(seeded_library, seed_specs):
    for number, spec in seed_specs.items():
        stored = seeded_library.spec("OH", number)
        assert stored == spec
        assert stored.series.title == "Benefits Management"
        assert stored.series.purpose == spec.series.purpose


def test_counts_and_listing(seeded_library):
    assert seeded_library.counts() == {"classes": 3, "revisions": 3, "series": 1, "jurisdictions": 1}
    assert [(e.key, e.title, e.revisions) for e in seeded_library.classes(series_code="6525")] == [
        ("OH:65250", "Benefits Management Representative", 1),
        ("OH:65251", "Benefits Management Analyst", 1),
        ("OH:65255", "Benefits Manager 1", 1),
    ]
    (series,) = seeded_library.series_entries()
    assert (series.code, series.title, series.classes) == ("6525", "Benefits Management", 3)


def test_reimporting_the_same_document_changes_nothing(seeded_library, tmp_path):
    seeded_library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(seeded_library.path.read_bytes()).hexdigest()
    copy = tmp_path / "again.txt"
    copy.write_bytes(SEED.read_bytes())
    (outcome,) = import_paths(seeded_library, [copy])
    assert outcome.line() == f"{copy}: unchanged"
    seeded_library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(seeded_library.path.read_bytes()).hexdigest() == before
    assert seeded_library.counts()["revisions"] == 3
    assert len(seeded_library.import_log()) == 1


def test_new_effective_date_adds_a_revision_and_keeps_the_old(seeded_library, seed_text, tmp_path):
    path = tmp_path / "6525-2024.txt"
    path.write_text(revised_seed(seed_text))
    (outcome,) = import_paths(seeded_library, [path])
    assert outcome.status == "revised"
    assert seeded_library.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2024, 1, 15)]
    assert seeded_library.revision_dates("OH", "65250") == [date(1995, 11, 12)]
    current = seeded_library.spec_named("65251")
    old = seeded_library.spec_named("65251@1995-08-06")
    assert current.effective_date == date(2024, 1, 15)
    assert current.section("duties").items[3].text.startswith("Attends meetings; gives advice")
    assert old.section("duties").items[3].text.startswith("Attends meetings; provides advice")
    assert seeded_library.spec_named("OH:65251@2024-01-15") == current
    assert [row["result"] for row in seeded_library.import_log()] == ["imported", "revised"]


def test_an_older_revision_imported_later_does_not_become_current(library, seed_text, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text(revised_seed(seed_text))
    import_paths(library, [new, SEED])
    assert library.spec_named("65251").effective_date == date(2024, 1, 15)
    assert len(library.revision_dates("OH", "65251")) == 2


def test_names_that_name_no_class(seeded_library):
    with pytest.raises(ClassNotFound, match="99999: no such class in the library"):
        seeded_library.spec_named("99999")
    with pytest.raises(ClassNotFound, match=r"no revision with that effective date \(1995-08-06\)"):
        seeded_library.spec_named("65251@2001-01-01")
    with pytest.raises(ClassNotFound, match="'soon' is not a date"):
        seeded_library.spec_named("65251@soon")


def test_the_hash_that_identifies_a_text_stays_what_libraries_hold(seeded_library):
    # Libraries already saved hold these; a changed hash would report every re-import as a revision.
    hashes = dict(seeded_library.conn.execute(
        "SELECT c.number, r.content_hash FROM revisions r JOIN classes c ON c.id = r.class_id"
    ).fetchall())
    assert hashes == {
        "65250": "01d459211fd9af211005d18f0d15de4fe41414e8bb45ce5c66f16e1f6fab740d",
        "65251": "d6b8f7476f53964f0da96f922ea19060d9edca84a9296f0ee878d69d59d6a4d8",
        "65255": "9dcc3c522d148aa056163dc8a6c5971f59813172a19b384a18476d4ecba1b1c2",
    }


def test_search_titles_and_text(seeded_library):
    assert [h.number for h in seeded_library.search("Benefits Manager")] == ["65255", "65251", "65250"]
    assert [h.number for h in seeded_library.search("friendly atmosphere")] == ["65255"]
    assert [h.number for h in seeded_library.search("managerial principl")] == ["65255", "65251"]
    assert [h.number for h in seeded_library.search("65250")] == ["65250", "65251"]
    assert seeded_library.search("   ") == []
    assert seeded_library.search('"unbalanced (quote') == []
    (hit,) = seeded_library.search("friendly")
    assert hit.snippet == "… but mostly concrete variables · establish [friendly] atmosphere as team leader of work …"


def test_a_failing_class_rolls_back_the_whole_document(library, monkeypatch):
    original = Library._save_revision
    calls = []

    def fail_on_third(self, item, *rest):
        calls.append(item.number)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(self, item, *rest)

    monkeypatch.setattr(Library, "_save_revision", fail_on_third)
    with pytest.raises(RuntimeError):
        import_paths(library, [SEED])
    assert library.counts()["classes"] == 0
    assert library.import_log() == []
    assert library.conn.execute("SELECT count(*) FROM series").fetchone()[0] == 0


def import_revised_seed_and_die(tmp_path, seed_text, die: str):
    """A library holding the seed; then a process imports the seed with 65251 revised and is killed (SIGKILL)
    where ``die`` (Python run before the import, with os and signal imported) says. Returns the library path."""
    path = tmp_path / "library.sqlite"
    revised = tmp_path / "revised.txt"
    revised.write_text(revised_seed(seed_text))
    with Library(path) as lib:
        import_paths(lib, [SEED])
    script = "\n".join([
        "import os, signal",
        "from desktop_app.store.library import Library",
        "from desktop_app.store.importing import import_paths",
        textwrap.dedent(die),
        f"import_paths(Library({str(path)!r}), [{str(revised)!r}])",
    ])
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert result.returncode == -9, result.stderr
    return path


def test_a_process_killed_mid_import_leaves_the_library_consistent(tmp_path, seed_text):
    path = import_revised_seed_and_die(tmp_path, seed_text, """
        original = Library._save_revision
        def die(self, item, *rest):
            original(self, item, *rest)
            os.kill(os.getpid(), signal.SIGKILL)
        Library._save_revision = die
    """)
    with Library(path) as lib:
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert lib.counts()["revisions"] == 3
        assert lib.revision_dates("OH", "65251") == [date(1995, 8, 6)]
        assert [row["result"] for row in lib.import_log()] == ["imported"]


def test_classes_saved_but_not_yet_indexed_are_indexed_by_the_next_import(tmp_path, seed_text):
    path = import_revised_seed_and_die(
        tmp_path, seed_text, "Library.index_for_search = lambda self: os.kill(os.getpid(), signal.SIGKILL)"
    )
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT class_id FROM search_pending").fetchall() == [(2,)]
    assert conn.execute("SELECT count(*) FROM class_search WHERE class_search MATCH 'gives advice'").fetchone() == (0,)
    conn.close()
    with Library(path) as lib:
        assert lib.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2024, 1, 15)]
        assert lib.search("gives advice") == []  # opening the library to read it writes nothing
        assert lib.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1
        (outcome,) = import_paths(lib, [SEED])
        assert outcome.status == "unchanged"
        assert [h.number for h in lib.search("gives advice")] == ["65251"]
        assert lib.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
        assert lib.conn.execute("SELECT count(*) FROM class_search").fetchone()[0] == 3
        assert lib.search_count("benefits") == 3


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Class Spec Compare library"):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_a_library_with_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE classes (id INTEGER)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {known_version() + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=rf"newer Class Spec Compare \(library version {known_version() + 1}"):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite"]


def test_a_library_in_wal_mode_with_a_newer_schema_gains_no_files(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE classes (id INTEGER)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {known_version() + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError):
        Library(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite"]


def test_a_library_in_a_folder_that_does_not_exist_is_refused(tmp_path):
    with pytest.raises(LibraryError, match="the folder .*no-such-folder does not exist"):
        open_library(tmp_path / "no-such-folder" / "library.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="an SQLite database, but not a Class Spec Compare library"):
        Library(path)


def test_a_new_library_is_filled_from_the_bundled_specs(tmp_path, monkeypatch):
    path = tmp_path / "fresh" / "library.sqlite"
    path.parent.mkdir()
    monkeypatch.setenv("CLASSCOMPARE_LIBRARY", str(path))
    with open_library() as lib:
        assert [e.number for e in lib.classes()] == ["65250", "65251", "65255"]
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == known_version()
    with open_library(tmp_path / "explicit.sqlite") as lib:
        assert lib.counts()["classes"] == 3


def test_saved_comparisons_round_trip(library):
    first = library.save_comparison("Series review", ["65250", "65251"], {"ignore_case": True}, "**Draft**")
    library.save_comparison("Series review", ["65250", "65251", "65255"], {}, "Final <b>notes</b>", first)
    (saved,) = library.saved_comparisons()
    assert (saved.id, saved.name, saved.classes, saved.options, saved.notes) == (
        first, "Series review", ("65250", "65251", "65255"), {}, "Final <b>notes</b>",
    )
    library.delete_saved_comparison(first)
    assert library.saved_comparisons() == []


def test_a_large_batch_is_parsed_in_worker_processes_in_file_order(tmp_path, library, monkeypatch):
    from desktop_app.store import importing
    from tests.test_ui_import_and_notes import renumbered_seed

    monkeypatch.setattr(importing, "PARALLEL_FROM", 4)
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(1, 7):
        (folder / f"{n:02}.txt").write_text(renumbered_seed(n))
    (folder / "07.txt").write_text("not a spec")
    outcomes = import_paths(library, [folder])
    assert [(o.path.rsplit("/", 1)[1], o.status) for o in outcomes] == [
        ("01.txt", "imported"), ("02.txt", "imported"), ("03.txt", "imported"), ("04.txt", "imported"),
        ("05.txt", "imported"), ("06.txt", "imported"), ("07.txt", "failed"),
    ]
    assert library.counts()["classes"] == 18


def test_words_in_double_quotes_are_searched_as_a_phrase(seeded_library):
    assert [h.number for h in seeded_library.search("atmosphere friendly")] == ["65255"]
    assert seeded_library.search('"atmosphere friendly"') == []
    assert [h.number for h in seeded_library.search('"establish friendly atmosphere"')] == ["65255"]
    assert [h.number for h in seeded_library.search('"friendly atmosphere" team')] == ["65255"]
    assert seeded_library.search_count('"leader team"') == 0
    assert seeded_library.search_count("leader team") == 3
    # A quote left open counts for nothing: the words are searched one by one.
    assert [h.number for h in seeded_library.search('"atmosphere friendly')] == ["65255"]


def test_search_counts_every_match_beyond_the_shown_ones(seeded_library):
    assert len(seeded_library.search("benefits", limit=2)) == 2
    assert seeded_library.search_count("benefits") == 3
    assert len(seeded_library.search("benefits", limit=None)) == 3
    assert seeded_library.search_count("  ") == 0


def test_a_document_that_puts_a_class_number_under_another_title_is_flagged(seeded_library, seed_text, tmp_path):
    start = seed_text.index("CLASS TITLE: Benefits Manager 1")
    other = seed_text[start:].replace("Benefits Manager 1", "Benefits Manager 2").replace("08/06/1995", "01/01/2020")
    path = tmp_path / "other.txt"
    path.write_text(other)
    (outcome,) = import_paths(seeded_library, [path])
    assert outcome.line() == (
        f"{path}: revised: OH:65255 was “Benefits Manager 1” and is now also “Benefits Manager 2”; "
        "OH:65255 has no Series purpose or Class concept section, which its revision of 1995-08-06 has"
    )


def test_a_library_of_the_first_version_is_migrated_with_its_listing_intact(tmp_path, monkeypatch):
    from desktop_app.store import schema

    path = tmp_path / "v1.sqlite"
    everything = schema.migrations()
    monkeypatch.setattr(schema, "migrations", lambda: everything[:1])
    monkeypatch.setattr(Library, "classes", lambda self, **kw: [])  # the listing of version 1 is not needed
    with Library(path) as old:
        old.conn.executescript("""
            INSERT INTO classes (id, jurisdiction, number, title, series_code) VALUES (1, 'OH', '65250', 'Rep', '6525');
            INSERT INTO revisions (id, class_id, effective_date, title, sections, content_hash)
                VALUES (1, 1, '1990-01-01', 'Rep', '[]', 'a'), (2, 1, '1995-11-12', 'Rep', '[]', 'b');
            UPDATE classes SET current_revision = 2 WHERE id = 1;
        """)
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    monkeypatch.undo()
    with Library(path) as migrated:
        assert migrated.conn.execute("PRAGMA user_version").fetchone()[0] == known_version()
        assert migrated.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        (entry,) = migrated.classes()
        assert (entry.key, entry.effective_date, entry.revisions) == ("OH:65250", date(1995, 11, 12), 2)
        assert migrated.jurisdictions() == [Jurisdiction("CA", "State of California (CalHR)"),
                                            Jurisdiction("OH", "State of Ohio (DAS)")]
