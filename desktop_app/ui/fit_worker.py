"""Reading a position description and ranking it against the library in a worker thread with its own library
connection; progress and cancel as Qt signals, so that the window never waits on a file or a fit."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.core.positions.model import Position


class FitWorker(QObject):
    """Runs in its own thread: opens its own connection, hands back the prepared audit (plain data)."""

    read = Signal(object)  # the Position read from the file (when there is one), before it is ranked
    progressed = Signal(int, int)  # classes read for the fit, of how many (the first fit of a library only)
    finished = Signal(object, str)  # the AuditWork (None when it failed or was cancelled), and why it failed

    def __init__(self, library_path: Path, position: Position | None, columns: list[str] | None = None,
                 path: Path | None = None) -> None:
        super().__init__()
        self._library_path = Path(library_path)
        self._position = position
        self._columns = columns
        self._path = path
        self._cancel = threading.Event()
        self.cancelled = False
        self.failure = "The position was not ranked"  # the title of the window's warning when it fails

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from desktop_app.store.audit_work import prepare_audit
        from desktop_app.store.fit_cache import FitCancelled
        from desktop_app.store.library import Library

        work, error = None, ""
        if self._path is not None and not self._read():
            self.finished.emit(None, self._error)
            return
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

    def _read(self) -> bool:
        """The position description of the file, or why it is none (``failure``, ``_error``)."""
        from desktop_app.core.errors import DocumentError
        from desktop_app.core.positions.parse import read_position

        path = self._path
        try:
            self._position = read_position(path.read_bytes(), str(path))
        except OSError as e:
            self.failure, self._error = "The file was not read", f"{path}: cannot be read ({e.strerror or e})."
            return False
        except DocumentError as e:
            self.failure, self._error = "Not a position description", f"{path.name}: {e}."
            return False
        self.read.emit(self._position)
        return not self._cancel.is_set()


def start_fit(library_path: Path, position: Position | None, columns: list[str] | None = None,
              parent: QObject | None = None, path: Path | None = None,
              connect=None) -> tuple[QThread, FitWorker]:
    """A worker moved to a new thread, started; the thread ends and cleans up when the worker finishes. With
    ``path``, the worker first reads the position from that file. ``connect(worker)`` makes the caller's
    connections before the thread starts: a worker that fails at once (a file that is gone) must not finish
    before anyone listens."""
    thread = QThread(parent)
    worker = FitWorker(library_path, position, columns, path)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    if connect is not None:
        connect(worker)
    thread.start()
    return thread, worker
