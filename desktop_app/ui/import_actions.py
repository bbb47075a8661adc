"""Importing into the library from the window: the documents read in a worker, a progress dialog with Cancel, a
summary with the failures at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.ui.worker_progress import progress_dialog, put_away, show_progress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from desktop_app.ui.main_window import MainWindow


class ImportActions(QObject):
    """A QObject of the window's thread, so that the worker's signals reach it there (queued)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running = None  # (thread, worker) of the import in progress
        self.progress: QProgressDialog | None = None

    def start(self, paths: list[str], jurisdiction: str | None = None):
        """Import in a worker; ``jurisdiction`` is for documents that do not name one; None asks, when the batch
        may hold such. The worker, or None when nothing was started."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        from desktop_app.ui.import_worker import start_import
        from desktop_app.ui.plain_text import show_as_plain_text

        window = self.window
        if self.running is not None:
            window.statusBar().showMessage("An import is already running", 4000)
            return None
        if jurisdiction is None:
            from desktop_app.ui.import_jurisdiction import ask_jurisdiction

            jurisdiction = ask_jurisdiction(window, paths)
            if jurisdiction is None:
                return None
        progress = progress_dialog(window, "Importing", "Reading documents…")
        label = QLabel("Reading documents…")
        show_as_plain_text(label)  # it shows each document's path: text, never markup
        progress.setLabel(label)
        self.progress = progress

        def connect(worker) -> None:
            # Direct: the worker's thread is busy importing and would see a queued call only at the end.
            # cancel() only sets a thread-safe flag, which the import reads before each document.
            progress.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
            progress.canceled.connect(lambda: window.statusBar().showMessage("Cancelling the import…"))
            worker.started.connect(progress.setMaximum)
            worker.progressed.connect(self._on_progressed)
            worker.finished.connect(self._on_finished)

        self.running = start_import(window.library_path, paths, window, jurisdiction, connect)
        return self.running[1]

    def _on_progressed(self, done: int, total: int, line: str) -> None:
        show_progress(self.progress, done, total, f"{done} of {total}\n{_elide(line)}")

    def _on_finished(self, outcomes: list) -> None:
        from desktop_app.ui.import_worker import failure_lines, summary_text

        thread, worker = self.running
        thread.wait()
        self.running = None
        put_away(self.progress)
        self.progress = None
        window = self.window
        window.panel.refresh()
        window.statusBar().clearMessage()  # "Cancelling the import…"
        window.show_library_status()
        failures = failure_lines(outcomes)
        window.tell(
            "critical" if worker.stopped else "warning" if failures else "information",
            "Import stopped" if worker.stopped else "Import finished",
            summary_text(outcomes, worker.cancelled, worker.stopped), failures,
        )
        window.import_finished.emit(outcomes)

    def stop(self) -> None:
        """Cancel the import in progress and wait for its worker (the window is closing)."""
        if self.running is not None:
            self.running[1].cancel()
            self.running[0].wait()


def _elide(text: str, width: int = 90) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]
