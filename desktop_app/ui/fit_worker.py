"""Ranking a position against the library in a worker thread with its own library connection; progress and
cancel as Qt signals, so that the window never waits on a fit."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.core.positions.model import Position


class FitWorker(QObject):
    """Runs in its own thread: opens its own connection, hands back the prepared audit (plain data)."""

    progressed = Signal(int, int)  # classes read for the fit, of how many (the first fit of a library only)
    finished = Signal(object, str)  # the AuditWork (None when it failed or was cancelled), and why it failed

    def __init__(self, library_path: Path, position: Position, columns: list[str] | None = None) -> None:
        super().__init__()
        self._library_path = Path(library_path)
        self._position = position
        self._columns = columns
        self._cancel = threading.Event()
        self.cancelled = False

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from desktop_app.store.audit_work import prepare_audit
        from desktop_app.store.fit_cache import FitCancelled
        from desktop_app.store.library import Library

        work, error = None, ""
        try:
            library = Library(self._library_path)
            try:
                work = prepare_audit(library, self._position, self._columns,
                                     on_progress=lambda done, total: self.progressed.emit(done, total),
                                     should_cancel=self._cancel.is_set)
            finally:
                library.close()
        except FitCancelled:
            pass
        except Exception as e:  # the window must hear of any failure, never lose the worker silently
            error = str(e) or type(e).__name__
        self.cancelled = self._cancel.is_set()
        self.finished.emit(work, error)


def start_fit(library_path: Path, position: Position, columns: list[str] | None = None,
              parent: QObject | None = None) -> tuple[QThread, FitWorker]:
    """A worker moved to a new thread, started; the thread ends and cleans up when the worker finishes."""
    thread = QThread(parent)
    worker = FitWorker(library_path, position, columns)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker
