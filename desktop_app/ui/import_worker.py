"""Importing in a worker thread with its own library connection; progress and cancel as Qt signals."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop_app.store.errors import LibraryError
from desktop_app.store.importing import ImportOutcome, document_files, import_paths, summary_line
from desktop_app.store.library import Library


class ImportWorker(QObject):
    """Runs in its own thread: opens its own connection, hands back plain outcomes."""

    started = Signal(int)  # how many documents
    progressed = Signal(int, int, str)  # done, total, the outcome's report line
    finished = Signal(list)  # list[ImportOutcome], in order; shorter than the files when cancelled

    def __init__(self, library_path: Path, paths: list[str], jurisdiction: str = "") -> None:
        super().__init__()
        self._library_path = Path(library_path)
        self._paths = list(paths)
        self._jurisdiction = jurisdiction  # for documents that do not say which one they come from
        self._cancel = threading.Event()
        self.cancelled = False
        self.stopped = ""  # why the import stopped before its end, if it did

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        outcomes: list[ImportOutcome] = []  # as they come: a failure later keeps the ones before

        def progressed(done: int, total: int, outcome: ImportOutcome) -> None:
            outcomes.append(outcome)
            self.progressed.emit(done, total, outcome.line())

        try:
            files = document_files(self._paths)
            self.started.emit(len(files))
            library = Library(self._library_path)
            try:
                import_paths(library, files, on_progress=progressed, should_cancel=self._cancel.is_set,
                             jurisdiction=self._jurisdiction or None)
            finally:
                library.close()
        except LibraryError as e:  # the library cannot be written (or opened): the import stopped there
            self.stopped = str(e)
        except Exception as e:  # the window must hear of any failure, never lose the worker silently
            self.stopped = f"{type(e).__name__}: {e}"
        self.cancelled = self._cancel.is_set()
        self.finished.emit([replace(o, found=None) for o in outcomes])


def start_import(
    library_path: Path, paths: list[str], parent: QObject | None = None, jurisdiction: str = "",
    connect=None,
) -> tuple[QThread, ImportWorker]:
    """A worker moved to a new thread, started; the thread ends and cleans up when the worker finishes.
    ``jurisdiction`` is for the documents that do not say which one they come from. ``connect(worker)`` is
    called before the thread starts: a short import could otherwise finish before anyone listens."""
    thread = QThread(parent)
    worker = ImportWorker(library_path, paths, jurisdiction)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    if connect is not None:
        connect(worker)
    thread.start()
    return thread, worker


# Documents imported with something to check are named in the summary itself, up to this many.
SHOWN_WARNINGS = 5


def summary_text(outcomes: list[ImportOutcome], cancelled: bool, stopped: str = "") -> str:
    """The summary line; then each document not imported, with why, and each imported with something to check (a
    class code a page gives that is not its own, a class number now under another title), which Show Details
    alone would hide (the first few of each; Show Details has them all)."""
    text = summary_line(outcomes) + "."
    if stopped:
        return f"Import stopped: {stopped}.\n\n{text}"
    text = "Import cancelled. " + text if cancelled else text
    failed = [o for o in outcomes if o.status == "failed"]
    flagged = [o for o in outcomes if o.status != "failed" and o.reason]
    for heading, found in (("Not imported", failed), ("To check", flagged)):
        if found:
            lines = [f"{Path(o.path).name}: {o.reason}" for o in found[:SHOWN_WARNINGS]]
            if len(found) > SHOWN_WARNINGS:
                lines.append(f"… and {len(found) - SHOWN_WARNINGS} more (Show Details)")
            count = f"{len(found)} document{'' if len(found) == 1 else 's'}"
            text += f"\n\n{heading} ({count}):\n" + "\n".join(lines)
    return text


def failure_lines(outcomes: list[ImportOutcome]) -> str:
    """The failures with their reasons, then revisions with something to check."""
    failed = [o.line() for o in outcomes if o.status == "failed"]
    flagged = [o.line() for o in outcomes if o.status != "failed" and o.reason]
    return "\n".join(failed + flagged)
