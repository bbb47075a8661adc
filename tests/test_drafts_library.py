"""Drafts in the library: saved exactly, kept across a restart and a killed process, never the current revision,
never touched by an import, deleted, compared as NUMBER@draft, and adopted as a revision in one transaction."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from desktop_app.core.compare import compare
from desktop_app.core.drafts import EditItem, InsertItem, SetField, new_draft
from desktop_app.core.model import Item
from desktop_app.core.reports.comparison_report import class_lines
from desktop_app.store.drafts import DraftNotAdopted
from desktop_app.store.importing import import_paths
from desktop_app.store.library import ClassNotFound, Library
from tests.conftest import ROOT, SEED


def analyst_draft(library: Library):
    draft = new_draft(library.spec("OH", "65251"))
    duties = draft.sections[2]
    for edit in (
        SetField("title", draft.title, "Senior Benefits Management Analyst"),
        SetField("effective_date", None, date(2025, 7, 1)),
        EditItem(2, 0, duties.items[0], Item(duties.items[0].text.replace("variety", "a wide range"))),
        InsertItem(2, 4, Item("Represents the agency at grievance hearings.")),
        InsertItem(4, 1, Item("")),  # just added, not written yet
    ):
        draft = edit.apply(draft)
    return draft


def test_a_draft_is_saved_and_read_back_exactly(seeded_library):
    draft = analyst_draft(seeded_library)
    seeded_library.save_draft(draft)
    assert seeded_library.draft("OH", "65251") == draft
    assert seeded_library.draft_based_on("OH", "65251") == date(1995, 8, 6)
    (entry,) = seeded_library.catalog.drafts().values()
    assert (entry.key, entry.effective_date) == ("OH:65251", date(2025, 7, 1))
    assert seeded_library.draft("OH", "65250") is None


def test_a_draft_survives_closing_the_library(seeded_library):
    draft = analyst_draft(seeded_library)
    seeded_library.save_draft(draft)
    path = seeded_library.path
    seeded_library.close()
    with Library(path) as reopened:
        assert reopened.draft("OH", "65251") == draft


def test_a_draft_survives_a_killed_process(tmp_path):
    path = tmp_path / "library.sqlite"
    script = f"""
import os, signal
from datetime import date
from desktop_app.store.importing import import_paths
from desktop_app.store.library import Library
from desktop_app.core.drafts import SetField, new_draft
library = Library({str(path)!r})
import_paths(library, [{str(SEED)!r}])
draft = new_draft(library.spec("OH", "65251"))
library.save_draft(SetField("title", draft.title, "Written before the kill").apply(draft))
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr
    with Library(path) as reopened:
        assert reopened.draft("OH", "65251").title == "Written before the kill"


def test_a_draft_is_never_the_current_revision_and_no_import_touches_it(seeded_library, tmp_path):
    draft = analyst_draft(seeded_library)
    seeded_library.save_draft(draft)
    assert seeded_library.spec("OH", "65251").title == "Benefits Management Analyst"
    entry = seeded_library.classes(number="65251")[0]
    assert (entry.title, entry.effective_date, entry.revisions) == ("Benefits Management Analyst",
                                                                    date(1995, 8, 6), 1)
    assert seeded_library.revision_dates("OH", "65251") == [date(1995, 8, 6)]
    assert seeded_library.search("grievance") == []
    revised = tmp_path / "revised.txt"
    revised.write_text(SEED.read_text().replace("08/06/1995", "01/01/2026"))
    outcomes = import_paths(seeded_library, [SEED, revised])
    assert [o.status for o in outcomes] == ["unchanged", "revised"]
    assert seeded_library.draft("OH", "65251") == draft
    assert seeded_library.draft_based_on("OH", "65251") == date(1995, 8, 6)


def test_a_draft_can_be_deleted(seeded_library):
    seeded_library.save_draft(analyst_draft(seeded_library))
    assert seeded_library.delete_draft("OH", "65251") is True
    assert seeded_library.draft("OH", "65251") is None
    assert seeded_library.catalog.drafts() == {}
    assert seeded_library.delete_draft("OH", "65251") is False
    assert seeded_library.spec("OH", "65251").title == "Benefits Management Analyst"


