"""The smaller things of an analyst's day: copy a row, abolished classes, the legend after columns are dragged, one
cell for identical rows, the section filter, the window on a smaller screen."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.compare import compare
from desktop_app.core.reports.comparison_report import ComparisonReport, class_lines
from desktop_app.core.reports.html import outline_html
from desktop_app.core.reports.info import ReportInfo
from desktop_app.core.reports.markdown import outline_markdown
from desktop_app.ui.comparison_model import COL_STATUS, FIRST_CLASS_COL
from desktop_app.ui.roles import KEY_ROLE


def row_with(tab, text: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if text in tab.model.row_text(r))


def test_copy_row_pastes_each_class_under_its_label(window):
    tab = window.compare_series("OH", "6525")
    row = row_with(tab, "case management programs; unemployment benefits")
    tab.table.setCurrentIndex(tab.model.index(row, FIRST_CLASS_COL))
    window.actions["copy_row"].trigger()
    head, body, end = QApplication.clipboard().text().split("\n")
    assert head.split("\t") == ["Status", "65250", "65251", "65255"]
    cells = body.split("\t")
    assert cells[0] == "Changed" and end == ""
    assert cells[2].endswith("case management programs[-; unemployment benefits-])")
    # After the columns are dragged, the clipboard follows them.
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(FIRST_CLASS_COL + 2), FIRST_CLASS_COL)
    window.actions["copy_row"].trigger()
    assert QApplication.clipboard().text().split("\n")[0].split("\t") == ["Status", "65255", "65250", "65251"]
    added = row_with(tab, "supervisory principles & techniques")
    tab.table.setCurrentIndex(tab.model.index(added, FIRST_CLASS_COL))
    window.actions["copy_row"].trigger()
    assert QApplication.clipboard().text().split("\n")[1].split("\t") == [
        "Added at 65255", "{+supervisory principles & techniques+} (developed after employment)", "—", "—"]


def test_after_columns_are_dragged_the_legend_says_what_each_is_compared_with(window):
    tab = window.compare_series("OH", "6525")
    assert "order you set" not in tab.legend.text()
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(FIRST_CLASS_COL + 2), FIRST_CLASS_COL)
    assert tab.column_order() == ["65255", "65250", "65251"]
    assert ("The columns are in the order you set (65255, 65250, 65251); each is still compared as before: "
            "65255 with 65251; 65251 with 65250.") in tab.legend.text()
    tab.base_choice.setCurrentIndex(tab.base_choice.findData("65250"))
    assert "65255 with 65250; 65251 with 65250." in tab.legend.text()
    tab.reset_column_order()
    assert "order you set" not in tab.legend.text()


def test_rows_the_same_everywhere_can_be_one_cell(window, seed_specs):
    tab = window.compare_series("OH", "6525")
    same = row_with(tab, "understand & interpret insurance contracts")
    assert tab.table.columnSpan(same, FIRST_CLASS_COL) == 1
    tab.merge_identical.setChecked(True)
    same = row_with(tab, "understand & interpret insurance contracts")
    assert tab.table.columnSpan(same, FIRST_CLASS_COL) == 3
    changed = row_with(tab, "case management programs; unemployment benefits")
    assert tab.table.columnSpan(changed, FIRST_CLASS_COL) == 1
    assert tab.state.merge_identical is True
    html = outline_html(ComparisonReport(tab.comparison, tab.state.report_info()).outline())
    assert "<td colspan='3'>understand &amp; interpret insurance contracts</td>" in html
    markdown = outline_markdown(ComparisonReport(tab.comparison, tab.state.report_info()).outline())
    assert "**Same**\n\n- 65250, 65251, 65255: understand & interpret insurance contracts\n" in markdown


def test_abolished_classes_say_so(seed_specs):
    abolished = dataclasses.replace(seed_specs["65250"], abolished=date(2012, 7, 1))
    comparison = compare([abolished, seed_specs["65251"]])
    assert class_lines(comparison)[0] == ("65250 — Benefits Management Representative (OH:65250, effective 1995-11-12, "
                                          "abolished 2012-07-01)")
    html = outline_html(ComparisonReport(comparison, ReportInfo()).outline())
    assert "65250<br>Benefits Management Representative (abolished 2012-07-01)</th>" in html
    from desktop_app.ui.comparison_model import ComparisonTableModel

    model = ComparisonTableModel()
    model.set_comparison(comparison)
    assert model.headerData(FIRST_CLASS_COL, Qt.Orientation.Horizontal) == (
        "65250\nBenefits Management Representative (abolished 2012-07-01)")


def test_the_section_filter_goes_to_the_section(window):
    tab = window.compare_series("OH", "6525")
    tab.table.scrollToBottom()
    tab.table.setCurrentIndex(tab.model.index(tab.model.rowCount() - 1, FIRST_CLASS_COL))
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("knowledge"))
    assert tab.table.currentIndex().row() == 0
    assert tab.model.index(0, COL_STATUS).data().startswith("Knowledge — 7 items")
    assert tab.table.verticalScrollBar().value() == 0


def test_a_window_saved_on_a_larger_screen_fits_this_one(make_window, settings_store):
    first = make_window()
    first.resize(5000, 4000)
    first.move(3000, 2000)
    first.close()
    second = make_window()
    available = second.screen().availableGeometry()
    frame = second.frameGeometry()
    assert frame.width() <= available.width() and frame.height() <= available.height()
    assert available.contains(frame.topLeft()) and available.contains(frame.bottomRight())


def test_earlier_revisions_are_in_the_tree_and_compared_from_the_window(window, qtbot, tmp_path, seed_text):
    from tests.test_library import revised_seed

    revised = tmp_path / "6525-2024.txt"
    revised.write_text(revised_seed(seed_text))
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_paths([str(revised)])
    window.last_message.close()
    model = window.panel.tree_model
    analyst = model.index_of("OH:65251")
    assert model.rowCount(analyst) == 1
    earlier = model.index(0, 0, analyst)
    assert (earlier.data(), earlier.data(KEY_ROLE), model.index(0, 1, analyst).data()) == (
        "Earlier revision, effective 1995-08-06", "OH:65251@1995-08-06", "1995-08-06")
    window.panel.tree.setCurrentIndex(earlier)  # reads the revision
    assert (window.shown_spec.number, window.shown_spec.effective_date) == ("65251", date(1995, 8, 6))
    menu = window.panel.tree_menu(earlier)
    compare_revisions = next(a for a in menu.actions() if a.text() == "Compare 2 revisions")
    compare_revisions.trigger()
    tab = window.current_comparison()
    assert tab.title() == "65251@1995-08-06 → 65251@2024-01-15"  # oldest first
    # Ticked like a class, and compared with Compare checked.
    model.set_checked("OH:65251@1995-08-06", True)
    model.set_checked("OH:65255", True)
    assert window.panel.chosen_keys() == ["OH:65251@1995-08-06", "OH:65255"]


def test_at_1024_by_700_the_combos_and_column_titles_are_whole(window, qtbot):
    tab = window.compare_series("OH", "6525")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)  # the titles are wrapped once the columns have their widths
    assert window.minimumSizeHint().width() <= 1024
    for combo in (tab.section_filter, tab.base_choice):
        assert combo.isVisible() and combo.width() >= combo.sizeHint().width()
        assert tab.table.width() > 0 and combo.geometry().right() < tab.width()
    header = tab.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(FIRST_CLASS_COL, tab.model.columnCount()):
        text = tab.model.headerData(column, Qt.Orientation.Horizontal)
        assert text.replace("\n", " ") == tab.model.header_title(column).replace("\n", " ")  # every word is there
        lines = text.split("\n")
        assert all(metrics.horizontalAdvance(line) < header.sectionSize(column) for line in lines)
        assert header.height() >= len(lines) * metrics.lineSpacing()
    assert tab.model.headerData(FIRST_CLASS_COL, Qt.Orientation.Horizontal).startswith("65250\nBenefits")
