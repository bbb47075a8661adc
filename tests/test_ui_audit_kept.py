"""An audit's decision is never lost: a draft as the analyst writes, the modified mark, Save / Discard / Cancel on
close and quit, the audit back after a crash; saved audits reopen at start and can be deleted."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.audit.decision import Decision
from desktop_app.store.audit_drafts import audit_drafts
from desktop_app.store.audits import audits
from tests.conftest import ended
from tests.test_ui_audit import _audit_from_file
from tests.test_ui_notes_kept import answer

TITLE = "Health Benefits Specialist - Agency Liaison Desk"
RATIONALE = "Liaison casework is the first level's work."


def write_rationale(tab, qtbot, text: str = RATIONALE) -> None:
    tab.rationale.setFocus()
    tab.rationale.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(tab.rationale, text)
    qtbot.wait(1300)  # the draft is written a second after the last key


def test_a_rationale_written_is_kept_as_a_draft_and_the_tab_is_marked(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    assert window.tabs.tabText(1) == f"Audit: {TITLE}"
    write_rationale(tab, qtbot)
    assert window.tabs.tabText(1) == f"• Audit: {TITLE}"
    assert window.isWindowModified()
    (draft,) = audit_drafts(window.library.conn)
    assert (draft.id, draft.audit_id, draft.classes, draft.rationale) == (
        tab.draft_id, None, ("OH:65250", "OH:65251"), RATIONALE)
    window.audits.save(tab)
    assert window.tabs.tabText(1) == f"Audit 1: {TITLE}"
    assert not window.isWindowModified()
    assert audit_drafts(window.library.conn) == []  # the saved audit holds the decision now


def test_closing_an_audit_with_a_decision_not_saved_asks_and_cancel_keeps_it_open(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    write_rationale(tab, qtbot)
    asked = []
    answer(QMessageBox.StandardButton.Cancel, answers=asked)
    window.close_current_tab()
    assert asked == [f"The decision of “Audit: {TITLE}” is not saved."]
    assert window.tabs.count() == 2 and window.tabs.currentWidget() is tab
    answer(QMessageBox.StandardButton.Discard)
    window.close_current_tab()
    assert window.tabs.count() == 1
    assert audit_drafts(window.library.conn) == []


def test_save_on_close_saves_the_audit_with_its_decision(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    write_rationale(tab, qtbot)
    answer(QMessageBox.StandardButton.Save)
    window.close_current_tab()
    assert window.tabs.count() == 1
    ((entry),) = audits(window.library.conn)
    assert (entry.id, entry.position_title) == (1, TITLE)
    assert window.audits.open_saved(1).rationale.toPlainText() == RATIONALE


def test_an_audit_not_saved_comes_back_from_its_draft_after_a_crash(make_window, qtbot):
    first = make_window()
    tab = _audit_from_file(first, qtbot)
    write_rationale(tab, qtbot)
    ranking = tab.ranking
    # A crash: the window is gone without asking; the draft in the library is all there is.
    ended(first)
    second = make_window(first.library_path)
    (back,) = second.audits.tabs()
    assert back.rationale.toPlainText() == RATIONALE
    assert back.compared() == ["OH:65250", "OH:65251"]
    assert back.ranking == ranking
    assert back.modified and back.audit_id is None
    assert second.tabs.tabText(second.tabs.indexOf(back)) == f"• Audit: {TITLE}"
    assert second.statusBar().currentMessage() == (
        f"Audit decisions not saved last time are back: “Audit: {TITLE}”")
    first.audits.keeper.discard_all()  # the test's first window is not asked at its end


def test_a_saved_audit_left_open_reopens_at_start_with_its_changes_not_saved(make_window, qtbot):
    first = make_window()
    tab = _audit_from_file(first, qtbot)
    tab.set_decision(Decision("OH:65250", date(2026, 7, 1), "First level."))
    first.audits.save(tab)
    first.save_settings()
    write_rationale(tab, qtbot, " Reviewed again.")
    ended(first)
    second = make_window(first.library_path)
    (back,) = second.audits.tabs()
    assert back.audit_id == 1
    assert back.rationale.toPlainText() == "First level. Reviewed again."
    assert back.modified
    assert second.tabs.tabText(second.tabs.indexOf(back)) == f"• Audit 1: {TITLE}"
    # Discarded, the audit is as saved.
    answer(QMessageBox.StandardButton.Discard)
    second.close_current_tab()
    assert second.audits.open_saved(1).rationale.toPlainText() == "First level."
    first.audits.keeper.discard_all()


def test_a_saved_audit_is_deleted_from_the_positions_list_once_confirmed(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    window.audits.save(tab)
    answer(QMessageBox.StandardButton.Cancel)
    assert window.audits.delete(1) is False
    assert len(audits(window.library.conn)) == 1
    answer(QMessageBox.StandardButton.Yes)  # "Delete"
    assert window.audits.delete(1) is True
    assert audits(window.library.conn) == []
    assert window.audits.tabs() == []
    assert window.statusBar().currentMessage() == "Deleted audit 1"
    # An audit's number names one audit for ever: the next one saved is audit 2, not audit 1 again.
    assert window.audits.save(_audit_from_file(window, qtbot)) == 2


def test_a_position_is_deleted_with_its_audits_once_confirmed(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    window.audits.save(tab)
    asked = []
    answer(QMessageBox.StandardButton.Yes, answers=asked)  # "Delete"
    assert window.audits.delete_position(tab.position_id) is True
    assert asked == [f"Delete the position “{TITLE}” and its 1 audit from the library?"]
    from desktop_app.store.positions import positions

    assert positions(window.library.conn) == [] and audits(window.library.conn) == []
    assert window.audits.tabs() == []
    assert window.statusBar().currentMessage() == f"Deleted the position “{TITLE}” and its 1 audit"


def test_the_tab_in_front_at_quit_is_in_front_again(make_window, qtbot):
    first = make_window()
    comparison = first.compare_series("OH", "6525")
    audit = _audit_from_file(first, qtbot)
    first.audits.save(audit)
    first.tabs.setCurrentWidget(comparison)
    first.save_settings()
    ended(first)
    second = make_window(first.library_path)
    assert second.tabs.currentWidget() is second.comparison_tabs()[0]
    second.tabs.setCurrentWidget(second.audits.tabs()[0])
    second.save_settings()
    ended(second)
    third = make_window(first.library_path)
    assert third.tabs.currentWidget() is third.audits.tabs()[0]
    third.tabs.setCurrentIndex(0)
    third.save_settings()
    ended(third)
    assert make_window(first.library_path).tabs.currentIndex() == 0


def test_tabs_left_open_on_another_library_do_not_open_on_this_one(make_window, qtbot, tmp_path):
    first = make_window()
    first.compare_series("OH", "6525")
    first.audits.save(_audit_from_file(first, qtbot))
    first.save_settings()
    other = make_window(tmp_path / "other.sqlite")  # the same analyst's settings, another library
    assert other.comparison_tabs() == [] and other.audits.tabs() == []
    assert other.tabs.count() == 1
    other.save_settings()
    back = make_window(first.library_path)  # the other library's (no) tabs are what was left open last
    assert back.comparison_tabs() == []
