"""Document text in a tooltip or a label shows as the text it is: markup in a class title, a series title or the
notes is never rendered (an <img> there would load a local file; /dev/zero would take the window down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument

from desktop_app.store.importing import import_paths
from desktop_app.store.library import Library
from tests.conftest import SEED

TITLE = 'Benefits <b>Management</b> Analyst <font color="red">&amp;</font>'
SERIES = "Benefits <i>Management</i>"
NOTES = "<i>Draft</i> notes &amp; <b>more</b>\nsecond line"


def shown(tip: str) -> str:
    """The text a tooltip shows: rendered when Qt takes it for rich text, as Qt does, else the text itself."""
    if not QtGui.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.fixture
def hostile_window(make_window, tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("Benefits Management Analyst", TITLE)
    text = text.replace("CLASSIFICATION SERIES:**\n\nBenefits Management\n", f"CLASSIFICATION SERIES:**\n\n{SERIES}\n")
    document = tmp_path / "hostile.txt"
    document.write_text(text, encoding="utf-8")
    path = tmp_path / "review <b>2024</b>.sqlite"
    with Library(path) as library:
        (outcome,) = import_paths(library, [document])
        assert outcome.status == "imported"
        assert library.spec_named("65251").title == TITLE
        library.save_comparison("Review <b>one</b>", ["65250", "65251"], {}, NOTES)
    return make_window(path)


def test_a_tooltip_shows_text_as_it_is():
    from desktop_app.core.text_escape import tooltip_text

    for text in (TITLE, NOTES, "plain", "a < b && c > d", " leading and trailing  "):
        assert shown(tooltip_text(text)) == text


def test_the_library_tree_shows_titles_as_text(hostile_window):
    model = hostile_window.panel.tree_model
    series = model.index(0, 0, model.index(0, 0))
    analyst = model.index(1, 0, series)
    assert analyst.data() == f"65251 {TITLE}"
    assert shown(analyst.data(Qt.ItemDataRole.ToolTipRole)) == f"OH:65251 {TITLE}"
    assert shown(series.data(Qt.ItemDataRole.ToolTipRole)) == SERIES


def test_search_results_show_titles_as_text(hostile_window, qtbot):
    panel = hostile_window.panel
    qtbot.keyClicks(panel.search_field, "<b>Management")
    qtbot.waitUntil(lambda: panel.results_model is not None and panel.results_model.rowCount() > 0)
    tips = [shown(panel.results_model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(panel.results_model.rowCount())]
    assert f"OH:65251 {TITLE} · State of Ohio (DAS)" in tips
    assert panel.results_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.results_label.text().endswith("for “<b>Management”")


def test_the_comparison_header_and_tab_show_titles_as_text(hostile_window):
    tab = hostile_window.compare_series("OH", "6525")
    header = [shown(tab.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
              for c in range(tab.model.columnCount())]
    assert f"OH:65251 {TITLE}, effective 1995-08-06" in header
    tabs = hostile_window.tabs
    assert shown(tabs.tabToolTip(tabs.currentIndex())) == (
        f"65250 Benefits Management Representative → 65251 {TITLE} → 65255 Benefits Manager 1"
    )


def test_the_saved_comparisons_show_notes_as_text(hostile_window):
    saved = hostile_window.panel.saved_list
    (item,) = [saved.item(r) for r in range(saved.count())]
    assert shown(item.toolTip()) == NOTES


def test_the_status_bar_and_messages_show_paths_as_text(hostile_window):
    assert hostile_window.status_label.textFormat() == Qt.TextFormat.PlainText
    assert hostile_window.status_label.text().endswith("review <b>2024</b>.sqlite")
    box = hostile_window.tell("warning", "The report was not written", "<b>x</b>.pdf could not be written")
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_the_import_progress_shows_file_names_as_text(hostile_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    document = tmp_path / "<b>draft<b>.txt"
    document.write_bytes(SEED.read_bytes())
    with qtbot.waitSignal(hostile_window.import_finished, timeout=20000):
        hostile_window.import_paths([str(document)])
        label = hostile_window.import_progress.findChild(QLabel)
        assert label.textFormat() == Qt.TextFormat.PlainText
    hostile_window.last_message.close()
