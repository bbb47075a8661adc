"""The library panel: search as you type, the jurisdiction → series → class tree, saved comparisons, and the
positions with their audits (kept apart from classes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.context_menu import ContextMenuAt
from desktop_app.ui.library_model import LibraryTreeModel
from desktop_app.ui.plain_text import show_as_plain_text
from desktop_app.ui.roles import KEY_ROLE, KIND_ROLE, SERIES_ROLE

if TYPE_CHECKING:  # the store (and sqlite-utils) load after the window is painted
    from desktop_app.store.catalog import Catalog
    from desktop_app.ui.positions_list import PositionsList
    from desktop_app.ui.saved_list import SavedList
    from desktop_app.ui.search_model import SearchResultsModel

SEARCH_SHOWN = 200  # results listed as you type; the label gives the full count
# A draft row's context menu: (what the window is asked to do, the entry).
DRAFT_MENU = (("edit", "Edit Draft…"), ("compare", "Compare Draft with Current"), ("redline", "Export Redline…"),
              ("clean", "Export Clean Draft…"), ("adopt", "Adopt Draft…"), ("delete", "Delete Draft…"))


class _Tree(ContextMenuAt, QTreeView):
    context_menu_at = Signal(QPoint)


def _results_view():
    """The search results: a list that asks for its context menu (made on the first search, like its page)."""
    from PySide6.QtWidgets import QListView

    class Results(ContextMenuAt, QListView):
        context_menu_at = Signal(QPoint)

    return Results()


class _TabBar(QTabBar):
    """In a narrow panel the tab bar scrolls; its arrows are for the mouse (the arrow keys move between tabs), so
    Tab goes past them. Set when the bar first has the focus: Qt's enums are not read before the first paint."""

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        for arrow in self.findChildren(QToolButton):
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        super().focusInEvent(event)


