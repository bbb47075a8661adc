"""What "Audit a Position…" does: choose or read a position (saved in the library apart from classes), rank the
library's classes for it in a worker with progress and cancel, open the audit tab; save an audit and reopen one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.audit.decision import Decision
from desktop_app.ui.unsaved_audits import AuditKeeper, draft_decision

if TYPE_CHECKING:
    from desktop_app.core.positions.model import Position
    from desktop_app.store.audit_drafts import AuditDraft
    from desktop_app.ui.audit_tab import AuditTab
    from desktop_app.ui.main_window import MainWindow


RANKING = "Ranking the library's classes for the position…"


class AuditActions(QObject):
    """A QObject of the window's thread, so that the worker's signals reach it there (queued), never in the
    worker's own thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = None  # (thread, worker) of a fit in progress
        self.progress = None
        self._pending: tuple = ()  # (position id, audit id, decision) of the fit in progress
        self._reading = ""  # the file the worker reads the position from
        self.keeper = AuditKeeper(self)

    def tabs(self) -> list[AuditTab]:
        tabs = self.window.tabs
        return [w for i in range(tabs.count()) if getattr(w := tabs.widget(i), "is_audit", False)]

    def current(self) -> AuditTab | None:
        widget = self.window.tabs.currentWidget()
        return widget if getattr(widget, "is_audit", False) else None

    # ---- choosing the position -------------------------------------------------------------------

    def audit_position(self, position_id: int = 0):
        """Audit a position of the library (``position_id``), or one chosen, read from a file or pasted."""
        library = self.window.library
        if library is None:
            return None
        from desktop_app.store.positions import position, positions

        if not position_id:
            from desktop_app.ui.position_dialog import PositionChooser

            chooser = PositionChooser(positions(library.conn), self.window)
            if not chooser.exec():
                return None
            if chooser.choice == PositionChooser.FILE:
                return self.audit_file()
            if chooser.choice == PositionChooser.PASTE:
                return self.audit_pasted()
            position_id = chooser.choice
        return self.start(position(library.conn, position_id).position, position_id)

    def audit_file(self, path: str | None = None):
        """Read a position description from a file and rank the library for it, both in the worker: a PDF
        takes most of a second to read."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from desktop_app.ui.position_dialog import FILE_FILTER

            path, _ = QFileDialog.getOpenFileName(self.window, "Read a position description",
                                                  self.window.settings.last_folder, FILE_FILTER)
            if not path:
                return None
            self.window.settings.last_folder = str(Path(path).parent)
        return self.start(None, None, path=path)

    def audit_pasted(self, text: str | None = None):
        from desktop_app.ui.position_dialog import PastePosition

        dialog = PastePosition(self.window)
        if text is not None:
            dialog.text.setPlainText(text)
            dialog.read()
            found = dialog.position
            dialog.deleteLater()
            if found is None:
                self.window.tell("warning", "Not a position description", dialog.found.text())
                return None
        else:
            if not dialog.exec() or dialog.position is None:
                return None
            found = dialog.position
        return self.start(found, self._save(found, "pasted text"))

    def _save(self, found: Position, source: str) -> int:
        from desktop_app.store.positions import save_position

        position_id, _new = save_position(self.window.library.conn, found, source)
        self.window.panel.refresh_positions()
        return position_id

    # ---- ranking, in a worker --------------------------------------------------------------------

    def start(self, found: Position | None, position_id: int | None, audit_id: int | None = None,
              decision: Decision = Decision(), columns: list[str] | None = None, path: str | None = None):
        """Rank the library for the position in a worker (reading it first from ``path`` when ``found`` is
        None); the audit tab opens when it is done."""
        if self.running is not None:
            self.window.statusBar().showMessage("A position is already being ranked", 4000)
            return None
        from PySide6.QtCore import Qt

        from desktop_app.ui.fit_worker import start_fit
        from desktop_app.ui.worker_progress import progress_dialog

        progress = progress_dialog(self.window, "Audit a position",
                                   f"Reading {Path(path).name}…" if path else RANKING)
        self.progress = progress
        self._pending = (position_id, audit_id, decision)
        self._reading = path

        def connect(worker) -> None:
            # Direct: the worker's thread is busy ranking and would see a queued call only at the end.
            progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
            if path:
                worker.read.connect(self._on_read)
            worker.progressed.connect(self._on_progressed)
            worker.finished.connect(self._on_finished)

        self.running = start_fit(self.window.library_path, found, columns, self.window, Path(path) if path else None,
                                 connect=connect)
        return self.running[1]

    def _on_read(self, found: Position) -> None:
        """The position read from its file is kept in the library while the worker ranks it."""
        _position_id, audit_id, decision = self._pending
        self._pending = (self._save(found, self._reading), audit_id, decision)
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setLabelText(RANKING)

    def _on_progressed(self, done: int, total: int) -> None:
        from desktop_app.ui.worker_progress import show_progress

        show_progress(self.progress, done, total, RANKING if done >= total else
                      f"Reading the library's classes for the fit (once): {done:,} of {total:,}")

    def _on_finished(self, work, error: str) -> None:
        position_id, audit_id, decision = self._pending
        thread, worker = self.running
        thread.wait()
        self.running = None
        from desktop_app.ui.worker_progress import put_away

        put_away(self.progress)
        self.progress = None
        if work is None:
            if error:
                self.window.tell("warning", worker.failure, error)
            return
        self.open_tab(work, position_id, audit_id, decision)

    def open_tab(self, work, position_id, audit_id=None, decision: Decision = Decision(), ranking=None):
        from desktop_app.ui.audit_tab import AuditTab

        tab = AuditTab(work.position, ranking or work.ranking, list(work.classes), self.window.library.spec_named,
                       work.next_level, position_id, audit_id, decision)
        tab.save_requested.connect(lambda tab=tab: self.save(tab))
        self.window.tabs.setCurrentIndex(self.window.tabs.addTab(tab, tab.title()))
        self.keeper.attach(tab)
        self.window.audit_opened.emit(tab)
        self.window.save_open_comparisons()
        return tab

    # ---- saving and reopening ------------------------------------------------------------------

    def save_current(self) -> int | None:
        tab = self.current()
        return None if tab is None else self.save(tab)

    def save(self, tab: AuditTab) -> int | None:
        library = self.window.library
        if library is None:
            return None
        from desktop_app.store.audits import save_audit

        position_id = tab.position_id or self._save(tab.position, "audit")
        decision = tab.decision
        audit_id = save_audit(library.conn, position_id, tab.compared(), list(tab.ranking), decision.chosen_class,
                              decision.effective_date, decision.rationale, tab.audit_id,
                              analyst=self.window.settings.analyst_name)
        tab.mark_saved(audit_id, position_id)
        self.keeper.saved(tab)
        self.window.panel.refresh_positions()
        self.window.save_open_comparisons()
        self.window.statusBar().showMessage(f"Saved audit {audit_id}", 4000)
        return audit_id

    def open_saved(self, audit_id: int, draft: AuditDraft | None = None):
        """A saved audit, as it was decided: its classes, the ranking it kept, its decision; with ``draft``, the
        changes not saved, over it."""
        for tab in self.tabs():
            if tab.audit_id == audit_id:
                self.window.tabs.setCurrentWidget(tab)
                return tab
        from desktop_app.store.audits import audit

        saved = audit(self.window.library.conn, audit_id)
        decision = Decision(saved.chosen_class, saved.effective_date, saved.rationale)
        if draft is None:
            return self._open_kept(saved.position_id, saved.id, saved.classes, saved.ranking, decision)
        tab = self._open_kept(saved.position_id, saved.id, draft.classes, draft.ranking, draft_decision(draft))
        tab.draft_id = draft.id
        tab.set_saved(decision, saved.classes)
        return tab

    def open_draft(self, draft: AuditDraft):
        """An audit never saved, as its draft kept it."""
        tab = self._open_kept(draft.position_id, None, draft.classes, draft.ranking, draft_decision(draft))
        tab.draft_id = draft.id
        tab.set_saved(Decision(), ())  # nothing of it is saved
        return tab

    def _open_kept(self, position_id: int, audit_id: int | None, classes, ranking, decision: Decision):
        from desktop_app.store.positions import position

        library = self.window.library
        stored = position(library.conn, position_id)
        specs = [library.spec_named(k) for k in classes]
        upper = next((c["key"] for c in ranking if c.get("next_level_up")), None)
        return self.open_tab(_Reopened(stored.position, upper, tuple(specs)), position_id, audit_id, decision,
                             tuple(ranking))

    def delete(self, audit_id: int) -> bool:
        """Delete a saved audit from the library, once the analyst says so; its tab closes."""
        from desktop_app.store.audits import delete_audit

        if not self._confirm("Delete audit", f"Delete audit {audit_id} and its decision from the library?"):
            return False
        self._close_tabs(lambda tab: tab.audit_id == audit_id)
        delete_audit(self.window.library.conn, audit_id)
        self._deleted(f"Deleted audit {audit_id}")
        return True

    def delete_position(self, position_id: int) -> bool:
        """Delete a position and its audits from the library, once the analyst says so; their tabs close."""
        from desktop_app.store.positions import delete_position, position, positions

        conn = self.window.library.conn
        title = position(conn, position_id).position.title
        count = next((p.audits for p in positions(conn) if p.id == position_id), 0)
        audits = f"its {count} audit{'' if count == 1 else 's'}"
        if not self._confirm("Delete position", f"Delete the position “{title}” and {audits} from the library?"):
            return False
        self._close_tabs(lambda tab: tab.position_id == position_id)
        delete_position(conn, position_id)
        self._deleted(f"Deleted the position “{title}” and {audits}")
        return True

    def _confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons.Yes | buttons.Cancel, self.window)
        box.button(buttons.Yes).setText("&Delete")
        box.setDefaultButton(buttons.Cancel)
        self.window.last_message = box
        return buttons(box.exec()) == buttons.Yes

    def _close_tabs(self, which) -> None:
        for tab in self.tabs():
            if which(tab):
                self.keeper.drop(tab)
                self.window.tabs.removeTab(self.window.tabs.indexOf(tab))
                tab.deleteLater()

    def _deleted(self, message: str) -> None:
        self.window.panel.refresh_positions()
        self.window.save_open_comparisons()
        self.window.statusBar().showMessage(message, 4000)

    def stop(self) -> None:
        if self.running is not None:
            self.running[1].cancel()
            self.running[0].wait()


class _Reopened:
    """A saved audit's parts, in the shape of a prepared audit (no new ranking: the one kept is shown)."""

    def __init__(self, position, next_level, classes) -> None:
        self.position = position
        self.next_level = next_level
        self.classes = classes
        self.ranking = ()
