"""Labels that show text as text: a label takes anything that looks like markup for rich text, and renders it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def show_as_plain_text(label: QLabel) -> None:
    """From now on ``label`` shows its text as it is, markup and all.

    Called when the text is set, not when the label is made: reading ``Qt.TextFormat`` builds PySide6's whole
    ``Qt`` namespace (see roles.py), which the window's first paint should not wait for.
    """
    from PySide6.QtCore import Qt

    if label.textFormat() != Qt.TextFormat.PlainText:
        label.setTextFormat(Qt.TextFormat.PlainText)
