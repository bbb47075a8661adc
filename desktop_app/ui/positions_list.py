"""The library's positions, each with its audits beneath it: audit a position, reopen an audit (Qt widget)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem

from desktop_app.core.text_escape import tooltip_text
from desktop_app.ui.context_menu import ContextMenuAt
from desktop_app.ui.roles import AUDIT_ID_ROLE, POSITION_ID_ROLE

if TYPE_CHECKING:
    from desktop_app.store.audits import AuditEntry
    from desktop_app.store.positions import PositionEntry


class PositionsList(ContextMenuAt, QTreeWidget):
    context_menu_at = Signal(QPoint)
    audit_requested = Signal(int)  # a position's id: audit it
    audit_opened = Signal(int)  # an audit's id
    audit_delete_requested = Signal(int)  # an audit's id
    position_delete_requested = Signal(int)  # a position's id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Positions")
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._on_item_activated)
        self.context_menu_at.connect(self._on_context_menu)

    def show_positions(self, positions: list[PositionEntry], audits: list[AuditEntry]) -> None:
        self.clear()
        by_position: dict[int, list[AuditEntry]] = {}
        for entry in audits:
            by_position.setdefault(entry.position_id, []).append(entry)
        for position in positions:
            stated = f" · {position.current_class}" if position.current_class else ""
            item = QTreeWidgetItem([f"{position.title}{stated}"])
            item.setData(0, POSITION_ID_ROLE, position.id)
            item.setToolTip(0, tooltip_text(f"{position.title}\n{position.agency}\n"
                                            f"imported {position.imported_at[:10]}"))
            for entry in by_position.get(position.id, []):
                chosen = entry.chosen_class or "not decided"
                when = f" from {entry.effective_date.isoformat()}" if entry.effective_date else ""
                child = QTreeWidgetItem([f"Audit {entry.id}: {chosen}{when} · {entry.updated_at[:10]}"])
                child.setData(0, AUDIT_ID_ROLE, entry.id)
                item.addChild(child)
            self.addTopLevelItem(item)
        self.expandAll()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        audit_id = item.data(0, AUDIT_ID_ROLE)
        if audit_id is not None:
            self.audit_opened.emit(int(audit_id))
        else:
            self.audit_requested.emit(int(item.data(0, POSITION_ID_ROLE)))

    def _on_context_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is None:
            return
        menu = QMenu(self)
        audit_id = item.data(0, AUDIT_ID_ROLE)
        if audit_id is not None:
            menu.addAction("Open Audit", lambda: self.audit_opened.emit(int(audit_id)))
            menu.addAction("Delete Audit…", lambda: self.audit_delete_requested.emit(int(audit_id)))
        else:
            position_id = int(item.data(0, POSITION_ID_ROLE))
            menu.addAction("Audit This Position…", lambda: self.audit_requested.emit(position_id))
            menu.addAction("Delete Position…", lambda: self.position_delete_requested.emit(position_id))
        menu.exec(self.viewport().mapToGlobal(point))
