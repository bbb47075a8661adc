"""The main window: library panel, spec view and comparison tabs, menus, settings restored (importing, drafts,
audits and reports have modules of their own)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from desktop_app import APP_NAME, __version__
from desktop_app.core.reports.paper import paper_named
from desktop_app.ui.actions import (
    ACTIONS,
    CLASS,
    COMPARISON,
    DRAFT,
    EDITOR,
    OTHER_KEYS,
    REPORT,
    TAB,
    Separator,
    WindowAction,
)
from desktop_app.ui.icons import icon
from desktop_app.ui.library_width import LibrarySplitter
from desktop_app.ui.open_tabs import OpenTabs
from desktop_app.ui.plain_text import show_as_plain_text
from desktop_app.ui.safe_browser import SafeBrowser
from desktop_app.ui.saved_comparison_actions import SavedComparisonActions
from desktop_app.ui.screen_fit import fit_to_screen
from desktop_app.ui.settings import Settings

if TYPE_CHECKING:  # dialogs load when first shown: each Qt class costs start-up time when first read
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from desktop_app.core.comparison_state import ComparisonState
    from desktop_app.store.library import Library
    from desktop_app.ui.audit_actions import AuditActions
    from desktop_app.ui.draft_actions import DraftActions
    from desktop_app.ui.import_actions import ImportActions
    from desktop_app.ui.reports_menu import ReportActions
    from desktop_app.ui.session import Session

WELCOME = (
    "<h1>Class Spec Compare</h1><p>Choose a class in the library to read its specification.</p>"
    "<p>To compare, tick two or more classes and press <b>Compare checked</b>, or right-click a series and "
    "choose <b>Compare series</b>. Import more specifications with <b>File → Import…</b> or by dropping "
    "files on this window.</p>"
)


class MainWindow(QMainWindow):
    library_loaded = Signal()
    import_finished = Signal(list)  # list[ImportOutcome]
    comparison_opened = Signal(object)  # ComparisonTab
    audit_opened = Signal(object)  # AuditTab

    def __init__(self, library_path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.library_path = Path(library_path)
        self.settings = settings or Settings()
        self.catalog = None  # opened by load_library(), after the window is on screen
        self._library = None
        self._imports: ImportActions | None = None  # made on the first import
        self.open_tabs = OpenTabs(self)  # the tabs left open, kept in the settings and reopened at start
        self.saved = SavedComparisonActions(self)  # saving, naming and renaming comparisons
        self._fitted = False
        self.last_message: QMessageBox | None = None

        # The application display name (app.py) follows it in the title bar: "library.sqlite — Class Spec Compare".
        self.setWindowTitle(f"{self.library_path.name}[*]")
        self.setWindowIcon(icon("classcompare"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        from desktop_app.ui.library_panel import LibraryPanel

        self.panel = LibraryPanel()
        self.spec_view = SafeBrowser()
        self.spec_view.setAccessibleName("Class specification")
        self.spec_view.setHtml(WELCOME)
        self.shown_spec = None  # the class in the Specification tab, for its report
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Specification and comparisons")
        self.tabs.tabBar().setAccessibleName("Specification and comparisons")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.spec_view, "Specification")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        self.tabs.currentChanged.connect(self._update_actions)

        self.splitter = LibrarySplitter(self.panel, self.tabs)  # the library as wide as its titles need
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self.panel.class_selected.connect(self.show_class)
        self.panel.hit_selected.connect(self.show_class)
        self.panel.compare_requested.connect(self.compare_classes)
        self.panel.series_compare_requested.connect(self.compare_series)
        self.panel.saved_comparison_opened.connect(self.open_saved_comparison)
        self.panel.saved_comparison_deleted.connect(self.saved.deleted)
        self.panel.draft_requested.connect(lambda what, key: self.drafts.run(what, key))
        self.panel.position_audit_requested.connect(lambda position_id: self.audits.audit_position(position_id))
        self.panel.audit_opened.connect(lambda audit_id: self.audits.open_saved(audit_id))
        self.panel.audit_delete_requested.connect(lambda audit_id: self.audits.delete(audit_id))
        self.panel.position_delete_requested.connect(lambda position_id: self.audits.delete_position(position_id))
        self.panel.tree.selectionModel().currentChanged.connect(self._update_actions)

        self._reports = None  # made on the first report
        self._drafts = None  # made on the first use of a draft
        self._session = None  # made when the drafts are first read or kept
        self._audits = None  # made on the first audit
        self.panel.saved_comparison_renamed.connect(self.rename_saved_comparison)
        from desktop_app.ui.unsaved_notes import NotesKeeper

        self.keeper = NotesKeeper(self)
        self._build_menus()
        self._restore_geometry()
        self._update_actions()
        self.panel.search_field.setFocus()  # the analyst starts by finding a class

    # ---- start-up -----------------------------------------------------------------------------

    def load_library(self) -> None:
        """Open the library and fill the panel; called once the window is painted."""
        from desktop_app.store.location import open_catalog
        from desktop_app.store.schema import LibraryError

        try:
            self.catalog = open_catalog(self.library_path)
        except LibraryError as e:
            self.tell("critical", "The library cannot be opened", str(e))
            return
        self.panel.set_library(self.catalog)
        self.show_library_status()
        self.open_tabs.restore()
        self.library_loaded.emit()

    @property
    def session(self) -> Session:
        """This program's claim on the drafts it keeps (ui/session.py), made on first use."""
        if self._session is None:
            from desktop_app.ui.session import Session

            self._session = Session()
        return self._session

    @property
    def reports(self) -> ReportActions:
        """Printing, print preview and exports of the current tab's report."""
        if self._reports is None:
            from desktop_app.ui.reports_menu import ReportActions

            self._reports = ReportActions(self, self.settings, self.current_report, self.report_name, self.tell)
        return self._reports

    @property
    def drafts(self) -> DraftActions:
        """Drafting a revision of a class, its editor tabs, its redline, adopting and deleting it."""
        if self._drafts is None:
            from desktop_app.ui.draft_actions import DraftActions

            self._drafts = DraftActions(self)
        return self._drafts

    @property
    def audits(self) -> AuditActions:
        """Auditing a position: choosing or reading it, ranking in a worker, the audit tabs, saving them."""
        if self._audits is None:
            from desktop_app.ui.audit_actions import AuditActions

            self._audits = AuditActions(self)
        return self._audits

    def audit_position(self):
        return self.audits.audit_position()

    @property
    def library(self) -> Library | None:
        """The whole library (specs, revisions, saving) on the catalog's connection, loaded on first use."""
        if self._library is None and self.catalog is not None:
            from desktop_app.store.library import Library

            self._library = Library(self.catalog)
        return self._library

    def show_library_status(self) -> None:
        count = self.panel.class_count
        text = f"{count} class{'' if count == 1 else 'es'} · library {self.library_path}"
        if "<" in text or "&" in text:
            show_as_plain_text(self.status_label)
        self.status_label.setText(text)

    # ---- actions and menus -------------------------------------------------------------------

    def _build_menus(self) -> None:
        """Menus and toolbar from the action table (actions.py)."""
        self.actions: dict[str, QAction] = {}
        self._action_specs: dict[str, WindowAction] = {}
        menus: dict[str, object] = {}
        groups: dict[str, object] = {}
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        for entry in ACTIONS:
            menu = self._menu(entry.menu, menus)
            if isinstance(entry, Separator):
                menu.addSeparator()
                continue
            action = self._make_action(entry)
            if entry.group:
                if entry.group not in groups:
                    from PySide6.QtGui import QActionGroup

                    groups[entry.group] = QActionGroup(self)
                groups[entry.group].addAction(action)
            menu.addAction(action)
            if entry.toolbar:
                toolbar.addAction(action)
            self.actions[entry.name] = action
            self._action_specs[entry.name] = entry
        self.actions[f"paper_{paper_named(self.settings.page_size).key}"].setChecked(True)
        self.actions["landscape"].setChecked(self.settings.landscape)
        self.actions["library_panel"].setChecked(True)

    def _menu(self, path: str, menus: dict):
        if path not in menus:
            parent, _, title = path.rpartition("/")
            menus[path] = (self._menu(parent, menus) if parent else self.menuBar()).addMenu(title)
        return menus[path]

    def _make_action(self, entry: WindowAction) -> QAction:
        action = QAction(entry.text, self)
        if entry.shortcut:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads reads the Qt namespace (roles.py).
            if entry.shortcut.startswith("std:"):
                action.setShortcuts(getattr(QKeySequence.StandardKey, entry.shortcut[4:]))
            else:
                action.setShortcuts([QKeySequence(entry.shortcut)])
        if entry.icon:
            action.setIcon(icon(entry.icon))
        if entry.tip:
            action.setStatusTip(entry.tip)
        method = getattr(self, entry.slot)
        if entry.checkable:
            action.setCheckable(True)
            if entry.argument:
                action.triggered.connect(lambda _on=False, value=entry.argument: method(value))
            else:
                action.triggered.connect(method)
        elif entry.argument:
            action.triggered.connect(lambda _on=False, value=entry.argument: method(value))
        else:
            action.triggered.connect(lambda _on=False: method())
        return action

    def current_comparison(self):
        widget = self.tabs.currentWidget()
        return widget if _is_comparison(widget) else None

    def comparison_tabs(self) -> list:
        return [w for i in range(self.tabs.count()) if _is_comparison(w := self.tabs.widget(i))]

    def current_spec(self):
        """The class shown in the Specification tab when that tab is current, or None."""
        return self.shown_spec if self.tabs.currentWidget() is self.spec_view else None

    def current_report(self):
        """The report of the current tab (a comparison, an audit, or the class spec shown), or None."""
        from desktop_app.core.reports.info import ReportInfo

        widget = self.tabs.currentWidget()
        if getattr(widget, "is_audit", False):
            return widget.report(self.settings.analyst_name)
        spec = self.current_spec()
        if spec is not None:
            from desktop_app.core.reports.spec_report import SpecReport, revision_standing

            names = {spec.jurisdiction: self.library.jurisdiction_name(spec.jurisdiction)}
            standing = revision_standing(spec, self.library.spec(spec.jurisdiction, spec.number).effective_date)
            return SpecReport((spec,), ReportInfo(analyst=self.settings.analyst_name), jurisdictions=names,
                              standings=(standing,))
        tab = self.current_comparison()
        if tab is None:
            return None
        from desktop_app.core.reports.comparison_report import ComparisonReport

        return ComparisonReport(tab.comparison, tab.state.report_info(self.settings.analyst_name))

    def report_name(self) -> str:
        """A file name (without suffix) for the current tab's report."""
        widget = self.tabs.currentWidget()
        if getattr(widget, "is_audit", False):
            return widget.report_name()
        spec = self.current_spec()
        if spec is not None:
            return f"{spec.number} {spec.title}"
        tab = self.current_comparison()
        if tab is None:
            return "report"
        return tab.state.name or "comparison-" + "-".join(tab.comparison.labels)

    def _update_actions(self, *_args) -> None:
        tab = self.current_comparison()
        chosen = self.drafts.chosen_key()
        editor = self.drafts.current_editor()
        audit = getattr(self.tabs.currentWidget(), "is_audit", False)
        report = tab is not None or audit or self.current_spec() is not None
        state = {COMPARISON: tab is not None, REPORT: report, TAB: self.tabs.currentIndex() > 0,
                 CLASS: chosen is not None, DRAFT: self.drafts.has_draft(chosen),
                 EDITOR: editor is not None}
        for name, entry in self._action_specs.items():
            if entry.applies:
                self.actions[name].setEnabled(state[entry.applies])
        if tab is not None:
            self.actions["differences_only"].setChecked(tab.differences_only.isChecked())
        if editor is not None:
            self.actions["undo"].setEnabled(editor.stack.canUndo())
            self.actions["redo"].setEnabled(editor.stack.canRedo())

    def _tab_call(self, name: str, *args, **kwargs):
        tab = self.current_comparison()
        return getattr(tab, name)(*args, **kwargs) if tab else None

    def compare_checked(self):
        return self.compare_classes(self.panel.chosen_keys())

    def next_change(self) -> None:
        self._tab_call("next_change")

    def previous_change(self) -> None:
        self._tab_call("previous_change")

    def find_next(self) -> None:
        self._tab_call("find_next")

    def find_previous(self) -> None:
        self._tab_call("find_next", backwards=True)

    def reset_column_order(self) -> None:
        self._tab_call("reset_column_order")

    def join_rows(self) -> None:
        tab = self.current_comparison()
        why = tab.join_selected_rows() if tab else ""
        if why:
            self.statusBar().showMessage(why, 8000)

    def part_row(self) -> None:
        tab = self.current_comparison()
        why = tab.part_current_row() if tab else ""
        if why:
            self.statusBar().showMessage(why, 8000)

    def set_differences_only(self, on: bool) -> None:
        tab = self.current_comparison()
        if tab:
            tab.differences_only.setChecked(on)

    def set_library_visible(self, on: bool) -> None:
        self.panel.setVisible(on)

    def choose_paper(self, name: str) -> None:
        self.settings.page_size = name

    def set_landscape(self, on: bool) -> None:
        self.settings.landscape = on

    def draft_revision(self):
        return self.drafts.draft_revision()

    def draft_from_document(self):
        return self.drafts.from_document()

    def compare_draft(self):
        return self.drafts.compare_with_current()

    def export_redline(self) -> None:
        self.drafts.export(clean=False)

    def export_clean_draft(self) -> None:
        self.drafts.export(clean=True)

    def adopt_draft(self) -> None:
        self.drafts.adopt()

    def delete_draft(self) -> None:
        self.drafts.delete()

    def undo(self) -> None:
        editor = self.drafts.current_editor()
        if editor is not None:
            editor.undo()

    def redo(self) -> None:
        editor = self.drafts.current_editor()
        if editor is not None:
            editor.redo()

    def print_preview(self):
        return self.reports.print_preview()

    def print_report(self) -> None:
        self.reports.print_report()

    def choose_export(self, fmt: str) -> None:
        self.reports.choose_export(fmt)

    # ---- reading a class ----------------------------------------------------------------------

    def show_class(self, key: str, search: str = "") -> None:
        """The class as a document in the first tab; the words of ``search`` marked where they occur."""
        from desktop_app.core.spec_html import spec_to_html

        if self.library is None:
            return
        spec = self._from_library("The library could not be read", lambda: self.library.spec_named(key))
        if spec is None:
            return
        name = self.library.jurisdiction_name(spec.jurisdiction)
        standing, at = self._standing(key, spec)
        self.spec_view.setHtml(spec_to_html(spec, marked=search, jurisdiction=name, standing=standing))
        self.shown_spec = spec
        at = "@draft" if spec.draft else at
        self.tabs.setTabText(0, f"{spec.number}{at} {spec.title}".replace("&", "&&"))
        self.tabs.setCurrentIndex(0)
        self._update_actions()

    def _standing(self, key: str, spec) -> tuple[str, str]:
        """What a revision shown is beside the class's current text, and its "@date" for the tab."""
        from desktop_app.core.reports.spec_report import revision_standing

        if "@" not in key:
            return "", ""
        standing = revision_standing(spec, self.library.spec(spec.jurisdiction, spec.number).effective_date)
        return standing, (f"@{spec.effective_date.isoformat()}" if standing else "")

    # ---- comparing ----------------------------------------------------------------------------

    def compare_series(self, jurisdiction: str, code: str):
        from desktop_app.core.compare.comparison import MIN_CLASSES
        from desktop_app.core.compare.ladder_order import series_levels
        from desktop_app.core.comparison_state import ComparisonState

        if not code:
            self.tell("information", "Single-class specifications are not a series",
                      "These classes share no series, so they have no levels to put in order. "
                      "Tick the classes you want to compare and press Compare checked.")
            return None
        keys = self.panel.tree_model.series_class_keys(jurisdiction, code)
        if len(keys) < MIN_CLASSES:
            self.tell("information", "Nothing to compare in this series",
                      f"Series {code} has {len(keys)} class{'' if len(keys) == 1 else 'es'} in the library; "
                      "a comparison needs two or more. Tick classes from other series to compare them.")
            return None
        found = self._from_library("The library could not be read",
                                   lambda: series_levels(self.library.spec_named(k) for k in keys))
        if found is None:
            return None
        specs, total = found
        if total > len(specs):
            self.tell("information", "Series too long to compare at once",
                      f"Series {code} has {total} classes; the first {len(specs)} levels are compared. "
                      "Tick the classes you want to compare them in a different set.")
        state = ComparisonState(tuple(f"{s.jurisdiction}:{s.number}" for s in specs))
        return self.open_comparison(state, specs=specs)

    def compare_classes(self, keys: list[str]):
        from desktop_app.core.compare.comparison import MAX_CLASSES, MIN_CLASSES
        from desktop_app.core.comparison_state import ComparisonState

        if len(keys) < MIN_CLASSES:
            self.tell("information", "Choose two or more classes",
                      "Tick two or more classes in the library (or select them), then compare.")
            return None
        if len(keys) > MAX_CLASSES:
            self.tell("information", "Too many classes",
                      f"Up to {MAX_CLASSES} classes can be compared at once; {len(keys)} are ticked.")
            return None
        return self.open_comparison(ComparisonState(tuple(keys)), in_ladder_order=False)

    def open_comparison(self, state: ComparisonState, specs=None, in_ladder_order: bool = True,
                        saved_notes: str | None = None):
        """A new comparison tab; the classes put in ladder order first unless ``in_ladder_order``;
        ``saved_notes``: the saved comparison's notes, where ``state`` brings a draft's."""
        from desktop_app.core.compare import ladder
        from desktop_app.store.library import ClassNotFound
        from desktop_app.ui.comparison_tab import ComparisonTab

        try:
            specs = specs or self._from_library("The library could not be read",
                                                lambda: [self.library.spec_named(n) for n in state.classes])
        except ClassNotFound as e:
            self.tell("warning", "A class is not in the library", e.args[0])
            return None
        if specs is None:
            return None
        if not in_ladder_order:
            by_spec = {id(s): n for s, n in zip(specs, state.classes)}
            if len({s.key for s in specs}) == 1:  # revisions of one class: oldest first, as they were made
                specs = sorted(specs, key=lambda s: (s.effective_date is not None, s.effective_date))
            else:
                specs = ladder(specs)
            state = state.with_changes(classes=tuple(by_spec[id(s)] for s in specs))
        tab = ComparisonTab(specs, state, saved_notes=saved_notes)
        tab.save_requested.connect(lambda tab=tab: self.save_comparison(tab))
        tab.differences_only.toggled.connect(self._update_actions)
        index = self.tabs.addTab(tab, icon("compare"), state.name or tab.title())
        self.keeper.attach(tab)  # the tab's name, its modified mark and its tooltip
        self.tabs.setCurrentIndex(index)
        self.save_open_comparisons()
        self.comparison_opened.emit(tab)
        return tab

    def open_saved_comparison(self, saved_id: int, draft=None):
        """The saved comparison in a tab (the one open already, if it is); ``draft``: notes kept since it was
        saved (store/notes_drafts.py), restored after a crash."""
        from desktop_app.core.compare.options import options_from
        from desktop_app.core.comparison_state import ComparisonState, read_pairings, saved_view

        saved = self.library.saved_comparison(saved_id)
        if saved is None:
            return None
        for tab in self.comparison_tabs():
            if tab.state.saved_id == saved_id:
                self.tabs.setCurrentWidget(tab)
                return tab
        notes = draft.notes if draft is not None else saved.notes
        state = ComparisonState(saved.classes, options_from(saved.options), notes, saved_id=saved.id,
                                name=saved.name, pairings=read_pairings(saved.pairings),
                                draft_id=draft.id if draft is not None else None, **saved_view(saved.options))
        return self.open_comparison(state, saved_notes=saved.notes)

    def save_current_comparison(self, name: str | None = None) -> int | None:
        tab = self.current_comparison()
        return None if tab is None else self.saved.save(tab, name)

    def save_comparison(self, tab, name: str | None = None) -> int | None:
        return self.saved.save(tab, name)

    def rename_current_comparison(self, name: str | None = None) -> None:
        self.saved.rename_current(name)

    def rename_saved_comparison(self, saved_id: int, name: str | None = None) -> None:
        self.saved.rename_saved(saved_id, name)

    def close_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self._on_tabs_close_requested(index)

    def _on_tabs_close_requested(self, index: int) -> None:
        if index == 0:
            return
        widget = self.tabs.widget(index)
        if _is_comparison(widget) and not self.keeper.may_close(widget):
            return
        if getattr(widget, "is_audit", False) and not self.audits.keeper.may_close(widget):
            return
        self.tabs.removeTab(self.tabs.indexOf(widget))
        widget.deleteLater()
        self.save_open_comparisons()

    def find(self) -> None:
        tab = self.current_comparison()
        if tab:
            tab.open_find()
        else:
            self.panel.search_field.setFocus()
            self.panel.search_field.selectAll()

    def copy_current_row(self) -> None:
        from PySide6.QtWidgets import QApplication

        tab = self.current_comparison()
        if tab is None:
            return
        row = tab.table.currentIndex().row()
        if row >= 0:
            QApplication.clipboard().setText(tab.row_for_pasting(row))

    # ---- importing ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.core.formats import file_filter

        paths, _ = QFileDialog.getOpenFileNames(self, "Import specifications", self.settings.last_folder, file_filter())
        if paths:
            self.settings.last_folder = str(Path(paths[0]).parent)
            self.import_paths(paths)

    def paste_class(self) -> None:
        """File → New Class from Text…: pasted text read as an import reads a document, shown, then saved."""
        from desktop_app.ui.paste_dialog import open_paste_dialog

        self.paste_dialog = open_paste_dialog(self)

    def choose_import_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, "Import a folder of specifications", self.settings.last_folder)
        if folder:
            self.settings.last_folder = folder
            self.import_paths([folder])

    def import_paths(self, paths: list[str], jurisdiction: str | None = None):
        """Import in a worker, with progress and Cancel (ui/import_actions.py); the worker, or None."""
        return self.imports.start(paths, jurisdiction)

    @property
    def imports(self) -> ImportActions:
        if self._imports is None:
            from desktop_app.ui.import_actions import ImportActions

            self._imports = ImportActions(self)
        return self._imports

    @property
    def import_progress(self) -> QProgressDialog | None:
        return self._imports.progress if self._imports is not None else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ---- small dialogs ------------------------------------------------------------------------

    def _from_library(self, title: str, call):
        """``call()``, which reads or writes the library; a library that cannot be read or written (a damaged
        page, a read-only file, a full disk) is a message with its reason, and the answer None."""
        from desktop_app.store.errors import LibraryError, guarded

        try:
            return guarded(call, self.library_path)
        except LibraryError as e:
            self.tell("critical", title, str(e))
        return None

    def tell(self, kind: str, title: str, text: str, details: str = "") -> QMessageBox:
        """A window-modal message; ``kind`` is "information", "warning" or "critical"."""
        from PySide6.QtWidgets import QMessageBox

        icon_kind = getattr(QMessageBox.Icon, kind.capitalize())
        box = QMessageBox(icon_kind, title, text, QMessageBox.StandardButton.Ok, self)
        from PySide6.QtCore import Qt

        box.setTextFormat(Qt.TextFormat.PlainText)  # it may hold a file name or a title: text, never markup
        if details:
            box.setDetailedText(details)
        box.setWindowModality(_window_modal())
        box.open()
        self.last_message = box
        return box

    def show_about(self) -> QMessageBox:
        import platform

        from PySide6 import __version__ as pyside_version

        return self.tell(
            "information", f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nStructure-aware comparison of classification specifications for "
            f"public-sector classification analysts.\n\nLibrary: {self.library_path}\n"
            f"Python {platform.python_version()} · Qt for Python {pyside_version}",
        )

    def shortcuts_text(self) -> str:
        """Every shortcut of the window's actions, and the keys of its panes, one a line."""
        lines = []
        for name, entry in self._action_specs.items():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.actions[name].shortcuts()]
            # Keys of the keyboard itself ("Ctrl+S", "F7"), not the media keys some keyboards have ("Save").
            keys = [k for k in keys if "+" in k or re.fullmatch(r"F\d+", k)]
            if keys:
                lines.append(f"{' / '.join(keys)}  {entry.help or entry.plain_text}")
        lines += [f"{keys}  {what}" for keys, what in OTHER_KEYS]
        return "\n".join(lines)

    def show_shortcuts(self) -> QMessageBox:
        return self.tell("information", "Keyboard shortcuts", self.shortcuts_text())

    def edit_analyst_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, "Analyst name", "Your name, as printed on reports:",
                                        text=self.settings.analyst_name)
        if ok:
            self.settings.analyst_name = name.strip()

    # ---- settings -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        fit_to_screen(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._fitted:  # once on screen, the frame's size is known: fit the window and its frame
            self._fitted = True
            fit_to_screen(self)
            # The panes' widths once the window has its own: restored before, they would be shared out again.
            self.splitter.restore(self.settings.splitter("main"))

    def save_open_comparisons(self) -> None:
        """Write the open tabs to the settings now, so that a crash finds them (and their drafts)."""
        self.open_tabs.save()

    def show_modified(self) -> None:
        """The window's title says so while any comparison's notes or audit's decision is not saved."""
        audits = self._audits.tabs() if self._audits is not None else []
        self.setWindowModified(any(t.modified for t in [*self.comparison_tabs(), *audits]))

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.set_splitter("main", self.splitter.saveState())
        self.open_tabs.remember()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.catalog is not None and not self.keeper.may_quit():
            event.ignore()
            return
        if self._audits is not None and not self._audits.keeper.may_quit():
            event.ignore()
            return
        if self._imports is not None:
            self._imports.stop()
        if self._audits is not None:
            self._audits.stop()
        self.save_settings()
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = self._library = None
        if self._session is not None:
            self._session.close()
        super().closeEvent(event)


def _is_comparison(widget) -> bool:
    # By attribute, not isinstance: importing the comparison tab pulls in the engine, which start-up avoids.
    return bool(getattr(widget, "is_comparison", False))


def _window_modal():
    from PySide6.QtCore import Qt  # read here, not at start (see roles.py)

    return Qt.WindowModality.WindowModal
