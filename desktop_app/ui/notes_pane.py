"""A comparison's audit notes: the Markdown editor, its rendered preview, and whether the notes are saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_app.core.notes import notes_to_html
from desktop_app.ui.safe_browser import SafeBrowser

DRAFT_PAUSE_MS = 1000  # a draft is written this long after the last key (and at once when the editor is left)


class NotesEditor(QPlainTextEdit):
    """Tab and Shift+Tab go on to the next pane, as everywhere in the window; Ctrl+Tab and Ctrl+Shift+Tab too
    (Qt would hand them to the tab widget around, which would change the comparison shown)."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.focusNextPrevChild(not backwards)
            return True
        return super().event(event)


class NotesPane(QWidget):
    modified_changed = Signal(bool)
    paused = Signal()  # the analyst stopped typing (DRAFT_PAUSE_MS), or left the editor: time to keep a draft
    save_requested = Signal()

    def __init__(self, notes: str = "", saved_notes: str = "", parent=None) -> None:
        super().__init__(parent)
        self._saved_notes = saved_notes
        self._modified = notes != saved_notes
        self.editor = NotesEditor(notes)
        self.editor.setPlaceholderText("Audit notes (Markdown) — kept as you type, saved with the comparison")
        self.editor.setAccessibleName("Audit notes")
        self.editor.installEventFilter(self)
        self.preview = SafeBrowser(open_clicked_links=True)
        self.preview.setAccessibleName("Notes preview")
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self.render_preview)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self.paused)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.save_button = QPushButton("&Save comparison")
        self.save_button.clicked.connect(self.save_requested)

        title = QLabel("Audit &notes")
        title.setBuddy(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.editor)
        preview_pane = QWidget()
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel("Preview"))
        preview_layout.addWidget(self.preview, 1)
        self.splitter.addWidget(preview_pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.save_button)
        self._layout = layout
        self.render_preview()

    def add_button(self, button) -> None:
        """A button of the tab's that works on the notes, above Save comparison."""
        self._layout.insertWidget(self._layout.indexOf(self.save_button), button)
        # Tab goes down the pane as it reads: the preview, this button, Save comparison.
        QWidget.setTabOrder(self.preview, button)
        QWidget.setTabOrder(button, self.save_button)

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def modified(self) -> bool:
        """The notes differ from what the library holds as saved (nothing, for a comparison never saved)."""
        return self._modified

    @property
    def saved_notes(self) -> str:
        """The notes the library held as saved when this pane last read or saved them."""
        return self._saved_notes

    def mark_saved(self, notes: str | None = None) -> None:
        """The notes (as they stand, or ``notes``) are what is saved now."""
        self._saved_notes = self.text() if notes is None else notes
        self._update_modified()

    def discard(self) -> None:
        """Back to the saved notes."""
        self._draft_timer.stop()
        self.editor.setPlainText(self._saved_notes)
        self._draft_timer.stop()
        self._update_modified()

    def keep_now(self) -> None:
        """Ask for a draft now if one is due (the editor was left, the tab is closing)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.paused.emit()

    def _on_editor_text_changed(self) -> None:
        self._preview_timer.start()
        self._draft_timer.start()
        self._update_modified()

    def _update_modified(self) -> None:
        modified = self.text() != self._saved_notes
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def render_preview(self) -> None:
        self.preview.setHtml(notes_to_html(self.text()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.keep_now()
        return super().eventFilter(watched, event)
