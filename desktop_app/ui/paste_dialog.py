"""New class from text: a spec pasted into the window, read as an import reads it, shown before it is saved.

The text is read by the same formats as an imported file. What was found (title, code, jurisdiction, each
section with its items) shows as the spec view shows a class; a code or title the text does not give can be
typed. Save stores it as an import does (one transaction, the import log notes "pasted text").
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.safe_browser import SafeBrowser

PASTED = "pasted text"
# Reading waits this long after the last keystroke, so that pasting or typing is not slowed by it.
READ_DELAY_MS = 300


class PasteDialog(QDialog):
    """Paste a spec, check what was found, save it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = None  # what the text reads as, once it reads as a class
        self.saved_key = ""
        self.setWindowTitle("New class from text")
        self.resize(1000, 700)

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the text of a class specification here.")
        self.text.setAccessibleName("Specification text")
        self.jurisdiction = QComboBox()
        self.jurisdiction.setEditable(True)
        self.jurisdiction.setAccessibleName("Jurisdiction")
        for j in window.library.jurisdictions():
            self.jurisdiction.addItem(f"{j.name} ({j.code})", j.code)
        self.jurisdiction.setCurrentText(window.settings.last_jurisdiction)
        self.code = QLineEdit()
        self.code.setAccessibleName("Class code")
        self.title = QLineEdit()
        self.title.setAccessibleName("Class title")
        form = QFormLayout()
        form.addRow("&Jurisdiction (if the text names none):", self.jurisdiction)
        form.addRow("Class &code (if the text gives none):", self.code)
        form.addRow("Class &title (if the text gives none):", self.title)

        self.found = QLabel()
        self.found.setWordWrap(True)
        self.preview = SafeBrowser()
        self.preview.setAccessibleName("What was found")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text)
        left_layout.addLayout(form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.found)
        right_layout.addWidget(self.preview)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self.read)
        self.text.textChanged.connect(self._timer.start)
        for field in (self.code, self.title):
            field.textChanged.connect(self._timer.start)
        self.jurisdiction.currentTextChanged.connect(self._timer.start)
        self.read()

    # ---- reading ----------------------------------------------------------------------------------

    def _jurisdiction(self) -> str:
        text = self.jurisdiction.currentText().strip()
        index = self.jurisdiction.findText(text)
        return self.jurisdiction.itemData(index) if index >= 0 else text

    def read(self) -> None:
        """Read the text as an import would; show what was found, or why it is no class."""
        from desktop_app.core.errors import DocumentError
        from desktop_app.core.formats import parse_text
        from desktop_app.core.spec_html import spec_to_html
        from desktop_app.store.importing import import_jurisdictions

        self._timer.stop()
        self.document = None
        self.save_button.setEnabled(False)
        text = self.text.toPlainText()
        if not text.strip():
            self.found.setText("Nothing pasted yet.")
            self.preview.clear()
            return
        code, title = self.code.text().strip(), self.title.text().strip()
        # A code typed here stands where a file name would give it.
        name = f"{code}.txt" if code else ""
        try:
            document = parse_text(text, name, import_jurisdictions(self.window.library, self._jurisdiction()))
        except DocumentError as error:
            self.found.setText(f"Not read as a class specification: {error}")
            self.preview.clear()
            return
        if len(document.classes) == 1 and (code or title):
            (spec,) = document.classes
            spec = replace(spec, number=code or spec.number, title=title or spec.title)
            document = replace(document, classes=(spec,))
        self.document = document
        self.found.setText(found_text(document))
        names = {j.code: j.name for j in self.window.library.jurisdictions()}
        if document.jurisdiction is not None:
            names.setdefault(document.jurisdiction.code, document.jurisdiction.name)
        self.preview.setHtml("<hr>".join(
            spec_to_html(spec, jurisdiction=names.get(spec.jurisdiction, spec.jurisdiction))
            for spec in document.classes))
        self.save_button.setEnabled(True)

    # ---- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        """Save what was found as an import saves a document, show the class, close."""
        if self.document is None:
            return
        text = self.text.toPlainText()
        library = self.window.library
        saved = library.save_document(self.document, PASTED, hashlib.sha256(text.encode("utf-8")).hexdigest())
        self.window.settings.last_jurisdiction = self.jurisdiction.currentText().strip()
        spec = self.document.classes[0]
        self.saved_key = spec.key
        self.window.panel.refresh()
        self.window.show_class(spec.key)
        count = len(self.document.classes)
        what = spec.key if count == 1 else f"{count} classes"
        self.window.statusBar().showMessage(f"{what}: {saved.status}", 6000)
        self.accept()


def found_text(document) -> str:
    """"Management Analyst, class 00003 (EASTVALE): 11 sections, 71 items; concept 2, duties 13, …"."""
    lines = []
    for spec in document.classes:
        counts: dict[str, int] = {}
        for section in spec.sections:
            counts[section.kind] = counts.get(section.kind, 0) + len(section.items)
        kinds = ", ".join(f"{kind} {n}" for kind, n in counts.items())
        items = sum(counts.values())
        lines.append(f"Found {spec.title}, class {spec.number} ({spec.jurisdiction}): {len(spec.sections)} sections, "
                     f"{items} items ({kinds}).")
        missing = [k for k in ("concept", "duties", "qualifications") if k not in counts]
        if not any(k in counts for k in ("knowledge", "skills", "abilities")):
            missing.insert(2, "knowledge/abilities")
        if missing:
            lines.append(f"Not found: {', '.join(missing)}.")
    return "\n".join(lines)


def open_paste_dialog(window) -> PasteDialog | None:
    """The window's "New class from text…": a dialog of its own, not modal to the rest of the window."""
    if window.library is None:
        return None
    dialog = PasteDialog(window)
    dialog.open()
    return dialog
