"""The library as a tree, jurisdiction → series → class, with counts and a checkbox per class (Qt item model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.jurisdictions import jurisdiction_name

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.library import ClassEntry, SeriesEntry

COL_NAME = 0
COL_EFFECTIVE = 1
COLUMNS = ("Class", "Effective")

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "OH:65251" for a class, "OH" / "OH:6525" for the others
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "jurisdiction" | "series" | "class"
SERIES_ROLE = Qt.ItemDataRole.UserRole + 3  # (jurisdiction, series code) for series and class nodes


@dataclass(eq=False)
class _Node:
    kind: str
    key: str
    label: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    entry: ClassEntry | None = None
    series: tuple[str, str] | None = None
    effective: str = ""
    tooltip: str = ""


class LibraryTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", "")
        self._checked: set[str] = set()

    # ---- filling ------------------------------------------------------------------------------

    def set_library(self, series: list[SeriesEntry], classes: list[ClassEntry]) -> None:
        self.beginResetModel()
        titles = {(s.jurisdiction, s.code): s.title for s in series}
        root = _Node("root", "", "")
        by_jurisdiction: dict[str, _Node] = {}
        by_series: dict[tuple[str, str], _Node] = {}
        for entry in classes:
            j = by_jurisdiction.get(entry.jurisdiction)
            if j is None:
                j = by_jurisdiction[entry.jurisdiction] = _Node(
                    "jurisdiction", entry.jurisdiction, jurisdiction_name(entry.jurisdiction), root
                )
                root.children.append(j)
            skey = (entry.jurisdiction, entry.series_code)
            s = by_series.get(skey)
            if s is None:
                title = titles.get(skey, "")
                label = f"{entry.series_code} {title}".strip() or "Single-class specifications"
                s = by_series[skey] = _Node("series", f"{entry.jurisdiction}:{entry.series_code}", label, j,
                                            series=skey, tooltip=title)
                j.children.append(s)
            s.children.append(
                _Node("class", entry.key, f"{entry.number} {entry.title}", s, entry=entry, series=skey,
                      effective=entry.effective_date.isoformat() if entry.effective_date else "",
                      tooltip=_class_tooltip(entry))
            )
        for parent in [root, *by_jurisdiction.values(), *by_series.values()]:
            for row, child in enumerate(parent.children):
                child.row = row
        self._root = root
        self._checked &= {e.key for e in classes}
        self.endResetModel()

    # ---- what the user chose ------------------------------------------------------------------

    def checked_keys(self) -> list[str]:
        return [n.key for n in self._class_nodes() if n.key in self._checked]

    def clear_checks(self) -> None:
        self._checked.clear()
        self._emit_all_changed()

    def set_checked(self, key: str, checked: bool) -> None:
        index = self.index_of(key)
        if index.isValid():
            self.setData(index, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    def series_class_keys(self, jurisdiction: str, code: str) -> list[str]:
        return [n.key for n in self._class_nodes() if n.series == (jurisdiction, code)]

    def index_of(self, key: str) -> QModelIndex:
        for node in self._all_nodes():
            if node.key == key:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def _all_nodes(self):
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def _class_nodes(self):
        return (n for n in self._all_nodes() if n.kind == "class")

    def _emit_all_changed(self) -> None:
        for node in self._class_nodes():
            index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    # ---- QAbstractItemModel -------------------------------------------------------------------

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._node(index).kind == "class" and index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_EFFECTIVE:
                return node.effective
            if node.kind == "class":
                return node.label
            return f"{node.label} ({self._count(node)})"
        if role == Qt.ItemDataRole.CheckStateRole and node.kind == "class" and column == COL_NAME:
            return Qt.CheckState.Checked if node.key in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NAME:
            return node.label
        if role == KEY_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind
        if role == SERIES_ROLE:
            return node.series
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        node = self._node(index)
        if node.kind != "class":
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        (self._checked.add if checked else self._checked.discard)(node.key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _count(self, node: _Node) -> int:
        if node.kind == "series":
            return len(node.children)
        return sum(len(s.children) for s in node.children)


def _class_tooltip(entry: ClassEntry) -> str:
    parts = [f"{entry.key} {entry.title}"]
    if entry.revisions > 1:
        parts.append(f"{entry.revisions} revisions")
    if entry.abolished:
        parts.append(f"abolished {entry.abolished.isoformat()}")
    return " · ".join(parts)
