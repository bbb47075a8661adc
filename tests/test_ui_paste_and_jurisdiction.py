"""The window's "New class from text…" and the import's question of jurisdiction, driven as an analyst would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.import_jurisdiction import JurisdictionDialog, needs_jurisdiction
from desktop_app.ui.paste_dialog import PASTED, open_paste_dialog
from tests.conftest import FIXTURES, SEED

NEOGOV = FIXTURES / "neogov"
PAGE_TEXT = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")


def test_pasted_text_shows_what_was_found_then_saves_like_an_import(window, qtbot):
    window.actions["paste_class"].trigger()
    dialog = window.paste_dialog
    assert not dialog.save_button.isEnabled()
    dialog.text.setPlainText(PAGE_TEXT)
    dialog.read()
    # The page text gives its title, not its code: the dialog says why it is no class yet.
    assert dialog.found.text() == (
        "Not read as a class specification: 'Management Analyst': the document gives no class code "
        "('Class Code:', 'Job Code:' …), and its file name does not start with one"
    )
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.code, "00003")
    dialog.read()
    assert dialog.found.text() == (
        "Found Management Analyst, class 00003 (EASTVALE): 11 sections, 60 items (concept 2, other 2, duties 13, "
        "qualifications 2, knowledge 11, abilities 24, conditions 6)."
    )
    shown = dialog.preview.toPlainText()
    assert "Management Analyst" in shown and "City of Eastvale" in shown and "Knowledge of" in shown
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.saved_key == "EASTVALE:00003"
    assert window.tabs.tabText(0) == "00003 Management Analyst"
    assert window.library.jurisdiction_name("EASTVALE") == "City of Eastvale"
    assert [(row["path"], row["format"], row["result"]) for row in window.library.import_log()][-1] == (
        PASTED, "generic", "imported")
    assert window.panel.count_label.text() == "4 classes in 2 series"


def test_text_that_is_no_spec_cannot_be_saved(window):
    dialog = open_paste_dialog(window)
    dialog.text.setPlainText("Please review the attached specifications before Friday.")
    dialog.read()
    assert dialog.found.text().startswith("Not read as a class specification: no class specification found: not")
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_the_question_is_asked_only_of_batches_that_may_need_it(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert not needs_jurisdiction([str(SEED), str(FIXTURES / "calhr" / "0010.html"), str(tmp_path / "empty.txt")])
    assert needs_jurisdiction([str(SEED), str(NEOGOV / "00003-management-analyst.txt")])
    assert needs_jurisdiction([str(NEOGOV / "management-analyst.pdf")])
    # A position description or a PNG is refused whatever the answer: no question for them.
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    pd = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"
    assert not needs_jurisdiction([str(pd), str(tmp_path / "logo.png")])


def test_the_dialog_offers_the_librarys_jurisdictions_or_a_new_name(qtbot):
    dialog = JurisdictionDialog(None, [("CA", "State of California (CalHR)"), ("OH", "State of Ohio (DAS)")])
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == [
        "State of California (CalHR) (CA)", "State of Ohio (DAS) (OH)"]
    dialog.combo.setCurrentIndex(1)
    assert dialog.chosen() == "OH"
    dialog.combo.setCurrentText("City of Eastvale")
    assert dialog.chosen() == "City of Eastvale"


def test_an_import_of_specs_that_name_no_jurisdiction_asks_once(window, qtbot, tmp_path):
    for name in ("00002-senior-management-analyst.txt", "00003-management-analyst.txt"):
        text = (NEOGOV / name).read_text(encoding="utf-8").replace("City of Eastvale employees", "employees")
        (tmp_path / name).write_text(text, encoding="utf-8")
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        asked.append(type(dialog).__name__)
        dialog.combo.setCurrentText("City of Eastvale")
        dialog.accept()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.import_finished, timeout=20000, raising=True) as finished:
        window.import_paths([str(tmp_path)])
    assert asked == ["JurisdictionDialog"]
    assert [(o.status, o.classes) for o in finished.args[0]] == [("imported", ("00002",)), ("imported", ("00003",))]
    assert window.settings.last_jurisdiction == "City of Eastvale"
    assert [e.key for e in window.library.classes(jurisdiction="EASTVALE")] == ["EASTVALE:00002", "EASTVALE:00003"]
    window.last_message.close()


def test_cancelling_the_question_cancels_the_import(window, tmp_path):
    (tmp_path / "00003-management-analyst.txt").write_text(PAGE_TEXT, encoding="utf-8")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert window.import_paths([str(tmp_path)]) is None
    assert window.library.counts()["classes"] == 3