def test_a_draft_is_named_number_at_draft_and_compared_with_the_current_revision(seeded_library):
    seeded_library.save_draft(analyst_draft(seeded_library))
    assert seeded_library.resolve("65251@draft") == ("OH", "65251", "draft")
    draft = seeded_library.spec_named("OH:65251@draft")
    assert draft.draft and draft.title == "Senior Benefits Management Analyst"
    assert [i.text for i in draft.sections[4].items] == ["operation of word processing equipment or personal "
                                                         "computer"]  # the blank item is no item
    comparison = compare([seeded_library.spec_named("65251"), draft])
    assert comparison.labels == ("65251", "65251@draft")
    assert class_lines(comparison) == [
        "65251 — Benefits Management Analyst (OH:65251, effective 1995-08-06)",
        "65251@draft — Senior Benefits Management Analyst (OH:65251, draft, proposed effective 2025-07-01)",
    ]
    duties = comparison.section("duties")
    assert [(r.status, r.at) for r in duties.rows] == [("changed", None), ("same", None), ("same", None),
                                                        ("same", None), ("added", "65251@draft")]
    with pytest.raises(ClassNotFound, match="OH:65250@draft: the class has no draft"):
        seeded_library.spec_named("65250@draft")
    with pytest.raises(ClassNotFound, match="'drafts' is not a date"):
        seeded_library.spec_named("65250@drafts")


def test_adopting_a_draft_makes_it_the_current_revision_and_the_log_says_so(seeded_library):
    seeded_library.save_draft(analyst_draft(seeded_library))
    adopted = seeded_library.adopt_draft("OH", "65251", date(2025, 9, 1))
    assert adopted == ("OH:65251", date(2025, 9, 1), True, False, ())
    assert seeded_library.draft("OH", "65251") is None
    assert seeded_library.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2025, 9, 1)]
    current = seeded_library.spec("OH", "65251")
    assert (current.title, current.effective_date, current.draft) == (
        "Senior Benefits Management Analyst", date(2025, 9, 1), False)
    assert current.sections[2].items[4].text == "Represents the agency at grievance hearings."
    assert len(current.sections[4].items) == 1
    assert seeded_library.spec("OH", "65251", date(1995, 8, 6)).title == "Benefits Management Analyst"
    entry = seeded_library.classes(number="65251")[0]
    assert (entry.title, entry.effective_date, entry.revisions) == ("Senior Benefits Management Analyst",
                                                                    date(2025, 9, 1), 2)
    last = seeded_library.import_log()[-1]
    assert (last["path"], last["format"], last["result"], last["classes"]) == (
        "draft of OH:65251", "draft", "adopted", '["65251"]')
    assert [h.number for h in seeded_library.search("grievance")] == ["65251"]


def test_a_draft_adopted_with_an_earlier_date_is_kept_but_not_current(seeded_library):
    seeded_library.save_draft(analyst_draft(seeded_library))
    assert seeded_library.adopt_draft("OH", "65251", date(1990, 1, 1)).current is False
    assert seeded_library.spec("OH", "65251").title == "Benefits Management Analyst"
    assert seeded_library.spec("OH", "65251", date(1990, 1, 1)).title == "Senior Benefits Management Analyst"


def test_a_draft_that_is_a_revision_already_is_not_adopted_and_stays(seeded_library):
    seeded_library.save_draft(new_draft(seeded_library.spec("OH", "65251")))
    with pytest.raises(DraftNotAdopted, match="is the same text as a revision the library has"):
        seeded_library.adopt_draft("OH", "65251", date(1995, 8, 6))
    assert seeded_library.draft("OH", "65251") is not None
    with pytest.raises(DraftNotAdopted, match="OH:65250 has no draft"):
        seeded_library.adopt_draft("OH", "65250", date(2025, 1, 1))


def test_a_draft_is_not_adopted_on_the_date_of_a_revision_the_class_has(seeded_library):
    seeded_library.save_draft(analyst_draft(seeded_library))
    with pytest.raises(DraftNotAdopted) as refused:
        seeded_library.adopt_draft("OH", "65251", date(1995, 8, 6))
    assert str(refused.value) == ("OH:65251 already has a revision effective 1995-08-06: give the draft the date "
                                  "its new text takes effect, a day no other revision has")
    assert seeded_library.revision_dates("OH", "65251") == [date(1995, 8, 6)]
    assert seeded_library.spec("OH", "65251", date(1995, 8, 6)).title == "Benefits Management Analyst"
    assert seeded_library.draft("OH", "65251") is not None


def test_adopting_is_one_transaction(seeded_library, monkeypatch):
    seeded_library.save_draft(analyst_draft(seeded_library))
    log = seeded_library.import_log()

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(Library, "_save_revision", broken)
    with pytest.raises(OSError):
        seeded_library.adopt_draft("OH", "65251", date(2025, 9, 1))
    assert seeded_library.import_log() == log
    assert seeded_library.draft("OH", "65251") is not None
    assert seeded_library.revision_dates("OH", "65251") == [date(1995, 8, 6)]