class PanelTabs(QTabWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setTabBar(_TabBar())


class LibraryPanel(QWidget):
    class_selected = Signal(str)  # "OH:65251"
    hit_selected = Signal(str, str)  # a class chosen among search results, and the search
    compare_requested = Signal(list)  # class keys, in the order to compare
    series_compare_requested = Signal(str, str)  # jurisdiction, series code
    saved_comparison_opened = Signal(int)
    saved_comparison_deleted = Signal(int)
    draft_requested = Signal(str, str)  # what (DRAFT_MENU's, or "draft", "edit"), the class key
    saved_comparison_renamed = Signal(int)
    position_audit_requested = Signal(int)  # a position's id; 0: choose or import one
    audit_opened = Signal(int)
    audit_delete_requested = Signal(int)
    position_delete_requested = Signal(int)
    refreshed = Signal()  # the tree filled again from the library

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._library: Catalog | None = None
        self.class_count = 0

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search titles and spec text…")
        self.search_field.setClearButtonEnabled(True)
        from PySide6.QtGui import QAction

        for action in self.search_field.findChildren(QAction):  # the clear button's: a screen reader names it
            action.setText("Clear the search")
            action.setToolTip("Clear the search")
        self.search_field.setAccessibleName("Search the library")
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._run_search)
        self.search_field.textChanged.connect(lambda _: self._search_timer.start())

        self.tree_model = LibraryTreeModel(self)
        self.tree = _Tree()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName("Library classes")
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.context_menu_at.connect(self._on_tree_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.header().setAccessibleName("Library columns")
        # A title too long for the column keeps its class number and its end, which tells the levels of a series
        # apart ("65250 Benefits Man…Representative"); the tooltip has it whole. By name: Qt.TextElideMode would
        # read the Qt namespace at start (roles.py).
        self.tree.setProperty("textElideMode", "ElideMiddle")
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed date column: sizing it to contents would read every row of a 2,000-class library at start.
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, self.tree.fontMetrics().horizontalAdvance("0000-00-00") + 16)

        # The search results page is made on the first search (its rich-text delegate loads much of Qt).
        self.results_model: SearchResultsModel | None = None
        self.results = None
        self.results_label = QLabel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)

        self.compare_button = QPushButton("&Compare checked")
        self.compare_button.setToolTip("Compare the classes you ticked (or selected), in ladder order")
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.count_label = QLabel()

        browse = QWidget()
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.compare_button)
        layout.addLayout(buttons)

        # The saved comparisons list is made when first shown (or asked for): a list widget costs start-up time.
        self._saved_list: SavedList | None = None
        self._saved_page = QWidget()
        QVBoxLayout(self._saved_page).setContentsMargins(0, 0, 0, 0)

        # Positions are not classes: a list of their own, made when first shown.
        self._positions_list: PositionsList | None = None
        self._positions_page = QWidget()
        positions_layout = QVBoxLayout(self._positions_page)
        positions_layout.setContentsMargins(0, 0, 0, 0)
        self.audit_button = QPushButton("Aud&it a position…")
        self.audit_button.setToolTip("Rank the library's classes for a position description and compare them")
        self.audit_button.clicked.connect(lambda: self.position_audit_requested.emit(0))
        positions_layout.addWidget(self.audit_button)

        self.tabs = PanelTabs()
        self.tabs.addTab(browse, "Li&brary")
        self.tabs.addTab(self._saved_page, "Saved c&omparisons")
        self.tabs.addTab(self._positions_page, "Positions")
        self.tabs.setAccessibleName("Library, saved comparisons and positions")
        self.tabs.tabBar().setAccessibleName("Library, saved comparisons and positions")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    # ---- filling ------------------------------------------------------------------------------

    def set_library(self, library: Catalog) -> None:
        self._library = library
        self.refresh()

    def refresh(self) -> None:
        if self._library is None:
            return
        series = self._library.series_entries()
        self.tree_model.set_library(self._library, series)
        if self.tree_model.eager:  # a large library opens on its jurisdictions, to be opened one by one
            self.tree.expandToDepth(0)
        self._show_drafts()
        self.class_count = classes = sum(s.classes for s in series)
        # The group of single-class specifications is not a series.
        real = sum(1 for s in series if s.code)
        self.count_label.setText(f"{classes} class{'' if classes == 1 else 'es'} in {real} series")
        self.refresh_saved()
        self.refresh_positions()
        if self.search_field.text().strip():
            self._run_search()
        self.refreshed.emit()

    @property
    def saved_list(self) -> SavedList:
        if self._saved_list is None:
            from desktop_app.ui.saved_list import SavedList

            self._saved_list = SavedList()
            self._saved_list.opened.connect(self.saved_comparison_opened)
            self._saved_list.deleted.connect(self.saved_comparison_deleted)
            self._saved_list.renamed.connect(self.saved_comparison_renamed)
            self._saved_page.layout().addWidget(self._saved_list)
            self.refresh_saved()
        return self._saved_list

    @property
    def positions_list(self) -> PositionsList:
        if self._positions_list is None:
            from desktop_app.ui.positions_list import PositionsList

            self._positions_list = PositionsList()
            self._positions_list.audit_requested.connect(self.position_audit_requested)
            self._positions_list.audit_opened.connect(self.audit_opened)
            self._positions_list.audit_delete_requested.connect(self.audit_delete_requested)
            self._positions_list.position_delete_requested.connect(self.position_delete_requested)
            self._positions_page.layout().insertWidget(0, self._positions_list, 1)
            self.refresh_positions()
        return self._positions_list

    def refresh_positions(self) -> None:
        if self._positions_list is not None and self._library is not None:
            from desktop_app.store.audits import audits
            from desktop_app.store.positions import positions

            self._positions_list.show_positions(positions(self._library.conn), audits(self._library.conn))

    def _on_tabs_current_changed(self, index: int) -> None:
        # Made when first shown; read again each time, for what another program (the command line) saved since.
        if index == 1:
            self.saved_list  # noqa: B018
            self.refresh_saved()
        elif index == 2:
            self.positions_list  # noqa: B018
            self.refresh_positions()

    def refresh_drafts(self) -> None:
        """The draft rows as the library has them now (the rest of the tree is left as it is)."""
        if self._library is not None:
            self.tree_model.set_drafts(self._library.drafts())
            self._show_drafts()

    def _show_drafts(self) -> None:
        """Classes with a draft stand open, so that the draft row is in sight."""
        for key in self.tree_model.drafts:
            index = self.tree_model.index_of(f"{key}@draft") if key in self.tree_model.shown_keys() else None
            if index is not None and index.isValid():
                self.tree.expand(index.parent())

    def refresh_saved(self) -> None:
        if self._saved_list is not None and self._library is not None:
            self._saved_list.show_saved(self._library.saved_comparisons())

    # ---- choosing ----------------------------------------------------------------------------

    def showing_results(self) -> bool:
        return self.results_model is not None and self.stack.currentIndex() == 1

    def chosen_keys(self) -> list[str]:
        """While search results show: the ticked results, else two or more selected ones. Then the ticked classes
        of the tree, else its selected class rows."""
        if self.showing_results():
            checked = self.results_model.checked_keys()
            if checked:
                return checked
            selected = sorted(self.results.selectionModel().selectedRows(), key=lambda index: index.row())
            if len(selected) >= 2:
                return [index.data(KEY_ROLE) for index in selected]
        checked = self.tree_model.checked_keys()
        if checked:
            return checked
        keys = []
        for index in self.tree.selectionModel().selectedRows(0):
            if index.data(KIND_ROLE) in ("class", "revision"):
                keys.append(index.data(KEY_ROLE))
        return keys

    def current_key(self) -> str | None:
        """The class or draft row chosen in the tree ("OH:65251", "OH:65251@draft"), or None."""
        index = self.tree.currentIndex()
        if index.isValid() and index.column() != 0:
            index = index.siblingAtColumn(0)
        if index.isValid() and index.data(KIND_ROLE) in ("class", "draft"):
            return index.data(KEY_ROLE)
        return None

    def select_class(self, key: str) -> None:
        index = self.tree_model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_compare_clicked(self) -> None:
        self.compare_requested.emit(self.chosen_keys())

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) in ("class", "draft", "revision"):
            self.class_selected.emit(current.data(KEY_ROLE))

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "series" and index.data(SERIES_ROLE)[1]:  # not "Single-class specifications"
            self.series_compare_requested.emit(*index.data(SERIES_ROLE))
        elif index.data(KIND_ROLE) == "draft":
            self.draft_requested.emit("edit", index.data(KEY_ROLE).partition("@")[0])

    def _on_tree_context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        menu = self.tree_menu(index)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def tree_menu(self, index: QModelIndex):
        """What a right click on a row of the tree offers: compare the series, the chosen classes, the revisions."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        series = index.data(SERIES_ROLE)
        if series and series[1]:  # a series, not the single-class specifications
            action = QAction(f"Compare series {series[1]}", menu)
            action.triggered.connect(lambda: self.series_compare_requested.emit(*series))
            menu.addAction(action)
        chosen = self.chosen_keys()
        if len(chosen) >= 2:
            action = QAction(f"Compare {len(chosen)} classes", menu)
            action.triggered.connect(lambda: self.compare_requested.emit(chosen))
            menu.addAction(action)
        first = index.siblingAtColumn(0)
        kind, key = first.data(KIND_ROLE), first.data(KEY_ROLE)
        if kind in ("class", "revision"):
            revisions = self.tree_model.revision_keys(key.partition("@")[0])
            if len(revisions) >= 2:
                action = QAction(f"Compare {len(revisions)} revisions", menu)
                action.triggered.connect(lambda: self.compare_requested.emit(revisions))
                menu.addAction(action)
        if kind in ("class", "draft"):
            menu.addSeparator()
            key = key.partition("@")[0]
            entries = DRAFT_MENU if key in self.tree_model.drafts else (("draft", "Draft a Revision…"),)
            for what, text in entries:
                action = QAction(text, menu)
                action.triggered.connect(lambda _on=False, what=what: self.draft_requested.emit(what, key))
                menu.addAction(action)
        if self.tree_model.checked_keys():
            menu.addAction("Clear ticks", self.tree_model.clear_checks)
        return menu

    # ---- search ------------------------------------------------------------------------------

    def _results_page(self) -> SearchResultsModel:
        if self.results_model is None:
            from desktop_app.ui.rich_text_delegate import RichTextDelegate
            from desktop_app.ui.search_model import SearchResultsModel

            self.results_model = SearchResultsModel(self)
            self.results = _results_view()
            self.results.setModel(self.results_model)
            self.results.setAccessibleName("Search results")
            # Tick results, or Ctrl+click / Shift+click them, to compare them.
            self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.results.context_menu_at.connect(self._on_results_context_menu)
            self.results.setWordWrap(True)
            self.results.setUniformItemSizes(False)
            self.results.setItemDelegate(RichTextDelegate(self.results))
            self.results.selectionModel().currentChanged.connect(self._on_result_current_changed)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.results_label)
            layout.addWidget(self.results)
            self.stack.addWidget(page)
        return self.results_model

    def _run_search(self) -> None:
        query = self.search_field.text().strip()
        if not query or self._library is None:
            self.stack.setCurrentIndex(0)
            if self.results_model is not None:
                self.results_model.set_hits([])
            return
        results_model = self._results_page()
        hits = self._library.search(query, limit=SEARCH_SHOWN)
        places = {hit.jurisdiction for hit in hits}
        results_model.set_hits(hits, {code: self._library.jurisdiction_name(code) for code in places})
        total = len(hits) if len(hits) < SEARCH_SHOWN else self._library.search_count(query)
        text = f"{total} match" + ("" if total == 1 else "es") + f" for “{query}”"
        if total > len(hits):
            text += f"; the best {len(hits)} are shown"
        show_as_plain_text(self.results_label)  # the query as typed: text, never markup
        self.results_label.setText(text)
        self.stack.setCurrentIndex(1)

    def _on_result_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.hit_selected.emit(current.data(KEY_ROLE), self.search_field.text().strip())

    def _on_results_context_menu(self, point: QPoint) -> None:
        menu = self.results_menu(self.results.indexAt(point))
        if not menu.isEmpty():
            menu.exec(self.results.viewport().mapToGlobal(point))

    def results_menu(self, index: QModelIndex):
        """What a right click on a search result offers: compare the chosen results, show this one in the tree."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        chosen = self.chosen_keys()
        if len(chosen) >= 2:
            action = QAction(f"Compare {len(chosen)} classes", menu)
            action.triggered.connect(lambda: self.compare_requested.emit(chosen))
            menu.addAction(action)
        if index.isValid():
            key = index.data(KEY_ROLE)
            menu.addAction("Show in library", lambda: self.show_in_library(key))
        if self.results_model.checked_keys():
            menu.addAction("Clear ticks", self.results_model.clear_checks)
        return menu

    def show_in_library(self, key: str) -> None:
        """The class in the library tree (the search cleared), selected and shown."""
        self.search_field.clear()
        self._run_search()
        self.select_class(key)
