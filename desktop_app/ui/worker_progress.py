"""The progress dialog of work done in a worker (an import, a fit): made, moved on, and put away alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(parent: QWidget, title: str, label: str) -> QProgressDialog:
    """Window-modal, shown only if the work lasts over 300 ms, closed by its owner only (never by reaching its
    maximum, which the work may reach before it is done)."""
    progress = QProgressDialog(label, "Cancel", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    return progress


def show_progress(progress: QProgressDialog | None, done: int, total: int, label: str) -> None:
    """Move the dialog on, unless it is gone or cancelled. The value is set last: a modal dialog's setValue lets
    events in, and the work may finish (and its dialog go) meanwhile."""
    if progress is None or progress.wasCanceled():
        return
    progress.setLabelText(label)
    progress.setMaximum(total)
    progress.setValue(done)


def put_away(progress: QProgressDialog | None) -> None:
    if progress is not None:
        progress.reset()
        progress.deleteLater()
