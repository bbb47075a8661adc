"""A comparison as a table: a status column, one column per class, a spanning heading row per section."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.column_order import caption_title, merged
from desktop_app.core.compare import SAME, Comparison, Row, SectionComparison, Summary
from desktop_app.core.compare_text import (
    cell_html,
    cell_plain,
    cell_runs,
    factor_runs,
    numbered,
    section_heading,
    status_text,
)
from desktop_app.core.level_factors import FactorRow
from desktop_app.core.reports.html import runs_html
from desktop_app.core.reports.outline import runs_text
from desktop_app.core.row_copy import row_for_pasting
from desktop_app.core.text_escape import tooltip_text
from desktop_app.core.theme import STATUS_COLOURS
from desktop_app.ui.roles import HTML_ROLE, ROW_KIND_ROLE, SECTION_KIND_ROLE, STATUS_ROLE
from desktop_app.ui.wrapped_header import WrappedTitles

COL_STATUS = 0
FIRST_CLASS_COL = 1



# The level factors stand first, as a section of their own (their rows are FactorRows, not comparison rows).
FACTORS = SectionComparison("factors", "Level factors", (), Summary())


@dataclass(frozen=True)
class _Line:
    section: SectionComparison
    row: Row | None  # None for the section's heading row
    factor: FactorRow | None = None  # a row of the level factors


class ComparisonTableModel(WrappedTitles, QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._lines: list[_Line] = []
        self._differences_only = False
        self._section_kind: str | None = None
        self._scheme = "light"
        self._cues = True
        self._merge_identical = False
        self.reset_titles()  # the columns' titles as wrapped to their widths (wrapped_header.py)

    # ---- what is shown -----------------------------------------------------------------------

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_comparison(self, comparison: Comparison) -> None:
        self._comparison = comparison
        self.reset_titles()
        self._rebuild()

    def set_differences_only(self, on: bool) -> None:
        self._differences_only = on
        self._rebuild()

    def set_section_kind(self, kind: str | None) -> None:
        self._section_kind = kind
        self._rebuild()

    def set_scheme(self, scheme: str) -> None:
        self._scheme = scheme
        self._rebuild()

    def header_title(self, column: int) -> str:
        """A class column's whole title: its label, and the class title (and that it is abolished)."""
        spec = self._comparison.classes[column - FIRST_CLASS_COL]
        return f"{self._comparison.labels[column - FIRST_CLASS_COL]}\n{caption_title(spec)}"

    def set_merge_identical(self, on: bool) -> None:
        """Show a row that is the same in every class as one cell across the class columns."""
        self._merge_identical = on
        self._rebuild()

    def merged_rows(self) -> list[int]:
        """The table rows shown as one cell across the class columns (Merge identical cells)."""
        if not self._merge_identical:
            return []
        return [n for n, line in enumerate(self._lines) if line.row is not None and merged(line.row)]

    def row_for_pasting(self, row: int, order: list[str]) -> str:
        """The row as a memo or a spreadsheet takes it: labels, then each class's marked text under its label, in
        the columns' ``order`` on screen."""
        line = self._lines[row]
        comparison = self._comparison
        if line.factor is not None:
            cells = {c.label: factor_runs(c) for c in line.factor.cells}
            return row_for_pasting(order, [cells[label] for label in order], "Factor", line.factor.title)
        if line.row is None:
            return section_heading(line.section) + "\n"
        number = numbered(line.section.kind)
        cells = {label: cell_runs(cell, number=number)
                 for label, cell in zip(comparison.labels, line.row.cells)}
        status = status_text(line.row) if not line.row.name else f"{line.row.name}: {status_text(line.row)}"
        return row_for_pasting(order, [cells[label] for label in order], "Status", status)

    def set_level_cues(self, on: bool) -> None:
        """Mark (or not) the words the level factors were read from, in the concept and duty cells."""
        self._cues = on
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        lines: list[_Line] = []
        if self._comparison is not None:
            if self._comparison.factors and self._section_kind in (None, FACTORS.kind):
                lines.append(_Line(FACTORS, None))
                lines.extend(_Line(FACTORS, None, factor) for factor in self._comparison.factors)
            for section in self._comparison.sections:
                if self._section_kind and section.kind != self._section_kind:
                    continue
                rows = [r for r in section.rows if not (self._differences_only and r.status == SAME)]
                if self._differences_only and not rows:
                    continue
                lines.append(_Line(section, None))
                lines.extend(_Line(section, r) for r in rows)
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> _Line | None:
        """The section and comparison row shown on a table row (row None for a section's heading)."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def heading_rows(self) -> list[int]:
        return [n for n, line in enumerate(self._lines) if line.row is None and line.factor is None]

    def changed_rows(self) -> list[int]:
        return [n for n, line in enumerate(self._lines) if line.row is not None and line.row.status != SAME]

    def row_text(self, row: int) -> str:
        """All the words of a table row, for find."""
        line = self._lines[row]
        if line.factor is not None:
            return " ".join([line.factor.title] + [c.value or "" for c in line.factor.cells])
        if line.row is None:
            return section_heading(line.section)
        return " ".join(c.text or "" for c in line.row.cells)

    # ---- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._comparison is None:
            return 0
        return FIRST_CLASS_COL + len(self._comparison.classes)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self._comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == COL_STATUS:
                return "Status" if role == Qt.ItemDataRole.DisplayRole else None
            spec = self._comparison.classes[section - FIRST_CLASS_COL]
            label = self._comparison.labels[section - FIRST_CLASS_COL]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.shown_title(section, f"{label}\n{caption_title(spec)}")
            if role == Qt.ItemDataRole.ToolTipRole:
                effective = spec.effective_date.isoformat() if spec.effective_date else "no date"
                return tooltip_text(f"{spec.jurisdiction}:{spec.number} {caption_title(spec)}, effective {effective}")
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
        if line.factor is not None:
            return line.section.kind if role == SECTION_KIND_ROLE else self._factor_data(line.factor, column, role)
        if role == ROW_KIND_ROLE:
            return "section" if line.row is None else "item"
        if role == SECTION_KIND_ROLE:
            return line.section.kind
        if line.row is None:
            return self._heading_data(line.section, column, role)
        row = line.row
        if role == STATUS_ROLE:
            return row.status
        if column == COL_STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return status_text(row) if not row.name else f"{row.name}\n{status_text(row)}"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATUS_COLOURS[self._scheme][row.status]))
            return None
        cell = row.cells[column - FIRST_CLASS_COL]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_plain(cell, numbered(line.section.kind))
        if role == HTML_ROLE:
            return cell_html(cell, self._scheme, number=numbered(line.section.kind), cues=self._cues)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.label}: {cell_plain(cell, numbered(line.section.kind))}"
        return None

    def _factor_data(self, factor: FactorRow, column: int, role):
        if role == ROW_KIND_ROLE:
            return "factor"
        if column == COL_STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return factor.title
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATUS_COLOURS[self._scheme]["factor"]))
            return None
        cell = factor.cells[column - FIRST_CLASS_COL]
        if role == Qt.ItemDataRole.DisplayRole:
            return runs_text(factor_runs(cell))
        if role == HTML_ROLE:
            return runs_html(factor_runs(cell), self._scheme)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.label}: {runs_text(factor_runs(cell))}"
        if role == Qt.ItemDataRole.ToolTipRole and cell.words:
            return f"Read from: “{cell.words}”"
        return None

    def _heading_data(self, section: SectionComparison, column: int, role):
        if column != COL_STATUS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section_heading(section)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
