"""The library panel as an analyst uses it: the tree with counts, search as you type, a spec to read."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.ui.library_model import LibraryTreeModel
from desktop_app.ui.roles import HTML_ROLE, KEY_ROLE
from desktop_app.ui.search_model import SearchResultsModel


def test_window_title_and_tree(window):
    # The title bar reads "gui-library.sqlite — Class Spec Compare": Qt adds the application's display name once.
    assert window.windowTitle() == "gui-library.sqlite[*]"
    assert QApplication.applicationDisplayName() == "Class Spec Compare"
    model = window.panel.tree_model
    jurisdiction = model.index(0, 0)
    series = model.index(0, 0, jurisdiction)
    assert jurisdiction.data() == "State of Ohio (DAS) (3)"
    assert series.data() == "6525 Benefits Management (3)"
    assert [model.index(r, 0, series).data() for r in range(3)] == [
        "65250 Benefits Management Representative",
        "65251 Benefits Management Analyst",
        "65255 Benefits Manager 1",
    ]
    assert model.index(0, 1, series).data() == "1995-11-12"
    assert model.index(0, 0, series).data(KEY_ROLE) == "OH:65250"
    assert window.panel.count_label.text() == "3 classes in 1 series"
    assert window.status_label.text().startswith("3 classes · library ")


def test_single_class_specifications_are_not_counted_as_a_series(window, tmp_path):
    from desktop_app.store.importing import import_paths
    from tests.calhr_pages import FIXTURES

    (outcome,) = import_paths(window.library, [FIXTURES / "0010.html"])
    assert outcome.status == "imported"
    window.panel.refresh()
    assert window.panel.count_label.text() == "4 classes in 1 series"


def test_library_tree_model_is_a_proper_model(window, qtmodeltester):
    qtmodeltester.check(window.panel.tree_model)


def test_search_as_you_type_and_read_the_spec(window, qtbot, qtmodeltester):
    panel = window.panel
    qtbot.keyClicks(panel.search_field, "friendly atmos")
    qtbot.waitUntil(lambda: panel.results_model is not None and panel.results_model.rowCount() == 1)
    qtmodeltester.check(panel.results_model)
    assert panel.results_label.text() == "1 match for “friendly atmos”"
    index = panel.results_model.index(0, 0)
    assert index.data(KEY_ROLE) == "OH:65255"
    assert index.data().startswith("65255 Benefits Manager 1 · State of Ohio (DAS)\n")
    assert index.data(HTML_ROLE).endswith("establish <b>friendly</b> <b>atmosphere</b> as team leader of work …</small>")
    panel.results.setCurrentIndex(index)
    text = window.spec_view.toPlainText()
    assert text.startswith("Benefits Manager 1\n")
    assert "establish friendly atmosphere as team leader of work unit" in text
    assert window.tabs.tabText(0) == "65255 Benefits Manager 1"
    # The words searched are marked in the document (the last one as the start of a word).
    marked = re.findall(r'background-color:#ffe27a;">([^<]*)<', window.spec_view.document().toHtml())
    assert marked == ["friendly", "atmosphere"]
    panel.search_field.clear()
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == 0)


def test_selecting_a_class_shows_a_readable_document(window):
    window.panel.select_class("OH:65251")
    text = window.spec_view.toPlainText()
    for expected in ("Benefits Management Analyst", "Bargaining unit  \nEX\n", "Effective  \n1995-08-06\n",
                     "JOB DUTIES IN ORDER OF IMPORTANCE", "Knowledge of",
                     "managerial principles/techniques (developed after employment)",
                     "Or 12 mos. exp. as Benefits Management Representative, 65250."):
        assert expected in text
    html = window.spec_view.toHtml()
    assert html.count("<li") == 4 + 6 + 1 + 8  # duties, knowledge, skill, abilities


def test_ticking_classes_chooses_them_in_tree_order(window):
    model = window.panel.tree_model
    model.set_checked("OH:65255", True)
    model.set_checked("OH:65250", True)
    assert model.checked_keys() == ["OH:65250", "OH:65255"]
    assert window.panel.chosen_keys() == ["OH:65250", "OH:65255"]
    index = model.index_of("OH:65255")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    model.clear_checks()
    assert model.checked_keys() == []


def test_a_tick_by_mouse_chooses_the_class(window, qtbot):
    tree = window.panel.tree
    tree.expandAll()
    index = window.panel.tree_model.index_of("OH:65251")
    rect = tree.visualRect(index)
    check_box = rect.topLeft() + QPoint(tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 4,
                                         rect.height() // 2)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box)
    assert window.panel.tree_model.checked_keys() == ["OH:65251"]  # the tick itself, not the selected row
    assert window.panel.chosen_keys() == ["OH:65251"]


def test_a_large_library_makes_class_rows_when_a_series_is_opened(window, monkeypatch, qtmodeltester, qtbot):
    import desktop_app.ui.library_model as library_model

    monkeypatch.setattr(library_model, "EAGER_CLASSES", 0)
    window.panel.refresh()
    model, tree = window.panel.tree_model, window.panel.tree
    jurisdiction = model.index(0, 0)
    assert jurisdiction.data() == "State of Ohio (DAS) (3)"
    assert not tree.isExpanded(jurisdiction)
    assert model.hasChildren(jurisdiction) and model.canFetchMore(jurisdiction)
    assert model.index(0, 0, jurisdiction).data(KEY_ROLE) is None  # a placeholder row until it is opened
    tree.expand(jurisdiction)
    series = model.index(0, 0, jurisdiction)
    qtbot.waitUntil(lambda: series.data() == "6525 Benefits Management (3)")
    assert model.hasChildren(series) and model.canFetchMore(series)
    assert model.index(0, 0, series).data(KEY_ROLE) is None
    tree.expand(series)
    qtbot.waitUntil(lambda: model.rowCount(series) == 3)
    assert [model.index(r, 0, series).data() for r in range(model.rowCount(series))] == [
        "65250 Benefits Management Representative",
        "65251 Benefits Management Analyst",
        "65255 Benefits Manager 1",
    ]
    qtmodeltester.check(model)
    window.panel.refresh()
    assert model.checked_keys() == []
    model.set_checked("OH:65255", True)  # a class of a series not opened yet
    assert model.checked_keys() == ["OH:65255"]
    window.panel.refresh()  # as after an import: the tick stays, and shows once the series is opened
    assert model.checked_keys() == ["OH:65255"]
    assert model.index_of("OH:65255").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
    assert model.series_class_keys("OH", "6525") == ["OH:65250", "OH:65251", "OH:65255"]


def test_roles_are_the_numbers_qt_gives_them():
    from desktop_app.ui import roles

    assert roles.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert roles.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert roles.CHECK_STATE_ROLE == Qt.ItemDataRole.CheckStateRole.value
    assert roles.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert roles.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert (roles.CHECKED, roles.UNCHECKED) == (Qt.CheckState.Checked.value, Qt.CheckState.Unchecked.value)


def test_each_of_our_roles_has_a_number_of_its_own():
    from desktop_app.ui import roles

    assert len(roles.OUR_ROLES) == 10
    assert len(set(roles.OUR_ROLES.values())) == len(roles.OUR_ROLES)
    assert min(roles.OUR_ROLES.values()) == roles.USER_ROLE + 1


def test_an_empty_tree_model_is_fine(qtmodeltester):
    model = LibraryTreeModel()
    qtmodeltester.check(model)
    qtmodeltester.check(SearchResultsModel())


def test_about_box_names_the_version(window):
    box = window.show_about()
    assert box.windowTitle() == "About Class Spec Compare"
    assert box.text().startswith("Class Spec Compare 0.1.0\n")
    box.close()


def test_menus_follow_desktop_conventions(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Draft", "&Help"]
    assert window.actions["import"].shortcut().toString() == "Ctrl+I"
    assert window.actions["next_change"].shortcut().toString() == "F7"
    assert window.actions["previous_change"].shortcut().toString() == "Shift+F7"
    assert window.actions["find"].shortcut().toString() == "Ctrl+F"
    assert window.actions["quit"].shortcut().toString() == "Ctrl+Q"
    assert window.panel.search_field.accessibleName() == "Search the library"
    assert window.panel.tree.accessibleName() == "Library classes"


def test_an_abolished_class_says_so_in_the_tree(window):
    from desktop_app.store.importing import import_paths
    from tests.calhr_pages import FIXTURES

    import_paths(window.library, [FIXTURES / "6410.html"])
    window.panel.refresh()
    abolished = [e for e in window.library.classes() if e.abolished]
    assert abolished, "the 6410 series page has an abolished level"
    entry = abolished[0]
    assert window.panel.tree_model.index_of(entry.key).data() == f"{entry.number} {entry.title} (abolished)"
    assert window.panel.tree_model.index_of("OH:65251").data() == "65251 Benefits Management Analyst"
