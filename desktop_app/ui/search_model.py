"""Full-text search results as a list: class, title, jurisdiction and the matching words in context, each with
a tick to compare it (Qt item model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.catalog import SearchHit


from desktop_app.core.text_escape import html_text, tooltip_text
from desktop_app.ui.roles import CHECKED, HTML_ROLE, KEY_ROLE, UNCHECKED


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._names: dict[str, str] = {}
        self._checked: list[str] = []  # ticked keys, in the order they were ticked

    def set_hits(self, hits: list[SearchHit], jurisdiction_names: dict[str, str] | None = None) -> None:
        """The results of a new search; the ticks of the results still found stay."""
        self.beginResetModel()
        self._hits = list(hits)
        self._names = dict(jurisdiction_names or {})
        keys = {self._key(hit) for hit in self._hits}
        self._checked = [key for key in self._checked if key in keys]
        self.endResetModel()

    @staticmethod
    def _key(hit) -> str:
        return f"{hit.jurisdiction}:{hit.number}"

    def checked_keys(self) -> list[str]:
        """Ticked results, in list order."""
        return [self._key(hit) for hit in self._hits if self._key(hit) in self._checked]

    def set_checked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, 0), CHECKED if on else UNCHECKED, Qt.ItemDataRole.CheckStateRole)

    def clear_checks(self) -> None:
        self.beginResetModel()
        self._checked = []
        self.endResetModel()

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._key(self._hits[index.row()])
        on = getattr(value, "value", value) == CHECKED
        if on and key not in self._checked:
            self._checked.append(key)
        elif not on and key in self._checked:
            self._checked.remove(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        place = self._names.get(hit.jurisdiction, hit.jurisdiction)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.number} {hit.title} · {place}\n{hit.snippet}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return CHECKED if self._key(hit) in self._checked else UNCHECKED
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(f"{hit.jurisdiction}:{hit.number} {hit.title} · {place}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.jurisdiction}:{hit.number} {hit.title}, {place}"
        if role == KEY_ROLE:
            return self._key(hit)
        if role == HTML_ROLE:
            from desktop_app.store.catalog import MATCH_END, MATCH_START

            context = html_text(hit.marked).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")
            return (f"<b>{html_text(hit.number)}</b> {html_text(hit.title)} · <i>{html_text(place)}</i>"
                    f"<br><small>{context}</small>")
        return None
