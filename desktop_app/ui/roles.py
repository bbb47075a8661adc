"""Item-data roles shared by models and the delegate that paints them (kept apart so start-up imports little)."""

from PySide6.QtCore import Qt

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text of a cell, marks and highlights included
