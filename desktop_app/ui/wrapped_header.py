"""Column titles that wrap onto as many lines as their column's width needs, instead of being cut ("Benefi…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle

MAX_LINES = 4  # beyond these, the title is cut as before (a tooltip gives it whole)


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken between words into lines no wider than ``width`` (a longer word stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    if len(lines) > MAX_LINES:
        lines = lines[: MAX_LINES - 1] + [" ".join(lines[MAX_LINES - 1:])]
    return "\n".join(lines)


class WrappedTitles:
    """For a table model: each column's title as the header shows it, wrapped to the column's width by
    wrap_titles(); the whole title until then."""

    _header_texts: dict[int, str]

    def reset_titles(self) -> None:
        self._header_texts = {}

    def set_header_text(self, column: int, text: str) -> None:
        """The column's title as the header shows it (wrapped to the column's width)."""
        if self._header_texts.get(column) != text:
            self._header_texts[column] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def shown_title(self, column: int, whole: str) -> str:
        return self._header_texts.get(column) or whole


def wrap_titles(header: QHeaderView, titles: dict[int, str], set_title) -> None:
    """Give each column of ``titles`` (logical index → its whole title) its title wrapped to the column's width,
    through ``set_title(column, text)``."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    lines = 1
    for column, title in titles.items():
        # The style's margins on each side, and the room a style keeps for a sort mark.
        width = max(header.sectionSize(column) - 4 * margin - 8, 20)
        text = wrapped(title, metrics, width)
        lines = max(lines, text.count("\n") + 1)
        set_title(column, text)
    # The table makes its header as tall as the larger of its size hint (cached by Qt) and its minimum height.
    header.setMinimumHeight(lines * metrics.lineSpacing() + 2 * margin + 6)
