"""An audit comparison as a table: a column of what each row is, the position, one column per class compared, and
a spanning heading row per section (Qt item model)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.audit.comparison import THEME_STATUS, AuditComparison, AuditRow, AuditSection
from desktop_app.core.reports.html import runs_html
from desktop_app.core.reports.outline import runs_text
from desktop_app.core.text_escape import tooltip_text
from desktop_app.core.theme import STATUS_COLOURS
from desktop_app.ui.roles import HTML_ROLE, ROW_KIND_ROLE, STATUS_ROLE
from desktop_app.ui.wrapped_header import WrappedTitles

COL_WHAT = 0
COL_POSITION = 1
FIRST_CLASS_COL = 2


@dataclass(frozen=True)
class _Line:
    section: AuditSection
    row: AuditRow | None  # None for the section's heading


class AuditTableModel(WrappedTitles, QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._audit: AuditComparison | None = None
        self._lines: list[_Line] = []
        self._scheme = "light"
        self.reset_titles()  # the columns' titles as wrapped to their widths (wrapped_header.py)

    @property
    def audit(self) -> AuditComparison | None:
        return self._audit

    def set_audit(self, audit: AuditComparison) -> None:
        self.beginResetModel()
        self._audit = audit
        self.reset_titles()
        self._lines = [line for s in audit.sections for line in (_Line(s, None), *(_Line(s, r) for r in s.rows))]
        self.endResetModel()

    def set_scheme(self, scheme: str) -> None:
        self.beginResetModel()
        self._scheme = scheme
        self.endResetModel()

    def heading_rows(self) -> list[int]:
        return [n for n, line in enumerate(self._lines) if line.row is None]

    def row_text(self, row: int) -> str:
        line = self._lines[row]
        if line.row is None:
            return line.section.title
        return " ".join([line.row.status_text, runs_text(line.row.position), *(runs_text(c) for c in line.row.cells)])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._audit is None:
            return 0
        return FIRST_CLASS_COL + len(self._audit.classes)

    def header_title(self, section: int) -> str:
        """A column's whole title: what it holds, and its title."""
        if section == COL_WHAT:
            return ""
        if section == COL_POSITION:
            return f"Position\n{self._audit.position.title}"
        spec = self._audit.classes[section - FIRST_CLASS_COL]
        return f"{spec.key}\n{spec.title}"

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self._audit is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_title(section, self.header_title(section))
        if role == Qt.ItemDataRole.ToolTipRole and section != COL_WHAT:
            return tooltip_text(self.header_title(section).replace("\n", " "))
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == ROW_KIND_ROLE:
            return "section" if line.row is None else "item"
        if line.row is None:
            if column == COL_WHAT and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return line.section.title
            if column == COL_WHAT and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = line.row
        if role == STATUS_ROLE:
            return THEME_STATUS[row.kind]
        if column == COL_WHAT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.status_text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATUS_COLOURS[self._scheme][THEME_STATUS[row.kind]]))
            return None
        runs = row.position if column == COL_POSITION else row.cells[column - FIRST_CLASS_COL]
        if role == Qt.ItemDataRole.DisplayRole:
            return runs_text(runs)
        if role == HTML_ROLE:
            return runs_html(runs, self._scheme)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return runs_text(runs)
        return None
