"""Choosing the position to audit: one of the library's, a description read from a file, or pasted text (read
as it is typed in, and refused with one line when it is no position description)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.core.errors import DocumentError
from desktop_app.core.positions.model import Position
from desktop_app.core.positions.parse import parse_position
from desktop_app.ui.roles import POSITION_ID_ROLE

FILE_FILTER = "Position descriptions (*.txt *.docx *.pdf);;All files (*)"


def position_line(position: Position) -> str:
    """“Health Benefits Specialist: 5 duties, 100% of the time”."""
    total = position.total_percent
    share = f", {total:g}% of the time" if total else ""
    return f"{position.title}: {len(position.duties)} dut{'y' if len(position.duties) == 1 else 'ies'}{share}"


class PositionChooser(QDialog):
    """The library's positions; or a file (``choose_file``) or pasted text (``paste``) instead."""

    FILE, PASTE = "file", "paste"

    def __init__(self, entries, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Audit a position")
        self.choice: int | str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Positions in the library")
        for entry in entries:
            stated = f" · {entry.current_class}" if entry.current_class else ""
            item = QListWidgetItem(f"{entry.title}{stated}")
            item.setData(POSITION_ID_ROLE, entry.id)
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        from_file = QPushButton("From a &file…")
        from_file.clicked.connect(lambda: self._done(self.FILE))
        paste = QPushButton("&Paste text…")
        paste.clicked.connect(lambda: self._done(self.PASTE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(from_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(paste, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(entries))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A position of the library, or a position description to read:"))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _done(self, choice: str) -> None:
        self.choice = choice
        super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.choice is None:
            self.choice = int(item.data(POSITION_ID_ROLE))
        super().accept()


class PastePosition(QDialog):
    """Pasted text read as a position description as it is typed; OK once it is one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste a position description")
        self.position: Position | None = None
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Position description text")
        self.text.setPlaceholderText("Paste the position description here: title, purpose, duties with their "
                                     "shares of time (\"40% - …\"), supervision…")
        self.found = QLabel("Nothing pasted yet.")
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.read)
        self.text.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.found)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def read(self) -> Position | None:
        text = self.text.toPlainText()
        self.position = None
        if not text.strip():
            self.found.setText("Nothing pasted yet.")
        else:
            try:
                self.position = parse_position(text, "pasted text")
            except DocumentError as e:
                self.found.setText(f"Not a position description: {e}")
            else:
                warnings = "".join(f"\nWarning: {w}" for w in self.position.warnings)
                self.found.setText(f"Found {position_line(self.position)}{warnings}")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.position is not None)
        return self.position
