"""The saved comparisons list: name, classes and date of each; open or delete one (Qt widget)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from desktop_app.core.text_escape import tooltip_text
from desktop_app.ui.context_menu import ContextMenuAt
from desktop_app.ui.roles import SAVED_ID_ROLE

if TYPE_CHECKING:
    from desktop_app.store.catalog import SavedComparison



class SavedList(ContextMenuAt, QListWidget):
    context_menu_at = Signal(QPoint)
    opened = Signal(int)  # the saved comparison's id
    deleted = Signal(int)
    renamed = Signal(int)  # asked to rename: the window asks for the name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Saved comparisons")
        self.itemActivated.connect(lambda item: self.opened.emit(int(item.data(SAVED_ID_ROLE))))
        self.context_menu_at.connect(self._on_context_menu)

    def show_saved(self, saved: list[SavedComparison]) -> None:
        self.clear()
        for comparison in saved:
            item = QListWidgetItem(
                f"{comparison.name}\n{', '.join(comparison.classes)} · {comparison.updated_at[:10]}"
            )
            item.setData(SAVED_ID_ROLE, comparison.id)
            item.setToolTip(tooltip_text(comparison.notes[:300] if comparison.notes else comparison.name))
            self.addItem(item)

    def _on_context_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is None:
            return
        menu = QMenu(self)
        saved_id = int(item.data(SAVED_ID_ROLE))
        menu.addAction("Open", lambda: self.opened.emit(saved_id))
        menu.addAction("Rename…", lambda: self.renamed.emit(saved_id))
        menu.addAction("Delete", lambda: self.deleted.emit(saved_id))
        menu.exec(self.viewport().mapToGlobal(point))
