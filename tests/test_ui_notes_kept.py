"""Notes are never lost: drafts as the analyst types, the modified mark, Save / Discard / Cancel on close and quit,
names and renames."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_app.ui.notes_pane import DRAFT_PAUSE_MS
from tests.conftest import ended


def answer(button: QMessageBox.StandardButton, name: str | None = None, answers: list | None = None) -> None:
    """Answer the next question of the window: press ``button`` of the Save / Discard / Cancel box, then type
    ``name`` into the name dialog if one follows. The box's text is added to ``answers``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if answers is not None:
                answers.append(box.text())
            if name is not None:
                QTimer.singleShot(0, type_name)
            box.button(button).click()
        else:
            QTimer.singleShot(10, press)

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(name)
            dialog.accept()
        else:
            QTimer.singleShot(10, type_name)

    QTimer.singleShot(0, press)


def type_notes(tab, qtbot, text: str) -> None:
    tab.notes.setFocus()
    QTest.keyClicks(tab.notes, text)
    qtbot.wait(DRAFT_PAUSE_MS + 300)  # the draft is written a second after the last key


def test_notes_typed_are_kept_as_a_draft_and_the_tab_is_marked(window, qtbot):
    tab = window.compare_series("OH", "6525")
    assert window.tabs.tabText(1) == "65250 → 65251 → 65255"
    type_notes(tab, qtbot, "Finding: the Analyst adds managerial knowledge.")
    assert window.tabs.tabText(1) == "• 65250 → 65251 → 65255"
    assert window.isWindowModified()
    (draft,) = window.library.notes_drafts()
    assert (draft.id, draft.saved_id, draft.classes, draft.notes) == (
        tab.draft_id, None, ("OH:65250", "OH:65251", "OH:65255"), "Finding: the Analyst adds managerial knowledge.")
    assert window.settings.open_comparisons[0]["draft_id"] == draft.id  # written at once, not only at quit
    window.save_current_comparison("Series 6525 review")
    assert window.tabs.tabText(1) == "Series 6525 review"
    assert not window.isWindowModified()
    assert window.library.notes_drafts() == []  # the saved comparison holds the notes now


def test_closing_a_tab_with_unsaved_notes_asks_first(window, qtbot):
    tab = window.compare_series("OH", "6525")
    type_notes(tab, qtbot, "Do not lose this.")
    answers = []
    answer(QMessageBox.StandardButton.Cancel, answers=answers)
    window.actions["close_tab"].trigger()
    assert answers == ["The notes of “65250 → 65251 → 65255” are not saved."]
    assert window.comparison_tabs() == [tab] and tab.notes_text() == "Do not lose this."
    answer(QMessageBox.StandardButton.Discard)
    window.actions["close_tab"].trigger()
    assert window.comparison_tabs() == []
    assert window.library.notes_drafts() == []


def test_closing_with_save_asks_for_a_name_and_saves(window, qtbot):
    tab = window.compare_series("OH", "6525")
    type_notes(tab, qtbot, "Keep these.")
    answer(QMessageBox.StandardButton.Save, name="Audit 2024-117")
    window.tabs.tabCloseRequested.emit(1)  # the tab's ✕
    assert window.comparison_tabs() == []
    (saved,) = window.library.saved_comparisons()
    assert (saved.name, saved.notes) == ("Audit 2024-117", "Keep these.")
    assert window.library.notes_drafts() == []


def test_a_tab_whose_notes_are_saved_closes_without_a_question(window, qtbot):
    tab = window.compare_series("OH", "6525")
    type_notes(tab, qtbot, "Saved already.")
    window.save_current_comparison("Review")
    window.actions["close_tab"].trigger()  # no question: nothing would be lost
    assert window.comparison_tabs() == []


def test_edits_to_a_saved_comparison_survive_quit_and_restart(make_window, qtbot, tmp_path):
    first = make_window()
    tab = first.compare_series("OH", "6525")
    first.save_current_comparison("Series review")
    type_notes(tab, qtbot, "Edited after saving.")
    assert first.tabs.tabText(1) == "• Series review"
    (draft,) = first.library.notes_drafts()
    assert draft.saved_id == tab.state.saved_id
    answer(QMessageBox.StandardButton.Cancel)
    assert first.close() is False  # Ctrl+Q, then Cancel: the window stays
    assert first.isVisible()
    answers = []
    answer(QMessageBox.StandardButton.Save, answers=answers)
    assert first.close() is True
    assert answers == ["The notes of “Series review” are not saved."]
    second = make_window(tmp_path / "gui-library.sqlite")
    (reopened,) = second.comparison_tabs()
    assert (reopened.notes_text(), reopened.modified) == ("Edited after saving.", False)
    assert second.library.saved_comparisons()[0].notes == "Edited after saving."


