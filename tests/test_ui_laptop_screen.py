"""The window on an analyst's laptop, 1280×800: the library's class titles whole, so the levels of a series tell
apart, and an audit's top five candidates in sight above the side by side; the analyst's own widths kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from tests.conftest import FIXTURES

SEED_TITLES = ("65250 Benefits Management Representative", "65251 Benefits Management Analyst",
               "65255 Benefits Manager 1")


def at_size(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height))
    qtbot.wait(20)


def text_room(tree, index) -> int:
    """The width the tree paints a row's text in: its cell, less the check box and the margins."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    option.text = index.data()
    option.features |= (QStyleOptionViewItem.ViewItemFeature.HasDisplay
                        | QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator)
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree).width()


def test_at_1280_by_800_the_library_shows_each_class_title_whole(window, qtbot):
    window.compare_series("OH", "6525")
    at_size(window, qtbot, 1280, 800)
    tree, model = window.panel.tree, window.panel.tree_model
    tree.expandAll()
    metrics = tree.fontMetrics()
    for key, title in zip(("OH:65250", "OH:65251", "OH:65255"), SEED_TITLES, strict=True):
        index = model.index_of(key)
        assert index.data() == title
        assert text_room(tree, index) >= metrics.horizontalAdvance(title), title
    # The comparison keeps most of the window.
    library, tabs = window.splitter.sizes()
    assert library <= 0.36 * 1280 < tabs
    # Narrower, a title too long keeps its number and the end that tells the level.
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_library_width_the_analyst_drags_to_is_kept_as_the_window_grows(window, qtbot):
    at_size(window, qtbot, 1280, 800)
    window.splitter.moveSplitter(300, 1)  # as the analyst's drag of the handle
    at_size(window, qtbot, 1600, 1000)
    assert window.splitter.sizes()[0] == 300


def test_at_1280_by_800_an_audit_shows_its_top_five_candidates_above_the_side_by_side(window, qtbot):
    with qtbot.waitSignal(window.import_finished, timeout=60000):
        window.import_paths([str(p) for p in sorted((FIXTURES / "calhr").glob("*.html"))], "CA")
    window.last_message.close()
    at_size(window, qtbot, 1280, 800)
    with qtbot.waitSignal(window.audit_opened, timeout=30000, raising=True) as opened:
        window.audits.audit_file(str(FIXTURES / "positions" / "pd-21-calhr-benefits-technician.txt"))
    tab = opened.args[0]
    qtbot.waitUntil(tab.table.isVisible)
    qtbot.wait(20)
    candidates = tab.candidates
    assert candidates.rowCount() == 10
    in_sight = [r for r in range(candidates.rowCount())
                if candidates.visualRect(candidates.model().index(r, 0)).bottom() < candidates.viewport().height()]
    assert in_sight[:5] == [0, 1, 2, 3, 4]
    # The side by side keeps the most of the height, and its columns room to read.
    assert tab.table.viewport().height() >= 300
    assert all(tab.table.columnWidth(c) >= 150 for c in range(1, tab.model.columnCount()))


def test_at_1280_by_800_each_cell_of_a_comparison_shows_its_text_whole(window, qtbot):
    from PySide6.QtGui import QTextDocument

    from desktop_app.ui.rich_text_delegate import PADDING
    from desktop_app.ui.roles import HTML_ROLE

    at_size(window, qtbot, 1280, 800)
    tab = window.compare_series("OH", "6525")
    qtbot.wait(50)  # the rows take their heights once the columns have their widths
    table, model = tab.table, tab.model
    clipped = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data(HTML_ROLE) is None or table.columnSpan(row, column) > 1:
                continue
            painted = QTextDocument()  # laid out at the width the cell is painted at, as the delegate does
            painted.setDefaultFont(table.font())
            painted.setDocumentMargin(PADDING)
            painted.setHtml(index.data(HTML_ROLE))
            painted.setTextWidth(table.visualRect(index).width())
            if painted.size().height() > table.rowHeight(row):
                clipped.append((row, column, model.row_text(row)[:40]))
    assert clipped == []
