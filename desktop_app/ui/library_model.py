"""The library as a tree, jurisdiction → series → class, with counts and a checkbox per class (Qt item model).

A QStandardItemModel, so that painting the tree never calls into Python. In a large library the class rows of a
series are made when the series is first expanded (fetchMore), so a library of thousands of classes opens about
as fast as a small one. Nothing here reads the ``Qt`` namespace (see roles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.core.jurisdictions import jurisdiction_name
from desktop_app.ui.roles import ACCESSIBLE_TEXT_ROLE, CHECK_STATE_ROLE, CHECKED, UNCHECKED, USER_ROLE

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.catalog import Catalog, ClassEntry, SeriesEntry

COL_NAME = 0
COL_EFFECTIVE = 1
COLUMNS = ("Class", "Effective")

KEY_ROLE = USER_ROLE + 1  # "OH:65251" for a class, "OH" / "OH:6525" for the others
KIND_ROLE = USER_ROLE + 2  # "jurisdiction" | "series" | "class"
SERIES_ROLE = USER_ROLE + 3  # (jurisdiction, series code) for series and class nodes

# A library with at most this many classes gets every class row at once; a larger one, series by series.
EAGER_CLASSES = 400


class LibraryTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self._library: Catalog | None = None
        self._series_items: dict[tuple[str, str], QStandardItem] = {}
        self._pending: set[tuple[str, str]] = set()  # series whose class rows are not made yet
        self._class_items: dict[str, QStandardItem] = {}
        self._checked: dict[str, tuple[str, str]] = {}  # ticked class → its series
        self.itemChanged.connect(self._on_item_changed)

    # ---- filling ------------------------------------------------------------------------------

    def set_library(self, library: Catalog, series: list[SeriesEntry]) -> None:
        """Jurisdiction and series rows with their counts; class rows now or on expanding (EAGER_CLASSES)."""
        self.removeRows(0, self.rowCount())
        self._library = library
        self._series_items.clear()
        self._class_items.clear()
        self._pending.clear()
        eager = sum(s.classes for s in series) <= EAGER_CLASSES
        listed: dict[tuple[str, str], list[ClassEntry]] = {}
        if eager:
            for entry in library.classes():
                listed.setdefault((entry.jurisdiction, entry.series_code), []).append(entry)
        jurisdictions: dict[str, tuple[QStandardItem, list[int]]] = {}
        pending = []
        for entry in series:
            if entry.jurisdiction not in jurisdictions:
                jurisdictions[entry.jurisdiction] = (_node("jurisdiction", entry.jurisdiction, ""), [0])
            parent, count = jurisdictions[entry.jurisdiction]
            key = (entry.jurisdiction, entry.code)
            label = f"{entry.code} {entry.title}".strip() or "Single-class specifications"
            item = _node("series", f"{entry.jurisdiction}:{entry.code}", f"{label} ({entry.classes})", label,
                         entry.title)
            item.setData(key, SERIES_ROLE)
            parent.appendRow(item)
            count[0] += entry.classes
            self._series_items[key] = item
            if eager:
                self._add_classes(item, listed.get(key, []))
            else:
                item.appendRow([QStandardItem(), QStandardItem()])
                pending.append(key)
        waiting = set(pending)
        known = self._class_items if eager else {k for k, series in self._checked.items() if series in waiting}
        self._checked = {k: series for k, series in self._checked.items() if k in known}
        rows: list[QStandardItem] = []
        for code, (item, count) in jurisdictions.items():
            name = jurisdiction_name(code)
            item.setText(f"{name} ({count[0]})")
            item.setData(name, ACCESSIBLE_TEXT_ROLE)
            rows.append(item)
        for row in rows:  # each jurisdiction arrives whole: one insertion for the view, not one per series
            self.appendRow(row)
        self._pending.update(pending)  # only now: a view must not fetch class rows amid inserting a jurisdiction

    def _add_classes(self, series_item: QStandardItem, entries: list[ClassEntry]) -> None:
        for entry in entries:
            item, cell = QStandardItem(), QStandardItem()
            self._fill_class(item, cell, series_item, entry)
            series_item.appendRow([item, cell])

    def _fill_class(self, item: QStandardItem, cell: QStandardItem, series_item: QStandardItem,
                    entry: ClassEntry) -> None:
        label = f"{entry.number} {entry.title}"
        item.setText(label)
        item.setData(entry.key, KEY_ROLE)
        item.setData("class", KIND_ROLE)
        item.setData(label, ACCESSIBLE_TEXT_ROLE)
        item.setToolTip(_class_tooltip(entry))
        item.setData(series_item.data(SERIES_ROLE), SERIES_ROLE)
        item.setCheckable(True)
        item.setData(CHECKED if entry.key in self._checked else UNCHECKED, CHECK_STATE_ROLE)
        cell.setText(entry.effective_date.isoformat() if entry.effective_date else "")
        self._class_items[entry.key] = item

    def _make_rows(self, key: tuple[str, str]) -> None:
        """Turn a series' placeholder row into its first class and add the others."""
        if key not in self._pending or self._library is None:
            return
        self._pending.discard(key)
        series_item = self._series_items[key]
        entries = self._library.classes(series_code=key[1], jurisdiction=key[0])
        if not entries:
            series_item.removeRow(0)
            return
        self._fill_class(series_item.child(0, 0), series_item.child(0, 1), series_item, entries[0])
        self._add_classes(series_item, entries[1:])

    # ---- rows made on expanding ---------------------------------------------------------------
    # A series not opened yet holds one empty placeholder row, so that the view draws its expand mark
    # without asking Python (a hasChildren override is called for every row the tree lays out).

    def canFetchMore(self, parent) -> bool:  # noqa: N802 (Qt's name)
        return self._pending_series(parent) is not None

    def fetchMore(self, parent) -> None:  # noqa: N802
        key = self._pending_series(parent)
        if key is not None:
            self._make_rows(key)

    def _pending_series(self, index) -> tuple[str, str] | None:
        if not self._pending or not index.isValid() or index.column() != COL_NAME:
            return None
        item = self.itemFromIndex(index)
        if item is None or item.data(KIND_ROLE) != "series":
            return None
        key = item.data(SERIES_ROLE)
        return key if key in self._pending else None

    # ---- what the user chose ------------------------------------------------------------------

    def checked_keys(self) -> list[str]:
        """Ticked classes in tree order (jurisdiction, series, number)."""
        return sorted(self._checked, key=lambda key: (*self._checked[key], key))

    def clear_checks(self) -> None:
        for key in list(self._checked):
            self.set_checked(key, False)

    def set_checked(self, key: str, checked: bool) -> None:
        index = self.index_of(key)
        if index.isValid():
            self.setData(index, CHECKED if checked else UNCHECKED, CHECK_STATE_ROLE)

    def series_class_keys(self, jurisdiction: str, code: str) -> list[str]:
        if self._library is None:
            return []
        return [e.key for e in self._library.classes(series_code=code, jurisdiction=jurisdiction)]

    def index_of(self, key: str) -> QModelIndex:
        """The class row of ``key`` (made if its series was not expanded yet), else the jurisdiction or series
        row of that key; an invalid index when there is none."""
        if key not in self._class_items and self._library is not None and ":" in key:
            jurisdiction, _, number = key.partition(":")
            for entry in self._library.classes(jurisdiction=jurisdiction, number=number):
                self._make_rows((entry.jurisdiction, entry.series_code))
        item = self._class_items.get(key)
        if item is None:
            item = next((s for s in self._series_items.values() if s.data(KEY_ROLE) == key), None)
        if item is None:
            item = next((self.item(r) for r in range(self.rowCount()) if self.item(r).data(KEY_ROLE) == key), None)
        return item.index() if item is not None else QModelIndex()

    def _on_item_changed(self, item: QStandardItem) -> None:
        if item.data(KIND_ROLE) == "class":
            key = item.data(KEY_ROLE)
            state = item.data(CHECK_STATE_ROLE)  # a number, or Qt.CheckState once a click has set it
            if getattr(state, "value", state) == CHECKED:
                self._checked[key] = item.data(SERIES_ROLE)
            else:
                self._checked.pop(key, None)


def _node(kind: str, key: str, text: str, accessible: str = "", tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)  # not editable: the tree view has no edit triggers
    item.setData(key, KEY_ROLE)
    item.setData(kind, KIND_ROLE)
    if accessible:
        item.setData(accessible, ACCESSIBLE_TEXT_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    if kind != "class":
        item.setColumnCount(len(COLUMNS))  # set while detached: rows added later do not add columns too
    return item


def _class_tooltip(entry: ClassEntry) -> str:
    parts = [f"{entry.key} {entry.title}"]
    if entry.revisions > 1:
        parts.append(f"{entry.revisions} revisions")
    if entry.abolished:
        parts.append(f"abolished {entry.abolished.isoformat()}")
    return " · ".join(parts)
