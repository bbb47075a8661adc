"""A revision adopted ahead of its date waits for it: the class's current text is the latest in force, and the
revision becomes current when its day comes (the library is opened then), with its title and search words."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.cli import main
from desktop_app.store import in_force
from desktop_app.store.library import Library
from tests.conftest import SEED
from tests.test_cli_drafts import revised_seed


@pytest.fixture
def library_path(tmp_path, monkeypatch):
    monkeypatch.setattr(in_force, "today", lambda: date(2026, 12, 2))
    path = tmp_path / "lib.sqlite"
    assert main(["import", str(SEED), "--library", str(path)]) == 0
    return path


def _adopt_on(library_path, tmp_path, capsys, when: str) -> str:
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed().replace("Manages a wide range of ongoing", "Superintends a wide range of ongoing"))
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    capsys.readouterr()
    assert main(["draft", "65251", "--adopt", when, "--library", str(library_path)]) == 0
    return capsys.readouterr().out


def _first_duty(library_path) -> str:
    with Library(library_path) as library:
        spec = library.spec("OH", "65251")
        return next(s for s in spec.sections if s.kind == "duties").items[0].text[:33]


def test_a_revision_adopted_for_a_date_to_come_waits_for_its_day(library_path, tmp_path, capsys, monkeypatch):
    assert _adopt_on(library_path, tmp_path, capsys, "2027-07-01") == (
        "OH:65251: the draft is the revision effective 2027-07-01; it becomes the current revision on that day\n")
    assert _first_duty(library_path) == "Manages variety of both ongoing &"
    with Library(library_path) as library:
        assert library.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2027, 7, 1)]
        assert library.spec("OH", "65251").effective_date == date(1995, 8, 6)
        assert [h.number for h in library.search("superintends")] == []
    # The day comes: opening the library makes the revision the current text, search words and all.
    monkeypatch.setattr(in_force, "today", lambda: date(2027, 7, 1))
    assert _first_duty(library_path) == "Superintends a wide range of ongo"
    with Library(library_path) as library:
        assert library.spec("OH", "65251").effective_date == date(2027, 7, 1)
        assert [h.number for h in library.search("superintends")] == ["65251"]
        assert [e.effective_date for e in library.classes() if e.number == "65251"] == [date(2027, 7, 1)]
        # Opened again, nothing is due: nothing is written.
        assert in_force.due(library.conn) == []


def test_a_revision_adopted_for_today_or_before_is_current_at_once(library_path, tmp_path, capsys):
    assert _adopt_on(library_path, tmp_path, capsys, "2026-12-02") == (
        "OH:65251: the draft is the revision effective 2026-12-02; it is now the current revision\n")
    assert _first_duty(library_path) == "Superintends a wide range of ongo"


def test_a_class_whose_every_revision_is_to_come_stands_as_the_first_of_them(tmp_path, monkeypatch):
    monkeypatch.setattr(in_force, "today", lambda: date(1990, 1, 1))
    path = tmp_path / "lib.sqlite"
    assert main(["import", str(SEED), "--library", str(path)]) == 0
    with Library(path) as library:
        assert library.spec("OH", "65251").effective_date == date(1995, 8, 6)


def test_the_library_tree_lists_a_revision_to_come_as_such(library_path, tmp_path, capsys, make_window):
    _adopt_on(library_path, tmp_path, capsys, "2027-07-01")
    window = make_window(library_path)
    model = window.panel.tree_model
    analyst = model.index_of("OH:65251")
    assert model.index(0, 0, analyst).data() == "Revision to come, effective 2027-07-01"
    assert model.index(0, 0, analyst).data(3).endswith(  # its tooltip (Qt.ToolTipRole)
        ">OH:65251 Benefits Management Analyst as it stands from 2027-07-01, when it becomes the current text</p>")
    # Read, it says it is not the current text yet.
    window.panel.tree.setCurrentIndex(model.index(0, 0, analyst))
    assert window.tabs.tabText(0) == "65251@2027-07-01 Benefits Management Analyst"
    assert window.spec_view.toPlainText().splitlines()[1] == (
        "A revision to come: it becomes the current text on 2027-07-01 (the current one is effective 1995-08-06).")


def test_a_draft_adopted_before_a_revision_to_come_says_that_one_lacks_its_changes(library_path, tmp_path, capsys):
    _adopt_on(library_path, tmp_path, capsys, "2027-07-01")
    other = tmp_path / "65251-other.txt"
    other.write_text(revised_seed().replace("Attends meetings;", "Attends and chairs meetings;"))
    main(["draft", "65251", "--from", str(other), "--library", str(library_path)])
    capsys.readouterr()
    assert main(["draft", "65251", "--adopt", "2026-12-01", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "OH:65251: the draft is the revision effective 2026-12-01; it is now the current revision",
        "OH:65251: the revision effective 2027-07-01 was drafted from another text and does not carry this "
        "draft's changes; draft it again from this revision if it should",
    ]
