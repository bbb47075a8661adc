"""The window from the keyboard alone: Tab goes round every pane and out of each, mnemonics are unique, every
control has an accessible name."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def name_of(widget) -> str:
    """What a screen reader calls the widget: its accessible name, else its text (a button's, a tab bar's
    current tab)."""
    return widget.accessibleName() or QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def focus_names(window, presses: int, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier) -> list[str]:
    names = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        names.append(name_of(widget))
        QTest.keyClick(widget, key, modifier)
    return names


def start_at_search(window, qtbot):
    window.activateWindow()
    window.panel.search_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.search_field)


def test_tab_goes_round_every_pane_and_back(window, qtbot):
    window.compare_series("OH", "6525")
    start_at_search(window, qtbot)
    names = focus_names(window, 20)
    assert names == [
        "Search the library", "Library classes", "Compare checked", "Specification and comparisons",
        "Differences only", "Section", "Compare with", "Reset columns", "Ignore case", "Ignore punctuation",
        "“&” = “and”", "Ignore numbering", "Level cues", "Merge identical cells",
        "Comparison table", "Audit notes", "Notes preview",
        "Insert statement of differences", "Save comparison",
        "Library, saved comparisons and positions",
    ]
    assert QApplication.focusWidget() is window.panel.search_field  # round once, back where it started
    # Shift+Tab goes the same way back.
    assert focus_names(window, 20, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) == [names[0]] + names[:0:-1]


def test_tab_leaves_the_table_and_the_notes(window, qtbot):
    tab = window.compare_series("OH", "6525")
    window.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    tab.table.setCurrentIndex(tab.model.index(3, 1))
    QTest.keyClick(tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.notes
    QTest.keyClicks(tab.notes, "Typed")
    QTest.keyClick(tab.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.notes_preview
    assert tab.notes_text() == "Typed"  # Tab went on, it did not go into the text
    tab.notes.setFocus()
    # Ctrl+Tab and Ctrl+Shift+Tab move on from an editor as well (not to another comparison).
    QTest.keyClick(tab.notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.notes_preview
    tab.notes.setFocus()
    QTest.keyClick(tab.notes, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tab.table
    assert window.current_comparison() is tab


def mnemonics(window) -> Counter:
    """The Alt+letter of every control the analyst can see, and of the menu bar."""
    letters: Counter = Counter()

    def letter(text: str) -> str | None:
        match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        return match.group(1).casefold() if match else None

    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        if (found := letter(text)) is not None:
            letters[found] += 1
    return letters


def test_no_two_controls_share_a_mnemonic(window, qtbot):
    tab = window.compare_series("OH", "6525")
    tab.open_find()
    letters = mnemonics(window)
    assert [letter for letter, count in letters.items() if count > 1] == []
    assert set("fevhcdtwapurnsilbomg") <= set(letters)
    window.panel.search_field.setText("benefits")
    qtbot.waitUntil(lambda: window.panel.stack.currentIndex() == 1)
    assert [letter for letter, count in mnemonics(window).items() if count > 1] == []


def test_no_two_controls_share_a_mnemonic_with_the_positions_and_an_audit_open(window, qtbot):
    from tests.test_ui_audit import _audit_from_file

    window.compare_series("OH", "6525")
    window.panel.tabs.setCurrentIndex(2)  # Positions
    assert [letter for letter, count in mnemonics(window).items() if count > 1] == []
    _audit_from_file(window, qtbot)
    assert [letter for letter, count in mnemonics(window).items() if count > 1] == []


def test_no_two_items_of_a_menu_share_a_mnemonic(window):
    for menu in (a.menu() for a in window.menuBar().actions()):
        letters = Counter(m.group(1).casefold() for a in menu.actions()
                          if (m := re.search(r"(?<!&)&([^&\s])", a.text().replace("&&", ""))))
        assert (menu.title(), [letter for letter, count in letters.items() if count > 1]) == (menu.title(), [])


def test_each_mnemonic_reaches_its_control(window, qtbot):
    tab = window.compare_series("OH", "6525")
    window.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    for key, widget in ((Qt.Key.Key_N, tab.notes), (Qt.Key.Key_T, tab.section_filter),
                        (Qt.Key.Key_W, tab.base_choice)):
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is widget


def test_every_control_has_an_accessible_name(window, qtbot):
    tab = window.compare_series("OH", "6525")
    tab.open_find()
    window.panel.search_field.setText("benefits")
    qtbot.waitUntil(lambda: window.panel.stack.currentIndex() == 1)
    controls = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit, QTabBar)
    nameless = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, controls) and widget.isVisibleTo(window):
            if not name_of(widget).strip():
                nameless.append(f"{type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}")
    assert nameless == []
