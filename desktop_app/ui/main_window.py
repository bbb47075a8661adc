"""The main window: library panel, spec view and comparison tabs, menus, import, settings restored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget

from desktop_app import APP_NAME, __version__
from desktop_app.core.text_escape import tooltip_text
from desktop_app.ui.icons import icon
from desktop_app.ui.plain_text import show_as_plain_text
from desktop_app.ui.safe_browser import SafeBrowser
from desktop_app.ui.settings import Settings

if TYPE_CHECKING:  # dialogs load when first shown: each Qt class costs start-up time when first read
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from desktop_app.store.library import Library
    from desktop_app.ui.reports_menu import ReportActions

MAX_COMPARED = 8
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

    def __init__(self, library_path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.library_path = Path(library_path)
        self.settings = settings or Settings()
        self.catalog = None  # opened by load_library(), after the window is on screen
        self._library = None
        self._import = None
        self.import_progress: QProgressDialog | None = None
        self.last_message: QMessageBox | None = None

        self.setWindowTitle(f"{APP_NAME} — {self.library_path.name}")
        self.setWindowIcon(icon("classcompare"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        from desktop_app.ui.library_panel import LibraryPanel

        self.panel = LibraryPanel()
        self.spec_view = SafeBrowser()
        self.spec_view.setAccessibleName("Class specification")
        self.spec_view.setHtml(WELCOME)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.spec_view, "Specification")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        self.tabs.currentChanged.connect(self._update_actions)

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 900])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self.panel.class_selected.connect(self.show_class)
        self.panel.hit_selected.connect(self.show_class)
        self.panel.compare_requested.connect(self.compare_classes)
        self.panel.series_compare_requested.connect(self.compare_series)
        self.panel.saved_comparison_opened.connect(self.open_saved_comparison)
        self.panel.saved_comparison_deleted.connect(self._on_saved_comparison_deleted)

        self._reports = None  # made when the File menu first opens or a comparison does
        self._build_menus()
        self._restore_geometry()
        self._update_actions()

    # ---- start-up -----------------------------------------------------------------------------

    def load_library(self) -> None:
        """Open the library and fill the panel; called once the window is painted."""
        from desktop_app.store.location import open_catalog
        from desktop_app.store.schema import LibraryError

        try:
            self.catalog = open_catalog(self.library_path)
        except LibraryError as e:
            self._message("critical", "The library cannot be opened", str(e))
            return
        self.panel.set_library(self.catalog)
        self._show_status()
        self._restore_comparisons()
        self.library_loaded.emit()

    @property
    def reports(self) -> ReportActions:
        """Print, preview, export and paper entries of the File menu."""
        if self._reports is None:
            from desktop_app.ui.reports_menu import ReportActions

            self._reports = ReportActions(self)
        return self._reports

    @property
    def library(self) -> Library | None:
        """The whole library (specs, revisions, saving) on the catalog's connection, loaded on first use."""
        if self._library is None and self.catalog is not None:
            from desktop_app.store.library import Library

            self._library = self.catalog if isinstance(self.catalog, Library) else Library.over(self.catalog)
        return self._library

    def _show_status(self) -> None:
        count = self.panel.class_count
        text = f"{count} class{'' if count == 1 else 'es'} · library {self.library_path}"
        if "<" in text or "&" in text:
            show_as_plain_text(self.status_label)
        self.status_label.setText(text)

    # ---- menus --------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: resolving setShortcut's overloads reads the Qt namespace (roles.py).
            standard = isinstance(shortcut, QKeySequence.StandardKey)
            action.setShortcuts(shortcut if standard else [QKeySequence(shortcut)])
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.aboutToShow.connect(lambda: self.reports)
        self.import_action = self._action("&Import…", self.choose_import, "Ctrl+I", "import",
                                          "Import specification documents or folders")
        self.import_folder_action = self._action("Import &Folder…", self.choose_import_folder, "Ctrl+Shift+I")
        self.compare_action = self._action("&Compare Checked", lambda: self.compare_classes(self.panel.chosen_keys()),
                                           "Ctrl+Return", "compare")
        self.save_action = self._action("&Save Comparison", self.save_current_comparison, QKeySequence.StandardKey.Save)
        self.close_tab_action = self._action("&Close Tab", self.close_current_tab, QKeySequence.StandardKey.Close)
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.report_actions: list[QAction] = []
        self.report_menu_anchor = file_menu
        for action in (self.import_action, self.import_folder_action, None, self.compare_action, self.save_action):
            file_menu.addAction(action) if action else file_menu.addSeparator()
        file_menu.addSeparator()
        self._report_separator = file_menu.addSeparator()
        file_menu.addAction(self.close_tab_action)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        self.copy_action = self._action("&Copy Row", self.copy_current_row, QKeySequence.StandardKey.Copy)
        self.find_action = self._action("&Find…", self.find, QKeySequence.StandardKey.Find, "find")
        self.find_next_action = self._action("Find &Next", lambda: self._tab_call("find_next"),
                                             QKeySequence.StandardKey.FindNext)
        self.find_previous_action = self._action("Find &Previous", lambda: self._tab_call("find_next", backwards=True),
                                                 QKeySequence.StandardKey.FindPrevious)
        self.preferences_action = self._action("&Analyst Name…", self.edit_analyst_name)
        for action in (self.copy_action, None, self.find_action, self.find_next_action, self.find_previous_action,
                       None, self.preferences_action):
            edit_menu.addAction(action) if action else edit_menu.addSeparator()

        view_menu = bar.addMenu("&View")
        self.next_change_action = self._action("&Next Change", lambda: self._tab_call("next_change"), "F7", "next")
        self.previous_change_action = self._action("&Previous Change", lambda: self._tab_call("previous_change"),
                                                   "Shift+F7", "previous")
        self.differences_only_action = self._action("&Differences Only", self._on_differences_only_triggered, "Ctrl+D")
        self.differences_only_action.setCheckable(True)
        self.reset_columns_action = self._action("&Reset Column Order", lambda: self._tab_call("reset_column_order"))
        self.library_action = self._action("&Library Panel", self._toggle_library, "Ctrl+L")
        self.library_action.setCheckable(True)
        self.library_action.setChecked(True)
        for action in (self.next_change_action, self.previous_change_action, None, self.differences_only_action,
                       self.reset_columns_action, None, self.library_action):
            view_menu.addAction(action) if action else view_menu.addSeparator()

        help_menu = bar.addMenu("&Help")
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self.show_shortcuts,
                                             QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(f"&About {APP_NAME}", self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        for action in (self.import_action, self.compare_action, self.previous_change_action,
                       self.next_change_action, self.find_action):
            toolbar.addAction(action)

    def add_report_actions(self, actions: list[QAction]) -> None:
        """The report entries (print, PDF, HTML, Markdown) sit in the File menu before Close Tab."""
        menu = self.report_menu_anchor
        for action in actions:
            menu.insertAction(self._report_separator, action)
            self.report_actions.append(action)
        self._update_actions()

    def current_comparison(self):
        widget = self.tabs.currentWidget()
        return widget if _is_comparison(widget) else None

    def comparison_tabs(self) -> list:
        return [w for i in range(self.tabs.count()) if _is_comparison(w := self.tabs.widget(i))]

    def _update_actions(self, *_args) -> None:
        tab = self.current_comparison()
        for action in (self.save_action, self.next_change_action, self.previous_change_action,
                       self.differences_only_action, self.reset_columns_action, self.find_next_action,
                       self.find_previous_action, self.copy_action, *self.report_actions):
            action.setEnabled(tab is not None)
        self.close_tab_action.setEnabled(tab is not None)
        if tab is not None:
            self.differences_only_action.setChecked(tab.differences_only.isChecked())

    def _tab_call(self, name: str, *args, **kwargs):
        tab = self.current_comparison()
        return getattr(tab, name)(*args, **kwargs) if tab else None

    def _on_differences_only_triggered(self, checked: bool) -> None:
        tab = self.current_comparison()
        if tab:
            tab.differences_only.setChecked(checked)

    def _toggle_library(self, checked: bool) -> None:
        self.panel.setVisible(checked)

    # ---- reading a class ----------------------------------------------------------------------

    def show_class(self, key: str, search: str = "") -> None:
        """The class as a document in the first tab; the words of ``search`` marked where they occur."""
        from desktop_app.core.spec_html import spec_to_html

        if self.library is None:
            return
        spec = self._from_library("The library could not be read", lambda: self.library.spec_named(key))
        if spec is None:
            return
        self.spec_view.setHtml(spec_to_html(spec, marked=search))
        self.tabs.setTabText(0, f"{spec.number} {spec.title}")
        self.tabs.setCurrentIndex(0)

    # ---- comparing ----------------------------------------------------------------------------

    def compare_series(self, jurisdiction: str, code: str):
        from desktop_app.core.compare import ladder

        if not code:
            self._message("information", "Single-class specifications are not a series",
                          "These classes share no series, so they have no levels to put in order. "
                          "Tick the classes you want to compare and press Compare checked.")
            return None
        keys = self.panel.tree_model.series_class_keys(jurisdiction, code)
        if len(keys) < 2:
            self._message("information", "Nothing to compare in this series",
                          f"Series {code} has {len(keys)} class{'' if len(keys) == 1 else 'es'} in the library; "
                          "a comparison needs two or more. Tick classes from other series to compare them.")
            return None
        specs = self._from_library("The library could not be read",
                                   lambda: ladder([self.library.spec_named(k) for k in keys]))
        if specs is None:
            return None
        if len(specs) > MAX_COMPARED:
            self._message("information", "Series too long to compare at once",
                          f"Series {code} has {len(specs)} classes; the first {MAX_COMPARED} levels are compared. "
                          "Tick the classes you want to compare them in a different set.")
            specs = specs[:MAX_COMPARED]
        return self.open_comparison([f"{s.jurisdiction}:{s.number}" for s in specs], specs=specs, in_ladder_order=True)

    def compare_classes(self, keys: list[str]):
        if len(keys) < 2:
            self._message("information", "Choose two or more classes",
                          "Tick two or more classes in the library (or select them), then compare.")
            return None
        if len(keys) > MAX_COMPARED:
            self._message("information", "Too many classes",
                          f"Up to {MAX_COMPARED} classes can be compared at once; {len(keys)} are ticked.")
            return None
        return self.open_comparison(keys)

    def open_comparison(self, names: list[str], options=None, notes: str = "", saved_id: int | None = None,
                        name: str = "", specs=None, in_ladder_order: bool = False, differences_only: bool = False):
        """A new comparison tab of the named classes (levels put in ladder order unless already)."""
        from desktop_app.core.compare import ladder
        from desktop_app.store.library import ClassNotFound
        from desktop_app.ui.comparison_tab import ComparisonTab

        try:
            specs = specs or self._from_library("The library could not be read",
                                                lambda: [self.library.spec_named(n) for n in names])
        except ClassNotFound as e:
            self._message("warning", "A class is not in the library", e.args[0])
            return None
        if specs is None:
            return None
        if not in_ladder_order and saved_id is None:
            by_spec = {id(s): n for s, n in zip(specs, names)}
            specs = ladder(specs)
            names = [by_spec[id(s)] for s in specs]
        tab = ComparisonTab(specs, names, options, notes=notes, saved_id=saved_id, name=name)
        tab.save_requested.connect(self.save_current_comparison)
        tab.differences_only.toggled.connect(self._update_actions)
        if differences_only:
            tab.differences_only.setChecked(True)
        self.reports  # noqa: B018 (made now, so that its shortcuts work in the comparison)
        index = self.tabs.addTab(tab, icon("compare"), name or tab.title())
        self.tabs.setTabToolTip(index, tooltip_text(" → ".join(f"{s.number} {s.title}" for s in specs)))
        self.tabs.setCurrentIndex(index)
        self.comparison_opened.emit(tab)
        return tab

    def open_saved_comparison(self, saved_id: int):
        from desktop_app.core.compare import CompareOptions

        saved = self.library.saved_comparison(saved_id)
        if saved is None:
            return None
        for tab in self.comparison_tabs():
            if tab.saved_id == saved_id:
                self.tabs.setCurrentWidget(tab)
                return tab
        return self.open_comparison(list(saved.classes), CompareOptions(**saved.options), saved.notes,
                                    saved.id, saved.name)

    def save_current_comparison(self, name: str | None = None) -> int | None:
        tab = self.current_comparison()
        if tab is None or self.library is None:
            return None
        if name is None and tab.saved_id is None:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getText(self, "Save comparison", "Name of this comparison:",
                                            text=f"Comparison {tab.title()}")
            if not ok or not name.strip():
                return None
        name = (name or tab.saved_name or tab.title()).strip()
        saved_id = self._from_library("The comparison was not saved", lambda: self.library.save_comparison(
            name, tab.names, tab.options_dict(), tab.notes_text(), tab.saved_id))
        if saved_id is None:
            return None
        tab.saved_id = saved_id
        tab.saved_name = name
        self.tabs.setTabText(self.tabs.indexOf(tab), name)
        self.panel.refresh_saved()
        self.statusBar().showMessage(f"Saved “{name}”", 4000)
        return tab.saved_id

    def _on_saved_comparison_deleted(self, saved_id: int) -> None:
        if self._from_library("The comparison was not deleted",
                              lambda: self.library.delete_saved_comparison(saved_id) or True) is None:
            return
        for tab in self.comparison_tabs():
            if tab.saved_id == saved_id:
                tab.saved_id = None
        self.panel.refresh_saved()

    def close_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index > 0:
            self._on_tabs_close_requested(index)

    def _on_tabs_close_requested(self, index: int) -> None:
        if index == 0:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        widget.deleteLater()

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
            QApplication.clipboard().setText(tab.model.row_text(row))

    # ---- importing ----------------------------------------------------------------------------

    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import specifications", self.settings.last_folder,
            "Specification documents (*.txt *.htm *.html *.pdf *.docx);;All files (*)",
        )
        if paths:
            self.settings.last_folder = str(Path(paths[0]).parent)
            self.import_paths(paths)

    def choose_import_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, "Import a folder of specifications", self.settings.last_folder)
        if folder:
            self.settings.last_folder = folder
            self.import_paths([folder])

    def import_paths(self, paths: list[str]):
        """Import in a worker; a cancellable progress dialog; a summary with the failures at the end."""
        from desktop_app.ui.import_worker import start_import

        if self._import is not None:
            self.statusBar().showMessage("An import is already running", 4000)
            return None
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog("Reading documents…", "Cancel", 0, 0, self)
        label = QLabel("Reading documents…")
        show_as_plain_text(label)  # it shows each document's path: text, never markup
        progress.setLabel(label)
        progress.setWindowTitle("Importing")
        progress.setWindowModality(_window_modal())
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.import_progress = progress
        thread, worker = start_import(self.library_path, paths, self)
        self._import = (thread, worker)
        from PySide6.QtCore import Qt

        # Direct: the worker's thread is busy importing and would see a queued call only at the end.
        # cancel() only sets a thread-safe flag, which the import reads before each document.
        progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        progress.canceled.connect(lambda: self.statusBar().showMessage("Cancelling the import…"))
        worker.started.connect(progress.setMaximum)
        worker.progressed.connect(self._on_import_progressed)
        worker.finished.connect(self._on_import_finished)
        return worker

    def _on_import_progressed(self, done: int, total: int, line: str) -> None:
        if self.import_progress is not None and not self.import_progress.wasCanceled():
            self.import_progress.setMaximum(total)
            self.import_progress.setValue(done)
            self.import_progress.setLabelText(f"{done} of {total}\n{_elide(line)}")

    def _on_import_finished(self, outcomes: list) -> None:
        from desktop_app.ui.import_worker import failure_lines, summary_text

        thread, worker = self._import
        thread.wait()
        self._import = None
        if self.import_progress is not None:
            self.import_progress.reset()
            self.import_progress.deleteLater()
            self.import_progress = None
        self.panel.refresh()
        self.statusBar().clearMessage()  # "Cancelling the import…"
        self._show_status()
        failures = failure_lines(outcomes)
        self._message(
            "critical" if worker.stopped else "warning" if failures else "information",
            "Import stopped" if worker.stopped else "Import finished",
            summary_text(outcomes, worker.cancelled, worker.stopped), failures,
        )
        self.import_finished.emit(outcomes)

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
        import sqlite3

        from desktop_app.store.errors import LibraryError, read_error

        try:
            return call()
        except LibraryError as e:
            self._message("critical", title, str(e))
        except sqlite3.DatabaseError as e:
            self._message("critical", title, str(read_error(e, self.library_path)))
        return None

    def _message(self, kind: str, title: str, text: str, details: str = "") -> QMessageBox:
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

        return self._message(
            "information", f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nStructure-aware comparison of classification specifications for "
            f"public-sector classification analysts.\n\nLibrary: {self.library_path}\n"
            f"Python {platform.python_version()} · Qt for Python {pyside_version}",
        )

    def show_shortcuts(self) -> QMessageBox:
        lines = [
            "Ctrl+I  Import documents", "Ctrl+Return  Compare the ticked classes", "Ctrl+S  Save comparison",
            "Ctrl+P  Print", "F7 / Shift+F7  Next / previous change", "Ctrl+F  Find",
            "F3 / Shift+F3  Find next / previous",
            "Ctrl+D  Differences only", "Ctrl+L  Show or hide the library", "Ctrl+W  Close tab",
        ]
        return self._message("information", "Keyboard shortcuts", "\n".join(lines))

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
        if self.settings.splitter("main") is not None:
            self.splitter.restoreState(self.settings.splitter("main"))

    def _restore_comparisons(self) -> None:
        states = self.settings.open_comparisons
        if not states:
            return
        from desktop_app.core.compare import CompareOptions

        for state in states:
            try:
                options = CompareOptions(**state.get("options", {}))
            except TypeError:
                options = None
            if state.get("saved_id") and self.library.saved_comparison(state["saved_id"]):
                tab = self.open_saved_comparison(state["saved_id"])
            else:
                tab = self.open_comparison(state["classes"], options, state.get("notes") or "",
                                           in_ladder_order=True)
            if tab is not None and state.get("differences_only"):
                tab.differences_only.setChecked(True)

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.set_splitter("main", self.splitter.saveState())
        self.settings.open_comparisons = [tab.state() for tab in self.comparison_tabs()]
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._import is not None:
            self._import[1].cancel()
            self._import[0].wait()
        self.save_settings()
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = self._library = None
        super().closeEvent(event)


def _is_comparison(widget) -> bool:
    # By attribute, not isinstance: importing the comparison tab pulls in the engine, which start-up avoids.
    return bool(getattr(widget, "is_comparison", False))


def _elide(text: str, width: int = 90) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]


def _window_modal():
    from PySide6.QtCore import Qt  # read here, not at start (see roles.py)

    return Qt.WindowModality.WindowModal
