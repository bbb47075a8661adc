"""Search results compared: ticked or selected results, their jurisdiction, the right-click menu, and the tree as it
was once the search is cleared."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop_app.ui.roles import KEY_ROLE


def search(window, qtbot, text: str):
    panel = window.panel
    panel.search_field.setText(text)
    qtbot.waitUntil(lambda: panel.results_model is not None and panel.stack.currentIndex() == 1
                    and panel.results_label.text().endswith(f"for “{text}”"))
    return panel.results_model


def test_ticked_results_are_compared(window, qtbot, qtmodeltester):
    results = search(window, qtbot, "benefits")
    qtmodeltester.check(results)
    keys = [results.index(r, 0).data(KEY_ROLE) for r in range(results.rowCount())]
    assert sorted(keys) == ["OH:65250", "OH:65251", "OH:65255"]
    for row in (keys.index("OH:65255"), keys.index("OH:65250")):
        results.set_checked(row, True)
    assert results.index(keys.index("OH:65250"), 0).data(Qt.ItemDataRole.CheckStateRole) == 2
    assert window.panel.chosen_keys() == [k for k in keys if k in ("OH:65250", "OH:65255")]
    window.actions["compare"].trigger()  # Compare checked (Ctrl+Return)
    tab = window.current_comparison()
    assert tab.title() == "65250 → 65255"  # in ladder order


def test_results_selected_with_ctrl_click_are_compared_from_the_menu(window, qtbot):
    results = search(window, qtbot, "benefits")
    view = window.panel.results
    selection = view.selectionModel()
    for row in (0, 1):
        selection.select(results.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    chosen = [results.index(row, 0).data(KEY_ROLE) for row in (0, 1)]
    assert window.panel.chosen_keys() == chosen
    menu = window.panel.results_menu(results.index(0, 0))
    assert [a.text() for a in menu.actions()] == ["Compare 2 classes", "Show in library"]
    menu.actions()[0].trigger()
    assert sorted(window.current_comparison().state.classes) == sorted(chosen)


def test_show_in_library_and_clearing_the_search_keep_the_tree(window, qtbot):
    panel = window.panel
    tree = panel.tree
    model = panel.tree_model
    jurisdiction = model.index(0, 0)
    series = model.index(0, 0, jurisdiction)
    tree.collapse(series)
    panel.select_class("OH:65250")
    model.set_checked("OH:65251", True)
    before = (tree.isExpanded(series), tree.currentIndex().data(KEY_ROLE), model.checked_keys())
    results = search(window, qtbot, "supervisory")
    panel.results.setCurrentIndex(results.index(0, 0))  # reads a result
    panel.search_field.clear()
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == 0)
    assert (tree.isExpanded(series), tree.currentIndex().data(KEY_ROLE), model.checked_keys()) == before
    results = search(window, qtbot, "supervisory")
    key = results.index(0, 0).data(KEY_ROLE)
    panel.results_menu(results.index(0, 0)).actions()[-1].trigger()  # Show in library
    assert panel.stack.currentIndex() == 0 and panel.search_field.text() == ""
    assert tree.currentIndex().data(KEY_ROLE) == key
    assert window.shown_spec.key == key
