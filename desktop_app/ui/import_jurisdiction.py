"""The import's question, once per batch: which jurisdiction are the documents from that do not say so?

Asked only when the batch holds documents that are neither Ohio DAS nor CalHR (whose documents name their
jurisdiction). The answer is a jurisdiction of the library or a new name; the last answer is offered next time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

# What a document may be when it may not say its jurisdiction: read by the generic format, or a PDF or Word
# file (its text is not read to answer this; that is the import's work). Ohio and CalHR documents say theirs;
# an unreadable file fails whatever the answer.
_MAY_NOT_SAY = frozenset(("generic", "pdf", "docx"))
# Enough of a document to tell its format.
_SNIFF_BYTES = 65536


def needs_jurisdiction(paths: list[str]) -> bool:
    """True when some document of the batch may not say which jurisdiction it comes from."""
    from desktop_app.core.formats import sniff_format
    from desktop_app.store.importing import document_files

    for path in document_files(paths):
        try:
            with Path(path).open("rb") as f:
                head = f.read(_SNIFF_BYTES)
        except OSError:
            continue  # the import reports it
        if sniff_format(head) in _MAY_NOT_SAY and not _refused_anyway(head):
            return True
    return False


def _refused_anyway(head: bytes) -> bool:
    """Text the import refuses whatever the jurisdiction: a position description, a report of this program's."""
    from desktop_app.core.errors import DocumentError
    from desktop_app.core.formats.own_reports import own_report
    from desktop_app.core.formats.text_input import decode
    from desktop_app.core.positions.parse import looks_like_position

    if head.startswith((b"%PDF", b"PK\x03\x04")):
        return False  # its text is not read to answer this
    try:
        text = decode(head)
    except DocumentError:
        return True
    return own_report(text) or looks_like_position(text)


class JurisdictionDialog(QDialog):
    """"Jurisdiction of documents that do not name one": the library's jurisdictions, or a new name."""

    def __init__(self, parent, jurisdictions: list[tuple[str, str]], last: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Import: jurisdiction")
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setAccessibleName("Jurisdiction")
        for code, name in jurisdictions:
            self.combo.addItem(f"{name} ({code})", code)
        self.combo.setCurrentText(last)
        self.combo.lineEdit().setPlaceholderText("for example City of Eastvale")
        label = QLabel(
            "Some of these documents may not say which jurisdiction they come from.\n"
            "Jurisdiction for them (one of the library's, or a new name):"
        )
        label.setBuddy(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The code of a jurisdiction picked from the list, else the name typed."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        return self.combo.itemData(index) if index >= 0 else text


def ask_jurisdiction(window, paths: list[str]) -> str | None:
    """The jurisdiction for the batch's documents that do not say ("" when none can need one); None when the user
    cancels the import."""
    if not needs_jurisdiction(paths):
        return ""
    library = window.catalog
    known = [(j.code, j.name) for j in library.jurisdictions()] if library is not None else []
    dialog = JurisdictionDialog(window, known, window.settings.last_jurisdiction)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    window.settings.last_jurisdiction = dialog.combo.currentText().strip()
    return dialog.chosen()
