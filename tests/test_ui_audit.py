"""Auditing a position in the window: the Positions list, the fit in a worker, the audit tab, the decision saved
and reopened, and the audit's report; on the seed library."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.conftest import FIXTURES, SEED

PD_01 = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"


def _audit_from_file(window, qtbot, path=PD_01):
    with qtbot.waitSignal(window.audit_opened, timeout=30000, raising=True) as opened:
        worker = window.audits.audit_file(str(path))
        assert worker is not None
    return opened.args[0]


def test_a_position_read_from_a_file_is_ranked_in_a_worker_and_opens_an_audit_tab(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    assert window.tabs.currentWidget() is tab
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Audit: Health Benefits Specialist - Agency Liaison Desk"
    # The candidates as ranked, the best, the current class and its next level up ticked and compared.
    assert [tab.candidates.item(r, 2).text() for r in range(3)] == ["OH:65250", "OH:65251", "OH:65255"]
    assert tab.candidates.item(0, 6).text() == "current class"
    assert tab.candidates.item(1, 6).text() == "next level up"
    # A title too long for its column keeps its end, where two levels' titles differ; the tooltip has it whole.
    assert tab.candidates.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert "Benefits Management Representative" in tab.candidates.item(0, 3).toolTip()
    assert tab.ticked() == ["OH:65250", "OH:65251"] == tab.compared()
    model = tab.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Position\nHealth Benefits Specialist - Agency Liaison Desk"
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert texts[0] == "Concept and level"
    assert "Duty 1 · 40% of the time · in every class" in texts
    assert "Not reached by the position" in texts
    # The position is kept in the library apart from the classes, and listed under Positions.
    window.panel.tabs.setCurrentIndex(2)
    positions = window.panel.positions_list
    assert positions.topLevelItem(0).text(0) == ("Health Benefits Specialist - Agency Liaison Desk · "
                                                  "Benefits Management Representative (65250)")
    assert window.library.counts()["classes"] == 3


def test_ticking_other_classes_compares_them_and_too_many_is_refused_with_a_line(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    for row in range(tab.candidates.rowCount()):
        tab.candidates.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert tab.compare_ticked() is False
    assert tab.message.text() == "Tick 1 to 4 classes to compare (0 ticked)."
    tab.candidates.item(2, 0).setCheckState(Qt.CheckState.Checked)
    assert tab.compare_ticked() is True
    assert tab.compared() == ["OH:65255"]


def test_the_decision_is_saved_with_the_audit_and_reopened_from_the_positions_list(window, qtbot):
    tab = _audit_from_file(window, qtbot)
    tab.set_decision(__import__("desktop_app.core.audit.decision", fromlist=["Decision"]).Decision(
        "OH:65250", date(2026, 7, 1), "Liaison **casework** at the first level."))
    audit_id = window.audits.save_current()
    assert audit_id == 1
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Audit 1: Health Benefits Specialist - Agency Liaison Desk"
    window.panel.tabs.setCurrentIndex(2)
    item = window.panel.positions_list.topLevelItem(0).child(0)
    assert item.text(0).startswith("Audit 1: OH:65250 from 2026-07-01 · ")
    window.close_current_tab()
    reopened = window.audits.open_saved(1)
    assert reopened.decision.chosen_class == "OH:65250"
    assert reopened.decision.effective_date == date(2026, 7, 1)
    assert reopened.rationale.toPlainText() == "Liaison **casework** at the first level."
    assert reopened.compared() == ["OH:65250", "OH:65251"]
    # The report of the tab is the audit report: the File menu's exports and printing use it.
    report = window.current_report()
    assert report.title == "Reclassification audit: Health Benefits Specialist - Agency Liaison Desk"
    assert window.actions["export_pdf"].isEnabled()
    assert window.report_name() == "audit-1"


def test_a_class_spec_or_pasted_text_without_duties_is_refused_and_nothing_is_stored(window, qtbot):
    # The file is read in the worker, as the ranking is: the refusal comes when it is done.
    worker = window.audits.audit_file(str(SEED))
    qtbot.waitUntil(lambda: window.audits.running is None, timeout=10000)
    assert worker.failure == "Not a position description"
    assert window.last_message.text() == ("6525-benefits-management.txt: a class specification, not a position "
                                          "description: import it into the library as a class.")
    assert window.audits.audit_pasted("Working Title: Analyst\n\nPurpose:\nHelps.") is None
    assert window.last_message.text() == ("Not a position description: no duties found: a position description "
                                          "lists its duties under a heading (\"Duties\", \"Essential functions\") "
                                          "or each with its share of time (\"40% - …\")")
    from desktop_app.store.positions import positions

    assert positions(window.library.conn) == []


def test_a_file_that_cannot_be_read_is_named_in_the_warning(window, qtbot, tmp_path):
    missing = tmp_path / "gone.pdf"
    worker = window.audits.audit_file(str(missing))
    qtbot.waitUntil(lambda: window.audits.running is None, timeout=10000)
    assert worker.failure == "The file was not read"
    assert window.last_message.windowTitle().endswith("The file was not read")
    assert window.last_message.text() == f"{missing}: cannot be read (No such file or directory)."
    from desktop_app.store.positions import positions

    assert positions(window.library.conn) == []
