"""The comparison tab: three levels side by side, navigation, find, options, columns, several tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.comparison_model import COL_STATUS, FIRST_CLASS_COL
from desktop_app.ui.roles import HTML_ROLE, ROW_KIND_ROLE, STATUS_ROLE


@pytest.fixture
def tab(window):
    return window.compare_series("OH", "6525")


def rows_of(tab):
    model = tab.model
    return [
        (model.index(r, 0).data(ROW_KIND_ROLE), model.index(r, COL_STATUS).data())
        for r in range(model.rowCount())
    ]


def row_with(tab, text: str) -> int:
    model = tab.model
    return next(r for r in range(model.rowCount()) if text in model.row_text(r))


def test_compare_series_opens_a_tab_in_ladder_order(window, tab, qtmodeltester):
    assert window.tabs.tabText(window.tabs.currentIndex()) == "65250 → 65251 → 65255"
    model = tab.model
    # Each class column's whole title (the header shows it wrapped to the column's width).
    assert [model.headerData(0, Qt.Orientation.Horizontal)] + [
        model.header_title(c) for c in range(1, model.columnCount())] == [
        "Status",
        "65250\nBenefits Management Representative",
        "65251\nBenefits Management Analyst",
        "65255\nBenefits Manager 1",
    ]
    qtmodeltester.check(model)


def test_rows_carry_their_status_and_headings_their_figures(tab):
    model = tab.model
    headings = [model.index(r, 0).data() for r in model.heading_rows()]
    assert headings[:2] == ["Level factors", "Class"]  # the factors first; the class block has no figures
    knowledge = next(h for h in headings if h.startswith("Knowledge"))
    assert knowledge == ("Knowledge — 7 items: 4 same, 1 changed, 0 related, 2 added, 0 dropped · new: 1 at 65251, "
                         "1 at 65255 · 6 words inserted, 2 deleted · 97.1% similar")
    row = row_with(tab, "supervisory principles & techniques")
    assert model.index(row, COL_STATUS).data() == "Added at 65255"
    assert model.index(row, FIRST_CLASS_COL).data() == "—"
    assert model.index(row, FIRST_CLASS_COL + 2).data() == (
        "supervisory principles & techniques (developed after employment)"
    )
    row = row_with(tab, "managerial principles/techniques")
    assert model.index(row, COL_STATUS).data() == "Added at 65251"
    same = row_with(tab, "understand & interpret insurance contracts")
    assert model.index(same, 0).data(STATUS_ROLE) == "same"


def test_marks_are_underline_and_strikethrough_not_colour_alone(tab):
    model = tab.model
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("knowledge"))
    row = row_with(tab, "case management programs; unemployment benefits)")
    assert model.index(row, COL_STATUS).data() == "Changed"
    assert model.index(row, FIRST_CLASS_COL + 1).data(HTML_ROLE) == (
        "assigned benefit program area (e.g., state life &amp;/or health &amp;/or dental &amp;/or vision insurance "
        "programs; workers&#x27; compensation; occupational injury leave; disability leave; early intervention "
        "&amp; return to work programs &amp; initiatives; case management programs<span style='color:#8f1a14; "
        "background-color:#fbdcd8; text-decoration:line-through;'>; unemployment benefits</span>)"
    )
    assert "Marks run from lower to higher level" in tab.legend.text()
    assert "Underlined words" in tab.legend.text() and "struck-through words" in tab.legend.text()
    assert "words in grey</span> are the ones it shares with the cell it is compared with." in tab.legend.text()
    cue = "Highlighted words</span> are the ones the level factors were read from."
    assert tab.level_cues.isChecked() and cue in tab.legend.text()
    tab.level_cues.setChecked(False)
    assert cue not in tab.legend.text()
    tab.level_cues.setChecked(True)


def test_next_and_previous_change(window, tab):
    model = tab.model
    changed = model.changed_rows()
    window.actions["next_change"].trigger()
    assert tab.table.currentIndex().row() == changed[0]
    window.actions["next_change"].trigger()
    assert tab.table.currentIndex().row() == changed[1]
    window.actions["previous_change"].trigger()
    assert tab.table.currentIndex().row() == changed[0]
    for _ in range(len(changed) + 2):
        window.actions["next_change"].trigger()
    assert tab.table.currentIndex().row() == changed[-1]


def test_differences_only_and_section_filter(window, tab):
    all_rows = tab.model.rowCount()
    window.actions["differences_only"].trigger()
    assert tab.differences_only.isChecked()
    statuses = {tab.model.index(r, 0).data(STATUS_ROLE) for r in range(tab.model.rowCount())}
    assert "same" not in statuses
    assert tab.model.rowCount() < all_rows
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("abilities"))
    assert [k for k, _ in rows_of(tab)] == ["section", "item"]
    assert tab.model.index(1, COL_STATUS).data() == "Added at 65255"
    tab.differences_only.setChecked(False)
    assert tab.model.rowCount() == 1 + 9


def test_options_change_the_marks_not_the_texts(window, seed_specs):
    """Two texts of one class that differ only in the case of one word: ticking "Ignore case" recomputes the
    tab, the row becomes "Same" and loses its marks, and the texts shown stay as written."""
    from dataclasses import replace

    from desktop_app.core.comparison_state import ComparisonState
    from desktop_app.core.model import Item, Section

    old = seed_specs["65250"]
    duty = old.section("duties").items[0].text
    shouted = replace(old, sections=tuple(
        Section(s.kind, s.heading, (Item(duty.replace("Assists", "ASSISTS", 1)),) + s.items[1:], s.note)
        if s.kind == "duties" else s for s in old.sections
    ))
    tab = window.open_comparison(ComparisonState(("OH:65250", "OH:65250@new")), specs=[old, shouted])
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("duties"))
    row = row_with(tab, "ASSISTS in development")
    assert tab.model.index(row, COL_STATUS).data() == "Changed"
    html = tab.model.index(row, FIRST_CLASS_COL + 1).data(HTML_ROLE)
    assert html.startswith("<span style='color:#8f1a14; background-color:#fbdcd8; text-decoration:line-through;'>"
                           "Assists</span><span style='color:#0a5d1f; background-color:#d4f4da; "
                           "text-decoration:underline;'>ASSISTS</span> in development &amp; implementation")
    tab.option_boxes["ignore_case"].setChecked(True)
    assert tab.options.ignore_case is True
    row = row_with(tab, "ASSISTS in development")
    assert tab.model.index(row, COL_STATUS).data() == "Same"
    assert tab.model.index(row, FIRST_CLASS_COL + 1).data(HTML_ROLE).startswith(
        "ASSISTS in development &amp; implementation")
    assert tab.model.index(row, FIRST_CLASS_COL).data().startswith("Assists in development")


def test_base_one_class(tab):
    tab.base_choice.setCurrentIndex(tab.base_choice.findData("65250"))
    assert tab.options.base == "65250"
    assert tab.legend.text().startswith("Each column is compared with 65250.")
    row = row_with(tab, "managerial principles/techniques")
    assert tab.model.index(row, COL_STATUS).data() == "Added at 65251"


def test_find(window, tab, qtbot):
    window.actions["find"].trigger()
    assert tab.find_bar.isVisible()
    assert tab.find_next("friendly atmosphere")
    row = tab.table.currentIndex().row()
    assert "establish friendly atmosphere" in tab.model.row_text(row)
    assert tab.find_status.text() == "row 1 of 1"
    assert not tab.find_next("no such words anywhere")
    assert tab.find_status.text() == "not found"
    tab.close_find()
    assert not tab.find_bar.isVisible()


def test_column_order_drag_and_reset(tab):
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(3), 1)
    assert tab.column_order() == ["65255", "65250", "65251"]
    tab.reset_column_order()
    assert tab.column_order() == ["65250", "65251", "65255"]


def test_several_comparison_tabs(window):
    first = window.compare_series("OH", "6525")
    second = window.compare_classes(["OH:65255", "OH:65250"])
    assert second.title() == "65250 → 65255"
    assert window.comparison_tabs() == [first, second]
    window.close_current_tab()
    assert window.comparison_tabs() == [first]


def test_comparing_needs_two_classes(window):
    assert window.compare_classes(["OH:65250"]) is None
    assert window.last_message.text() == "Tick two or more classes in the library (or select them), then compare."
    window.last_message.close()


def test_a_series_of_one_class_says_there_is_nothing_to_compare(window, tmp_path, qtbot):
    from tests.conftest import SEED

    single = tmp_path / "single.txt"
    seed = SEED.read_text()
    detail = seed[seed.index("CLASS TITLE: Benefits Manager 1"):].replace("65255", "77775")
    single.write_text(detail.replace("Benefits Manager 1", "Claims Examiner"))
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        window.import_paths([str(single)])
    window.last_message.close()
    assert window.compare_series("OH", "7777") is None
    assert window.last_message.text().startswith("Series 7777 has 1 class in the library; a comparison needs two")
    window.last_message.close()


def test_marks_follow_a_switch_to_a_dark_palette(window, tab, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    assert tab.model._scheme == "light"
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: tab.model._scheme == "dark")
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: tab.model._scheme == "light")


def test_single_class_specifications_are_not_compared_as_a_series(window):
    assert window.compare_series("CA", "") is None
    assert window.last_message.text() == (
        "These classes share no series, so they have no levels to put in order. "
        "Tick the classes you want to compare and press Compare checked."
    )
    window.last_message.close()
    assert window.comparison_tabs() == []


def test_classes_of_two_states_compare_as_classes_not_levels(window):
    from desktop_app.store.importing import import_paths
    from tests.calhr_pages import FIXTURES

    import_paths(window.library, [FIXTURES / "6410.html"])
    tab = window.compare_classes(["OH:65251", "CA:6410"])
    assert sorted(tab.comparison.labels) == ["CA:6410", "OH:65251"]
    assert tab.base_choice.itemText(0) == "Previous class"
    assert "Marks run from left to right" in tab.legend.text()
    assert window.tabs.tabText(window.tabs.currentIndex()) == " → ".join(tab.comparison.labels)


def test_the_analyst_parts_and_joins_rows_and_the_choice_is_saved(window, tab):
    from PySide6.QtCore import QItemSelectionModel

    tab.section_filter.setCurrentIndex(tab.section_filter.findData("duties"))
    lead = row_with(tab, "Assists in development & implementation")
    assert tab.model.index(lead, COL_STATUS).data() == "Related"
    tab.table.setCurrentIndex(tab.model.index(lead, FIRST_CLASS_COL + 1))
    window.actions["part_row"].trigger()
    dropped = row_with(tab, "Assists in development & implementation")
    assert tab.model.index(dropped, COL_STATUS).data() == "Dropped at 65251, parted by the analyst"
    added = row_with(tab, "Manages variety of both ongoing")
    assert tab.model.index(added, COL_STATUS).data() == "Added at 65251, related at 65255, parted by the analyst"

    selection = tab.table.selectionModel()
    selection.clearSelection()
    for row in (dropped, added):
        selection.select(tab.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    window.actions["join_rows"].trigger()
    joined = row_with(tab, "Assists in development & implementation")
    assert tab.model.index(joined, COL_STATUS).data() == "Related, joined by the analyst"

    saved_id = window.save_current_comparison("Series review with a join")
    window.close_current_tab()
    reopened = window.open_saved_comparison(saved_id)
    reopened.section_filter.setCurrentIndex(reopened.section_filter.findData("duties"))
    row = row_with(reopened, "Assists in development & implementation")
    assert reopened.model.index(row, COL_STATUS).data() == "Related, joined by the analyst"


def test_joining_rows_that_share_a_class_says_why_not(window, tab):
    from PySide6.QtCore import QItemSelectionModel

    tab.section_filter.setCurrentIndex(tab.section_filter.findData("duties"))
    selection = tab.table.selectionModel()
    for row in (1, 2):  # duty rows 1 and 2 both have tasks of every level
        selection.select(tab.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    window.actions["join_rows"].trigger()
    assert window.statusBar().currentMessage() == (
        "Both rows have an item of 65250, 65251, 65255; rows join only where each has classes the other lacks.")
