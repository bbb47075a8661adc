"""Full-text search results as a list: class, title and the matching words in context (Qt item model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.catalog import SearchHit


from desktop_app.core.text_escape import html_text, tooltip_text
from desktop_app.ui.roles import HTML_ROLE, KEY_ROLE


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.number} {hit.title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(f"{hit.jurisdiction}:{hit.number} {hit.title}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.jurisdiction}:{hit.number} {hit.title}"
        if role == KEY_ROLE:
            return f"{hit.jurisdiction}:{hit.number}"
        if role == HTML_ROLE:
            from desktop_app.store.catalog import MATCH_END, MATCH_START

            context = html_text(hit.marked).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")
            return f"<b>{html_text(hit.number)}</b> {html_text(hit.title)}<br><small>{context}</small>"
        return None
