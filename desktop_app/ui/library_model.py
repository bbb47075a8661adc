"""The library as a tree, jurisdiction → series → class (→ its draft), with counts and a checkbox per class and
per draft (Qt item model).

A QStandardItemModel, so that painting the tree never calls into Python. In a large library the series rows of a
jurisdiction, and the class rows of a series, are made when it is first expanded (fetchMore), so a library of
thousands of classes opens about as fast as a small one. Nothing here reads the ``Qt`` namespace (see roles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.core.text_escape import tooltip_text
from desktop_app.ui.roles import (
    ACCESSIBLE_TEXT_ROLE,
    CHECK_STATE_ROLE,
    CHECKED,
    KEY_ROLE,
    KIND_ROLE,
    SERIES_ROLE,
    UNCHECKED,
)

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.catalog import Catalog, ClassEntry, DraftEntry, SeriesEntry

COL_NAME = 0
COL_EFFECTIVE = 1
COLUMNS = ("Class", "Effective")


# A library with at most this many classes gets every class row at once; a larger one, series by series.
EAGER_CLASSES = 400


class LibraryTreeModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self._library: Catalog | None = None
        self._series_items: dict[tuple[str, str], QStandardItem] = {}
        self._pending: set[tuple[str, str]] = set()  # series whose class rows are not made yet
        self._pending_jurisdictions: dict[str, list[SeriesEntry]] = {}  # … whose series rows are not made yet
        self.eager = True  # every row made at once (a small library)
        self._class_items: dict[str, QStandardItem] = {}
        self._checked: dict[str, tuple[str, str]] = {}  # ticked class → its series
        self.drafts: dict[str, DraftEntry] = {}  # classes with a draft, by key
        self.itemChanged.connect(self._on_item_changed)

    # ---- filling ------------------------------------------------------------------------------

    def set_library(self, library: Catalog, series: list[SeriesEntry]) -> None:
        """Jurisdiction rows with their counts; series and class rows now, or on expanding (EAGER_CLASSES)."""
        self.removeRows(0, self.rowCount())
        self._library = library
        self._series_items.clear()
        self._class_items.clear()
        self._pending.clear()
        self._pending_jurisdictions.clear()
        self.drafts = library.drafts()
        self.eager = sum(s.classes for s in series) <= EAGER_CLASSES
        listed: dict[tuple[str, str], list[ClassEntry]] = {}
        if self.eager:
            for entry in library.classes():
                listed.setdefault((entry.jurisdiction, entry.series_code), []).append(entry)
        by_jurisdiction: dict[str, list[SeriesEntry]] = {}
        for entry in series:
            by_jurisdiction.setdefault(entry.jurisdiction, []).append(entry)
        known_series = {(s.jurisdiction, s.code) for s in series}
        self._checked = {key: s for key, s in self._checked.items() if s in known_series}
        rows: list[QStandardItem] = []
        for code, entries in by_jurisdiction.items():
            name = library.jurisdiction_name(code)
            item = _node("jurisdiction", code, f"{name} ({sum(e.classes for e in entries)})", name)
            if self.eager:
                for entry in entries:
                    series_item = self._series_row(item, entry)
                    self._add_classes(series_item, listed.get((entry.jurisdiction, entry.code), []))
            else:
                item.appendRow(QStandardItem())  # a placeholder: the series rows are made on expanding
            rows.append(item)
        if self.eager:
            self._checked = {key: s for key, s in self._checked.items() if key in self._class_items}
        for row in rows:  # each jurisdiction arrives whole: one insertion for the view, not one per series
            self.appendRow(row)
        if not self.eager:  # only now: a view must not fetch rows amid inserting a jurisdiction
            self._pending_jurisdictions.update(by_jurisdiction)

    def _series_row(self, parent: QStandardItem, entry: SeriesEntry, item: QStandardItem | None = None):
        """A series row under ``parent`` (filling ``item``, a placeholder, when given); in a large library it
        holds a placeholder row of its own until it is expanded."""
        key = (entry.jurisdiction, entry.code)
        label = f"{entry.code} {entry.title}".strip() or "Single-class specifications"
        if item is None:
            item = QStandardItem()
            parent.appendRow(item)
        item.setText(f"{label} ({entry.classes})")
        item.setData(f"{entry.jurisdiction}:{entry.code}", KEY_ROLE)
        item.setData("series", KIND_ROLE)
        item.setData(key, SERIES_ROLE)
        if entry.title:
            item.setToolTip(tooltip_text(entry.title))
        self._series_items[key] = item
        if not self.eager:
            item.appendRow([QStandardItem(), QStandardItem()])
            self._pending.add(key)
        return item

    def _make_series_rows(self, jurisdiction: str) -> None:
        entries = self._pending_jurisdictions.pop(jurisdiction, None)
        if not entries:
            return
        parent = self.item(next(r for r in range(self.rowCount()) if self.item(r).data(KEY_ROLE) == jurisdiction))
        self._series_row(parent, entries[0], parent.child(0))
        for entry in entries[1:]:
            self._series_row(parent, entry)

    def _add_classes(self, series_item: QStandardItem, entries: list[ClassEntry]) -> None:
        for entry in entries:
            item, cell = QStandardItem(), QStandardItem()
            self._fill_class(item, cell, series_item, entry)
            series_item.appendRow([item, cell])

    def _fill_class(self, item: QStandardItem, cell: QStandardItem, series_item: QStandardItem,
                    entry: ClassEntry) -> None:
        label = entry.number if entry.title in ("", entry.number) else f"{entry.number} {entry.title}"
        item.setText(label + (" (abolished)" if entry.abolished else ""))
        item.setData(entry.key, KEY_ROLE)
        item.setData("class", KIND_ROLE)
        item.setToolTip(tooltip_text(_class_tooltip(entry)))
        item.setData(series_item.data(SERIES_ROLE), SERIES_ROLE)
        item.setCheckable(True)
        item.setData(CHECKED if entry.key in self._checked else UNCHECKED, CHECK_STATE_ROLE)
        cell.setText(entry.effective_date.isoformat() if entry.effective_date else "")
        self._class_items[entry.key] = item
        if entry.key in self.drafts:
            self._add_draft_row(item, self.drafts[entry.key])
        if entry.revisions > 1 and self._library is not None:
            self._add_revisions(item, entry)

    def _add_revisions(self, class_item: QStandardItem, entry: ClassEntry) -> None:
        """The class's other revisions under it, each to read, tick and compare (``OH:65251@1995-08-06``): the
        earlier ones, and one adopted for a date to come (it becomes the current text on that day)."""
        for when in self._library.earlier_revisions(entry.jurisdiction, entry.number):
            key = f"{entry.key}@{when.isoformat()}"
            to_come = entry.effective_date is not None and when > entry.effective_date
            label = "Revision to come" if to_come else "Earlier revision"
            item, cell = QStandardItem(f"{label}, effective {when.isoformat()}"), QStandardItem(when.isoformat())
            item.setData(key, KEY_ROLE)
            item.setData("revision", KIND_ROLE)
            item.setData(class_item.data(SERIES_ROLE), SERIES_ROLE)
            item.setToolTip(tooltip_text(
                f"{entry.key} {entry.title} as it stands from {when.isoformat()}, when it becomes the current text"
                if to_come else f"{entry.key} {entry.title} as it stood from {when.isoformat()}"))
            item.setCheckable(True)
            item.setData(CHECKED if key in self._checked else UNCHECKED, CHECK_STATE_ROLE)
            class_item.appendRow([item, cell])
            self._class_items[key] = item

    def revision_keys(self, key: str) -> list[str]:
        """A class's key and its earlier revisions' keys (oldest first), as the tree lists them."""
        item = self._class_items.get(key)
        if item is None:
            return [key]
        earlier = [item.child(r, 0).data(KEY_ROLE) for r in range(item.rowCount())
                   if item.child(r, 0).data(KIND_ROLE) == "revision"]
        return [*reversed(earlier), key]

    def _add_draft_row(self, class_item: QStandardItem, entry: DraftEntry) -> None:
        """The class's draft, under it: chosen to read it, ticked to compare it, opened to edit it."""
        item, cell = QStandardItem(), QStandardItem()
        key = f"{entry.key}@draft"
        item.setData(key, KEY_ROLE)
        item.setData("draft", KIND_ROLE)
        item.setData(class_item.data(SERIES_ROLE), SERIES_ROLE)
        item.setCheckable(True)
        item.setData(CHECKED if key in self._checked else UNCHECKED, CHECK_STATE_ROLE)
        item.setToolTip(f"{key}: a draft revision, not adopted; double-click to edit it")
        self._show_draft(item, cell, entry)
        class_item.appendRow([item, cell])
        self._class_items[key] = item

    @staticmethod
    def _show_draft(item: QStandardItem, cell: QStandardItem, entry: DraftEntry) -> None:
        item.setText("Draft")
        item.setData(f"Draft of {entry.key}", ACCESSIBLE_TEXT_ROLE)
        cell.setText(entry.effective_date.isoformat() if entry.effective_date else "")

    def shown_keys(self):
        """The keys of the class and draft rows made so far (a large library makes them series by series)."""
        return self._class_items.keys()

    def set_drafts(self, drafts: dict[str, DraftEntry]) -> None:
        """Draft rows added, removed or brought up to date, the rest of the tree as it is."""
        for key in self.drafts.keys() - drafts.keys():
            item = self._class_items.pop(f"{key}@draft", None)
            self._checked.pop(f"{key}@draft", None)
            if item is not None:
                item.parent().removeRow(item.row())
        for key, entry in drafts.items():
            class_item = self._class_items.get(key)
            if class_item is None:
                continue  # its series is not opened yet: the row is made with the class
            item = self._class_items.get(f"{key}@draft")
            if item is None:
                self._add_draft_row(class_item, entry)
            elif self.drafts.get(key) != entry:
                self._show_draft(item, class_item.child(item.row(), COL_EFFECTIVE), entry)
        self.drafts = drafts

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
    # A jurisdiction or series not opened yet holds one empty placeholder row, so that the view draws its
    # expand mark without asking Python (a hasChildren override is called for every row the tree lays out).

    def canFetchMore(self, parent) -> bool:  # noqa: N802 (Qt's name)
        return self._pending_at(parent) is not None

    def fetchMore(self, parent) -> None:  # noqa: N802
        pending = self._pending_at(parent)
        if pending is None:
            return
        kind, key = pending
        if kind == "jurisdiction":
            self._make_series_rows(key)
        else:
            self._make_rows(key)

    def _pending_at(self, index) -> tuple[str, object] | None:
        """("jurisdiction", code) or ("series", (jurisdiction, code)) for a row whose children are not made."""
        if not (self._pending or self._pending_jurisdictions) or not index.isValid() or index.column() != COL_NAME:
            return None
        item = self.itemFromIndex(index)
        kind = item.data(KIND_ROLE) if item is not None else None
        if kind == "jurisdiction" and item.data(KEY_ROLE) in self._pending_jurisdictions:
            return kind, item.data(KEY_ROLE)
        if kind == "series" and item.data(SERIES_ROLE) in self._pending:
            return kind, item.data(SERIES_ROLE)
        return None

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
                self._make_series_rows(entry.jurisdiction)
                self._make_rows((entry.jurisdiction, entry.series_code))
        if ":" in key:
            self._make_series_rows(key.partition(":")[0])
        item = self._class_items.get(key)
        if item is None:
            item = next((s for s in self._series_items.values() if s.data(KEY_ROLE) == key), None)
        if item is None:
            item = next((self.item(r) for r in range(self.rowCount()) if self.item(r).data(KEY_ROLE) == key), None)
        return item.index() if item is not None else QModelIndex()

    def _on_item_changed(self, item: QStandardItem) -> None:
        if item.data(KIND_ROLE) in ("class", "draft", "revision"):
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
        item.setToolTip(tooltip_text(tooltip))
    return item


def _class_tooltip(entry: ClassEntry) -> str:
    parts = [f"{entry.key} {entry.title}"]
    if entry.revisions > 1:
        parts.append(f"{entry.revisions} revisions")
    if entry.abolished:
        parts.append(f"abolished {entry.abolished.isoformat()}")
    return " · ".join(parts)