def test_quitting_and_discarding_goes_back_to_the_saved_notes(make_window, qtbot, tmp_path):
    first = make_window()
    tab = first.compare_series("OH", "6525")
    tab.notes.setPlainText("Saved text.")
    first.save_current_comparison("Review")
    type_notes(tab, qtbot, " More.")
    answer(QMessageBox.StandardButton.Discard)
    assert first.close() is True
    second = make_window(tmp_path / "gui-library.sqlite")
    assert [t.notes_text() for t in second.comparison_tabs()] == ["Saved text."]
    assert second.library.notes_drafts() == []


def test_a_draft_left_by_a_crash_comes_back_with_its_tab(make_window, qtbot, tmp_path):
    first = make_window()
    tab = first.compare_classes(["OH:65251", "OH:65255"])
    type_notes(tab, qtbot, "Typed before the power went.")
    first.settings.open_comparisons = []  # as if the settings were written before this tab was opened
    first.catalog.close()  # the process died: nothing more is written
    first.catalog = first._library = None
    ended(first)
    second = make_window(tmp_path / "gui-library.sqlite")
    (restored,) = second.comparison_tabs()
    assert (restored.title(), restored.notes_text(), restored.modified) == (
        "65251 → 65255", "Typed before the power went.", True)
    assert second.tabs.tabText(1) == "• 65251 → 65255"
    assert second.statusBar().currentMessage() == "Notes not saved last time are back: “65251 → 65255”"
    assert len(second.library.notes_drafts()) == 1  # still only a draft, until saved or discarded


def test_saved_comparisons_are_renamed_in_the_tab_and_the_list(window, qtbot):
    tab = window.compare_series("OH", "6525")
    saved_id = window.save_current_comparison("First name")
    window.rename_current_comparison("Audit 2024-117 & benchmarks")
    assert window.tabs.tabText(1) == "Audit 2024-117 && benchmarks"  # shown as one "&", not a mnemonic
    assert window.library.saved_comparison(saved_id).name == "Audit 2024-117 & benchmarks"
    assert window.panel.saved_list.item(0).text().startswith("Audit 2024-117 & benchmarks\n")
    window.rename_saved_comparison(saved_id, "From the list")
    assert (tab.state.name, window.tabs.tabText(1)) == ("From the list", "From the list")
    assert window.library.saved_comparison(saved_id).name == "From the list"


def test_a_second_window_leaves_the_first_ones_tabs_alone_before_any_notes_are_typed(make_window, tmp_path):
    first = make_window()
    first.compare_classes(["OH:65251", "OH:65255"])
    first.save_settings()
    second = make_window(tmp_path / "gui-library.sqlite")
    assert (len(first.comparison_tabs()), second.comparison_tabs()) == (1, [])


def test_a_second_window_on_the_library_leaves_the_first_ones_drafts_and_tabs_alone(make_window, qtbot, tmp_path):
    first = make_window()
    tab = first.compare_classes(["OH:65251", "OH:65255"])
    type_notes(tab, qtbot, "Typed in the first window.")
    first.save_settings()
    # A second program on the same library while the first still runs: it starts with no tabs of its own.
    second = make_window(tmp_path / "gui-library.sqlite")
    assert second.comparison_tabs() == []
    (draft,) = second.library.notes_drafts()
    assert draft.session == first.session.id
    # Its own notes are its own draft; the first window goes on with its.
    mine = second.compare_series("OH", "6525")
    type_notes(mine, qtbot, "Typed in the second window.")
    assert sorted(d.notes for d in second.library.notes_drafts()) == [
        "Typed in the first window.", "Typed in the second window."]
    # The first program is killed: a third window brings back its draft, not the second window's.
    ended(first)
    third = make_window(tmp_path / "gui-library.sqlite")
    assert [t.notes_text() for t in third.comparison_tabs()] == ["Typed in the first window."]
    assert {d.notes: d.session for d in third.library.notes_drafts()} == {
        "Typed in the first window.": third.session.id, "Typed in the second window.": second.session.id}


def test_two_windows_saving_one_comparison_keep_both_analysts_notes(make_window, qtbot, tmp_path):
    first = make_window()
    tab = first.compare_series("OH", "6525")
    tab.notes.setPlainText("Original notes.")
    saved_id = first.save_current_comparison("Series review")
    second = make_window(tmp_path / "gui-library.sqlite")
    theirs = second.open_saved_comparison(saved_id)
    for t in (tab, theirs):
        t.notes.moveCursor(QTextCursor.MoveOperation.End)
    type_notes(tab, qtbot, " First adds this.")
    type_notes(theirs, qtbot, " Second adds this.")
    assert first.save_current_comparison() == saved_id
    # The second window read the notes before the first saved its own: it saves a new comparison instead.
    new_id = second.save_current_comparison()
    assert new_id != saved_id
    assert second.last_message.text() == (
        "“Series review” was saved from another window since this tab read it. This tab's notes are saved as a "
        "new comparison, “Series review (2)”, so that neither is lost.")
    by_name = {c.name: c.notes for c in second.library.saved_comparisons()}
    assert by_name == {"Series review": "Original notes. First adds this.",
                       "Series review (2)": "Original notes. Second adds this."}
    assert second.tabs.tabText(second.tabs.currentIndex()) == "Series review (2)"
