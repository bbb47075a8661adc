"""Drafting in the window: Draft a Revision… opens the editor, every edit is saved as it is made and undone
exactly, the draft is listed under its class, compared with the current revision, exported to Word, adopted and
deleted; it survives a restart and a killed process."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.drafts import new_draft
from desktop_app.core.model import Item
from desktop_app.ui.roles import KEY_ROLE, KIND_ROLE
from tests.conftest import ROOT
from tests.redline_reading import revisions, settled_text


@pytest.fixture
def editor(window):
    window.panel.select_class("OH:65251")
    return window.draft_revision()


def draft_row(window, key="OH:65251"):
    index = window.panel.tree_model.index_of(f"{key}@draft")
    return index if index.isValid() else None


def test_draft_a_revision_opens_the_editor_and_lists_the_draft_under_its_class(window, editor):
    assert window.tabs.tabText(window.tabs.currentIndex()) == "65251@draft"
    assert window.tabs.currentWidget() is editor
    assert window.library.draft("OH", "65251") == new_draft(window.library.spec("OH", "65251"))
    row = draft_row(window)
    assert (row.data(), row.data(KIND_ROLE), row.data(KEY_ROLE)) == ("Draft", "draft", "OH:65251@draft")
    assert row.parent().data(KEY_ROLE) == "OH:65251"
    assert window.panel.tree.isExpanded(row.parent())
    assert editor.title_field.text() == "Benefits Management Analyst"
    assert editor.status.text() == ("Draft of OH:65251, drafted from the revision effective 1995-08-06 · each edit is "
                                    "saved as it is made")
    assert [editor.outline.topLevelItem(i).text(0) for i in range(3)] == [
        "SERIES PURPOSE", "CLASS CONCEPT", "JOB DUTIES IN ORDER OF IMPORTANCE"]
    for name in ("compare_draft", "export_redline", "export_clean_draft", "adopt_draft", "delete_draft"):
        assert window.actions[name].isEnabled(), name
    # Drafting again opens the same draft.
    window.tabs.setCurrentIndex(0)
    assert window.draft_revision() is editor


def test_draft_actions_wait_for_a_class_and_a_draft(window):
    assert not window.actions["draft_revision"].isEnabled()
    window.panel.select_class("OH:65250")
    assert window.actions["draft_revision"].isEnabled()
    assert not window.actions["export_redline"].isEnabled()
    assert not window.actions["undo"].isEnabled()


def test_each_edit_is_saved_as_it_is_made_and_undone_exactly(window, editor, qtbot):
    library = window.library
    states = [editor.spec]

    def saved():
        assert library.draft("OH", "65251") == editor.spec
        states.append(editor.spec)

    qtbot.keyClicks(editor.title_field, " Senior")  # seven keys, one edit
    saved()
    assert editor.spec.title == "Benefits Management Analyst Senior"
    editor.date_field.setFocus()
    qtbot.keyClicks(editor.date_field, "2025-07-01")
    saved()
    assert editor.spec.effective_date == date(2025, 7, 1)
    duties = editor.outline.topLevelItem(2)
    editor.outline.setCurrentItem(duties.child(1))
    assert editor.item_label.text() == "Item 2 of 4 in JOB DUTIES IN ORDER OF IMPORTANCE:"
    editor.delete_item()
    saved()
    editor.add_item()
    saved()
    qtbot.keyClicks(editor.item_text, "Represents the agency at grievance hearings.")  # one edit, merged
    saved()
    # The new item goes after the chosen one, which after the deletion is the duty that followed it.
    assert [i.text[:30] for i in editor.spec.sections[2].items] == [
        "Manages variety of both ongoin", "Serves as member of joint labo", "Represents the agency at griev",
        "Attends meetings; provides adv"]
    editor.move_item(-1)
    saved()
    editor.move_item(-1)
    saved()
    assert editor.spec.sections[2].items[0].text == "Represents the agency at grievance hearings."
    editor.flag_box.setChecked(True)
    saved()
    editor.outline.setCurrentItem(editor.outline.topLevelItem(3))
    assert editor.heading_field.cursorPosition() == 0  # a long heading shows from its start
    qtbot.keyClick(editor.heading_field, Qt.Key.Key_End)
    qtbot.keyClicks(editor.heading_field, ":")
    saved()
    assert editor.spec.sections[3].heading == "Knowledge of:"
    assert editor.stack.count() == len(states) - 1 == 9
    assert editor.stack.undoText() == "Edit the heading of Knowledge of"

    for expected in reversed(states[:-1]):
        window.undo()
        assert editor.spec == expected
        assert library.draft("OH", "65251") == expected
    assert editor.title_field.text() == "Benefits Management Analyst"
    assert not window.actions["undo"].isEnabled()
    for expected in states[1:]:
        window.redo()
        assert editor.spec == expected
        assert library.draft("OH", "65251") == expected
    assert editor.outline.topLevelItem(2).child(0).text(0) == "Represents the agency at grievance hearings. *"


def test_ctrl_z_in_a_field_undoes_the_draft_not_the_field(window, editor, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    editor.title_field.setFocus()
    qtbot.keyClicks(editor.title_field, " II")
    qtbot.keyClick(editor.title_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.spec.title == "Benefits Management Analyst"
    assert editor.title_field.text() == "Benefits Management Analyst"
    assert window.library.draft("OH", "65251").title == "Benefits Management Analyst"
    qtbot.keyClick(editor.title_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert editor.spec.title == "Benefits Management Analyst II"


def test_the_outline_keys_add_delete_and_move_items(window, editor, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    knowledge = editor.outline.topLevelItem(3)
    editor.outline.setCurrentItem(knowledge.child(5))
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.text for i in editor.spec.sections[3].items][4:] == ["interviewing", "public relations"]
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)
    assert [i.text for i in editor.spec.sections[3].items][4:] == ["public relations"]
    qtbot.keyClick(editor.outline, Qt.Key.Key_Insert)
    assert editor.spec.sections[3].items[5] == Item("")
    assert editor.item_text.hasFocus()
    qtbot.keyClicks(editor.item_text, "labor relations")
    qtbot.keyClick(editor.item_text, Qt.Key.Key_Return)  # an item is one paragraph: back to the outline
    assert editor.spec.sections[3].items[5] == Item("labor relations")
    assert editor.outline.hasFocus()


def test_an_invalid_date_is_not_taken_and_says_so(editor, qtbot):
    editor.date_field.setFocus()
    qtbot.keyClicks(editor.date_field, "2025-13")
    assert editor.spec.effective_date is None
    assert editor.date_field.toolTip() == "Not a date yet: YYYY-MM-DD, such as 2025-07-01"
    editor.date_field.clear()
    qtbot.keyClicks(editor.date_field, "2025-12-01")
    assert editor.spec.effective_date == date(2025, 12, 1)


def test_a_draft_survives_a_restart(make_window, tmp_path, qtbot):
    first = make_window()
    first.panel.select_class("OH:65251")
    editor = first.draft_revision()
    qtbot.keyClicks(editor.title_field, " Senior")
    first.close()
    second = make_window(tmp_path / "gui-library.sqlite")
    row = draft_row(second)
    assert row is not None
    second.panel.tree.setCurrentIndex(row)
    assert second.tabs.tabText(0) == "65251@draft Benefits Management Analyst Senior"
    assert "\nStatus  \nDraft, not adopted\n" in second.spec_view.toPlainText()
    second.panel.tree.activated.emit(row)  # a double-click on the draft opens its editor
    assert second.drafts.current_editor().title_field.text() == "Benefits Management Analyst Senior"


KILLED = """
import os, signal, sys
from PySide6.QtTest import QTest
from desktop_app.app import make_application
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from PySide6.QtCore import QSettings
app = make_application()
window = MainWindow(sys.argv[1], Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
window.load_library()
window.panel.select_class("OH:65251")
editor = window.draft_revision()
QTest.keyClicks(editor.title_field, " Senior")
editor.outline.setCurrentItem(editor.outline.topLevelItem(2).child(0))
editor.add_item()
QTest.keyClicks(editor.item_text, "Represents the agency at hearings")
os.kill(os.getpid(), signal.SIGKILL)  # no close, no settings saved: the process is gone
"""


@pytest.mark.slow
def test_a_draft_survives_a_killed_window(tmp_path):
    from desktop_app.store.library import Library
    from desktop_app.store.location import open_library

    path = tmp_path / "library.sqlite"
    open_library(path).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", KILLED, str(path), str(tmp_path / "settings.ini")], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr
    with Library(path) as library:
        draft = library.draft("OH", "65251")
        assert draft.title == "Benefits Management Analyst Senior"
        assert draft.sections[2].items[1].text == "Represents the agency at hearings"


def test_compare_the_draft_with_the_current_revision_on_screen_and_in_reports(window, editor, qtbot):
    from desktop_app.core.reports.formats import REPORT_FORMATS

    qtbot.keyClicks(editor.title_field, " Senior")
    tab = window.compare_draft()
    assert tab.title() == "65251 → 65251@draft"
    assert tab.comparison.labels == ("65251", "65251@draft")
    assert any(tab.model.row_text(r) == "Benefits Management Analyst Benefits Management Analyst Senior"
               for r in range(tab.model.rowCount()))
    report = window.current_report()
    for fmt in REPORT_FORMATS:
        if not fmt.text:  # PDF, drawn by Qt, and Word: below and in their own tests
            continue
        text = fmt.render(report).decode("utf-8")
        if fmt.name == "json":
            assert [c["label"] for c in __import__("json").loads(text)["classes"]] == ["65251", "65251@draft"]
        else:
            assert "65251@draft — Benefits Management Analyst Senior (OH:65251, draft, no effective date)" in text, (
                fmt.name)
    pdf = window.reports.export("pdf", str(window.library_path.parent / "draft.pdf"))
    assert pdf >= 1


def test_the_redline_and_the_clean_draft_from_the_window(window, editor, qtbot, tmp_path):
    window.settings.analyst_name = "Pat Analyst"
    qtbot.keyClicks(editor.title_field, " Senior")
    written = window.drafts.export(clean=False, path=str(tmp_path / "65251-redline.docx"))
    assert (written.insertions, written.deletions) == (1, 1)
    data = (tmp_path / "65251-redline.docx").read_bytes()
    # The draft proposes no effective date yet: the current one is struck, paragraph and all.
    assert [(kind, author, text) for kind, author, _, text in revisions(data)] == [
        ("ins", "Pat Analyst", " Senior"), ("del", "Pat Analyst", ""), ("del", "Pat Analyst", "Effective date: 1995-08-06")]
    assert window.statusBar().currentMessage() == (
        f"Wrote the redline {tmp_path / '65251-redline.docx'}: 1 insertions, 1 deletions by Pat Analyst")
    window.drafts.export(clean=True, path=str(tmp_path / "65251-draft.docx"))
    clean = (tmp_path / "65251-draft.docx").read_bytes()
    assert revisions(clean) == []
    assert settled_text(clean, accept=True)[0] == "Benefits Management Analyst Senior"
    assert window.drafts.suggested_path("OH:65251", clean=False).endswith("65251-redline.docx")


def test_adopting_the_draft_from_the_window(window, editor, qtbot):
    qtbot.keyClicks(editor.title_field, " Senior")
    adopted = window.drafts.adopt(effective=date(2025, 7, 1))
    assert adopted.current is True
    assert window.last_message.text() == ("The draft of OH:65251 is now its revision effective 2025-07-01. It is now "
                                          "the class's current revision.")
    window.last_message.close()
    assert window.drafts.editors() == []
    assert draft_row(window) is None
    assert window.library.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2025, 7, 1)]
    row = window.panel.tree_model.index_of("OH:65251")
    assert row.data() == "65251 Benefits Management Analyst Senior"
    assert row.siblingAtColumn(1).data() == "2025-07-01"
    assert window.library.import_log()[-1]["result"] == "adopted"


def test_adopting_a_draft_the_same_as_its_revision_says_why_not(window, editor):
    assert window.drafts.adopt(effective=date(1995, 8, 6)) is None
    assert window.last_message.text() == ("OH:65251: the draft, effective 1995-08-06, is the same text as a revision "
                                          "the library has.")
    window.last_message.close()
    assert window.drafts.editors() == [editor]


def test_adopting_offers_a_date_of_its_own_not_the_revision_it_was_drafted_from(window, editor, monkeypatch):
    offered = []
    monkeypatch.setattr(window.drafts, "_ask_date", lambda key, proposed: offered.append((key, proposed)))
    draft = window.library.draft("OH", "65251")
    window.library.save_draft(replace(draft, effective_date=date(2025, 7, 1)))
    assert window.drafts.adopt() is None  # the analyst cancels the question
    window.library.save_draft(replace(draft, effective_date=date(1995, 8, 6)))  # the date of its revision
    assert window.drafts.adopt() is None
    assert offered == [("OH:65251", date(2025, 7, 1)), ("OH:65251", None)]  # the second offers today's date
    assert window.library.draft("OH", "65251") is not None


def test_deleting_the_draft(window, editor):
    assert window.drafts.delete(confirmed=True) is True
    assert window.library.draft("OH", "65251") is None
    assert draft_row(window) is None
    assert window.drafts.editors() == []
    assert window.statusBar().currentMessage() == "Deleted the draft of OH:65251"


def test_the_shortcuts_help_lists_the_draft_keys(window):
    text = window.shortcuts_text()
    assert "Ctrl+Shift+R  Draft a revision of the chosen class (or open its draft)" in text
    assert "Ctrl+Z / Alt+Backspace  Undo the last edit of the draft" in text
    assert "Alt+Up / Alt+Down  Move the chosen item up or down (draft editor)" in text


def test_a_draft_row_can_be_ticked_to_compare(window, editor):
    model = window.panel.tree_model
    model.set_checked("OH:65255", True)
    model.set_checked("OH:65251@draft", True)
    assert model.checked_keys() == ["OH:65251@draft", "OH:65255"]
    tab = window.compare_checked()
    assert tab.comparison.labels == ("65251@draft", "65255")


def test_the_tree_with_draft_rows_is_a_proper_model(window, editor, qtmodeltester):
    qtmodeltester.check(window.panel.tree_model)
    window.drafts.delete(confirmed=True)
    qtmodeltester.check(window.panel.tree_model)


def test_a_printout_revised_in_word_becomes_the_draft_from_the_draft_menu(window, tmp_path):
    import docx

    from desktop_app.core.reports.formats import report_format
    from desktop_app.core.reports.spec_report import SpecReport

    printout = tmp_path / "65251.docx"
    printout.write_bytes(report_format("docx").render(SpecReport((window.library.spec("OH", "65251"),))))
    document = docx.Document(str(printout))
    run = next(r for p in document.paragraphs for r in p.runs if "serves as lead worker over benefits" in r.text)
    run.text = run.text.replace("serves as lead worker over", "serves as team leader over")
    document.save(str(printout))
    window.panel.select_class("OH:65251")
    editor = window.drafts.from_document(path=printout)
    assert editor is window.tabs.currentWidget() and editor.key == "OH:65251"
    assert window.statusBar().currentMessage() == (
        "The draft of OH:65251 is made from 65251.docx: 1 item changed, 0 added, 0 dropped against the current "
        "revision")
    assert "serves as team leader over" in window.library.draft("OH", "65251").sections[2].items[0].text
    assert draft_row(window) is not None
    # A document that does not give the class: said, and the draft stays as it was.
    other = tmp_path / "65250.docx"
    other.write_bytes(report_format("docx").render(SpecReport((window.library.spec("OH", "65250"),))))
    assert window.drafts.from_document(path=other, confirmed=True) is None
    assert window.last_message.text() == f"{other}: no class OH:65251 in it (it has OH:65250)."
    window.last_message.close()
    assert "serves as team leader over" in window.library.draft("OH", "65251").sections[2].items[0].text
