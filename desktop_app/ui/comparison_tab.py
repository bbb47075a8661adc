"""One comparison tab: controls, the aligned table under one scroll, find, and the audit notes pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.column_order import arranged_columns_text
from desktop_app.core.compare import CompareOptions, Comparison, compare
from desktop_app.core.compare.options import OPTIONS
from desktop_app.core.compare_text import across_jurisdictions, legend_html
from desktop_app.core.comparison_state import ComparisonState
from desktop_app.core.model import SECTION_TITLES, ClassSpec
from desktop_app.core.text_escape import html_text
from desktop_app.ui.comparison_model import COL_STATUS, FIRST_CLASS_COL, ComparisonTableModel
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.notes_pane import NotesPane
from desktop_app.ui.rich_text_delegate import RichTextDelegate
from desktop_app.ui.wrapped_header import wrap_titles


def _labelled(text: str, field: QWidget) -> QWidget:
    """A label and its field, kept on one line of the controls."""
    unit = QWidget()
    layout = QHBoxLayout(unit)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    return unit


def palette_scheme(widget: QWidget) -> str:
    """"dark" when the system palette is dark, so marks keep their contrast."""
    return "dark" if widget.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"


class ComparisonTab(QWidget):
    is_comparison = True
    save_requested = Signal()
    modified_changed = Signal(bool)

    def __init__(self, specs: list[ClassSpec], state: ComparisonState, parent=None,
                 saved_notes: str | None = None) -> None:
        """``saved_notes``: the notes the library holds as saved, where ``state`` brings a draft's."""
        super().__init__(parent)
        self.specs = list(specs)
        self.draft_id = state.draft_id
        self._classes = tuple(state.classes)
        self._saved_id = state.saved_id
        self._name = state.name
        self._options = state.options
        self._pairings = tuple(state.pairings)

        self.model = ComparisonTableModel(self)
        self.model.set_scheme(palette_scheme(self))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Comparison table")
        # Arrow keys move from cell to cell; Tab goes on to the next pane, as everywhere in the window.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Two rows can be chosen (Ctrl+click), to join them as one duty.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        # Row heights follow the wrapped text; computed once the columns have their widths (see _row_timer).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.delegate = RichTextDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        header = self.table.horizontalHeader()
        header.setAccessibleName("Classes compared")
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # the titles are wrapped to their widths instead
        header.sectionResized.connect(lambda *_: (self._row_timer.start(), self._title_timer.start()))
        self._title_timer = QTimer(self, singleShot=True, interval=0)
        self._title_timer.timeout.connect(self._wrap_titles)
        header.sectionMoved.connect(self._on_columns_moved)
        self._row_timer = QTimer(self, singleShot=True, interval=0)
        self._row_timer.timeout.connect(self.table.resizeRowsToContents)

        # ---- controls
        self.differences_only = QCheckBox("Differences onl&y")
        self.differences_only.toggled.connect(self._on_differences_only_toggled)
        self.section_filter = QComboBox()
        self.section_filter.setAccessibleName("Section")
        self.section_filter.currentIndexChanged.connect(self._on_section_filter_changed)
        self.base_choice = QComboBox()
        self.base_choice.setAccessibleName("Compare with")
        self.base_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.option_boxes: dict[str, QCheckBox] = {}
        for option in OPTIONS:
            box = QCheckBox(option.label)
            box.setChecked(bool(getattr(self._options, option.field)))
            box.toggled.connect(self._on_options_changed)
            self.option_boxes[option.field] = box
        self.level_cues = QCheckBox("&Level cues")
        self.level_cues.setToolTip("Mark the words the level factors were read from (supervision, scope, knowledge)")
        self.level_cues.setChecked(state.level_cues)
        self.level_cues.toggled.connect(self._on_level_cues_toggled)
        self.model.set_level_cues(state.level_cues)
        self.merge_identical = QCheckBox("Mer&ge identical cells")
        self.merge_identical.setToolTip("Show a row that is the same in every class as one cell across the columns")
        self.merge_identical.setChecked(state.merge_identical)
        self.merge_identical.toggled.connect(self._on_merge_identical_toggled)
        self.model.set_merge_identical(state.merge_identical)
        self.reset_columns = QPushButton("&Reset columns")
        self.reset_columns.setToolTip("Put the columns back in ladder order")
        self.reset_columns.clicked.connect(self.reset_column_order)

        # The controls flow onto as many lines as the width needs: a small window is not made wide by them.
        controls = FlowLayout()
        controls.addWidget(self.differences_only)
        controls.addWidget(_labelled("Sec&tion:", self.section_filter))
        controls.addWidget(_labelled("Compare &with:", self.base_choice))
        controls.addWidget(self.reset_columns)
        for box in self.option_boxes.values():
            controls.addWidget(box)
        controls.addWidget(self.level_cues)
        controls.addWidget(self.merge_identical)

        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName("Legend")

        # ---- find bar
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText("Find in this comparison")
        self.find_field.setAccessibleName("Find in this comparison")
        self.find_field.returnPressed.connect(lambda: self.find_next())
        self.find_field.textChanged.connect(self._on_find_text_changed)
        self.find_status = QLabel()
        close_find = QToolButton()
        close_find.setText("✕")
        close_find.setAccessibleName("Close find")
        close_find.clicked.connect(self.close_find)
        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel("F&ind:")
        find_label.setBuddy(self.find_field)
        find_layout.addWidget(find_label)
        find_layout.addWidget(self.find_field, 1)
        find_layout.addWidget(self.find_status)
        find_layout.addWidget(close_find)
        self.find_bar.hide()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_field, activated=self.close_find)

        # ---- notes
        saved_notes = state.notes if saved_notes is None and state.saved_id is not None else (saved_notes or "")
        self.notes_pane = NotesPane(state.notes, saved_notes)
        self.notes_pane.save_requested.connect(self.save_requested)
        self.notes_pane.modified_changed.connect(self.modified_changed)
        self.notes = self.notes_pane.editor
        self.notes_preview = self.notes_pane.preview
        self.save_button = self.notes_pane.save_button
        self.notes_splitter = self.notes_pane.splitter
        notes_pane = self.notes_pane
        self.insert_differences = QPushButton("Insert state&ment of differences")
        self.insert_differences.setToolTip("Insert a drafted statement of differences (level factors and new or "
                                           "dropped duties) at the cursor, to edit")
        self.insert_differences.clicked.connect(self.insert_statement_of_differences)
        self.notes_pane.add_button(self.insert_differences)

        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(controls)
        table_layout.addWidget(self.legend)
        table_layout.addWidget(self.find_bar)
        table_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(table_pane)
        self.splitter.addWidget(notes_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([750, 250])  # proportions: the notes get a quarter of the tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._recompute()
        self.differences_only.setChecked(state.differences_only)
        self.section_filter.blockSignals(True)
        self._fill_choices()
        self.section_filter.blockSignals(False)
        self.base_choice.currentIndexChanged.connect(self._on_options_changed)

    # ---- the comparison ----------------------------------------------------------------------

    @property
    def comparison(self) -> Comparison:
        return self.model.comparison

    @property
    def options(self) -> CompareOptions:
        return self._options

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The system switched between light and dark: marks and legend follow, to keep their contrast."""
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_scheme(palette_scheme(self))
            self._after_reset()
        super().changeEvent(event)

    def title(self) -> str:
        return " → ".join(self.comparison.labels)

    def _fill_choices(self) -> None:
        self.section_filter.addItem("All sections", None)
        if self.comparison.factors:
            self.section_filter.addItem("Level factors", "factors")
        for section in self.comparison.sections:
            self.section_filter.addItem(section.title or SECTION_TITLES.get(section.kind, section.kind), section.kind)
        across = across_jurisdictions(self.comparison)
        self.base_choice.addItem("Previous class" if across else "Previous level", None)
        for label in self.comparison.labels:
            self.base_choice.addItem(label, label)
        if self._options.base is not None:
            self.base_choice.setCurrentIndex(max(0, self.base_choice.findData(self._options.base)))

    def _current_options(self) -> CompareOptions:
        values = {key: box.isChecked() for key, box in self.option_boxes.items()}
        return CompareOptions(base=self.base_choice.currentData(), **values)

    def _on_options_changed(self, *_args) -> None:
        self._options = self._current_options()
        self._recompute()

    def _recompute(self) -> None:
        self.model.set_comparison(compare(self.specs, self._options, pairings=self._pairings))
        self._show_legend()
        self._after_reset()

    def _show_legend(self) -> None:
        """Which way the marks run; and, once the columns are dragged, what each one is still compared with."""
        arranged = arranged_columns_text(self.comparison, self.column_order())
        self.legend.setText(legend_html(self.comparison, palette_scheme(self), cues=self.level_cues.isChecked())
                            + (f"<br><b>{html_text(arranged)}</b>" if arranged else ""))

    def _on_columns_moved(self, *_args) -> None:
        self._show_legend()
        self._after_reset()  # cells merge across the columns only in their own order

    def _after_reset(self) -> None:
        self.delegate.clear_cache()
        columns = self.model.columnCount()
        header = self.table.horizontalHeader()
        # Fixed: heading rows span the status column, so sizing it to contents would size it to the headings.
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_STATUS, self.fontMetrics().horizontalAdvance("Dropped at 65255  ") + 12)
        for column in range(FIRST_CLASS_COL, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, columns)
        if columns > FIRST_CLASS_COL + 1 and self.column_order() == list(self.comparison.labels):
            for row in self.model.merged_rows():
                self.table.setSpan(row, FIRST_CLASS_COL, 1, columns - FIRST_CLASS_COL)
        self._row_timer.start()
        self._title_timer.start()

    def _wrap_titles(self) -> None:
        """The class columns' titles wrapped to their widths, not cut (wrapped_header.py)."""
        titles = {c: self.model.header_title(c) for c in range(FIRST_CLASS_COL, self.model.columnCount())}
        wrap_titles(self.table.horizontalHeader(), titles, self.model.set_header_text)
        self.table.updateGeometries()  # the header as tall as its titles' lines

    def _on_merge_identical_toggled(self, on: bool) -> None:
        self.model.set_merge_identical(on)
        self._after_reset()

    def _on_level_cues_toggled(self, on: bool) -> None:
        self.model.set_level_cues(on)
        self._show_legend()
        self._after_reset()

    def insert_statement_of_differences(self) -> None:
        """The drafted statement, as a paragraph of the notes at the cursor: it never replaces what is there."""
        from desktop_app.core.differences import differences_markdown, statement_of_differences

        draft = differences_markdown(statement_of_differences(self.comparison))
        cursor = self.notes.textCursor()
        before = self.notes.toPlainText()[: cursor.position()]
        lead = "" if not before or before.endswith("\n\n") else ("\n" if before.endswith("\n") else "\n\n")
        cursor.insertText(lead + draft)
        self.notes.setTextCursor(cursor)

    def _on_differences_only_toggled(self, on: bool) -> None:
        self.model.set_differences_only(on)
        self._after_reset()

    def _on_section_filter_changed(self, _index: int) -> None:
        self.model.set_section_kind(self.section_filter.currentData())
        self._after_reset()
        # The section chosen starts at the top of the table, its heading the current row (nothing selected: the
        # keyboard goes on from there).
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, COL_STATUS),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollToTop()

    def row_for_pasting(self, row: int) -> str:
        """The row as Copy Row puts it on the clipboard, its columns in their order on screen."""
        return self.model.row_for_pasting(row, self.column_order())

    def reset_column_order(self) -> None:
        header = self.table.horizontalHeader()
        for logical in range(self.model.columnCount()):
            header.moveSection(header.visualIndex(logical), logical)

    def column_order(self) -> list[str]:
        """Class labels in the order the columns stand on screen."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [self.comparison.labels[i - FIRST_CLASS_COL] for i in logical if i >= FIRST_CLASS_COL]

    # ---- moving around -----------------------------------------------------------------------

    def _go_to_row(self, row: int) -> None:
        index = self.model.index(row, FIRST_CLASS_COL)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def next_change(self) -> bool:
        current = self.table.currentIndex().row()
        following = [r for r in self.model.changed_rows() if r > current]
        if following:
            self._go_to_row(following[0])
        return bool(following)

    def previous_change(self) -> bool:
        current = self.table.currentIndex().row()
        current = self.model.rowCount() if current < 0 else current
        earlier = [r for r in self.model.changed_rows() if r < current]
        if earlier:
            self._go_to_row(earlier[-1])
        return bool(earlier)

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.find_field.clear()
        self.table.setFocus()

    def _on_find_text_changed(self, text: str) -> None:
        self.delegate.find_text = text
        self.delegate.clear_cache()
        self.table.viewport().update()
        matches = self._matching_rows()
        self.find_status.setText(f"{len(matches)} rows" if text else "")

    def _matching_rows(self) -> list[int]:
        needle = self.find_field.text().casefold()
        if not needle:
            return []
        return [r for r in range(self.model.rowCount()) if needle in self.model.row_text(r).casefold()]

    def find_next(self, text: str | None = None, backwards: bool = False) -> bool:
        if text is not None:
            self.find_field.setText(text)
        matches = self._matching_rows()
        current = self.table.currentIndex().row()
        if backwards:
            candidates = [r for r in matches if r < current] or matches[-1:]
            target = candidates[-1] if candidates else None
        else:
            candidates = [r for r in matches if r > current] or matches[:1]
            target = candidates[0] if candidates else None
        if target is None:
            self.find_status.setText("not found")
            return False
        self._go_to_row(target)
        self.find_status.setText(f"row {matches.index(target) + 1} of {len(matches)}")
        return True

    # ---- notes and state ---------------------------------------------------------------------

    def _render_notes(self) -> None:
        self.notes_pane.render_preview()

    def notes_text(self) -> str:
        return self.notes_pane.text()

    @property
    def modified(self) -> bool:
        """The notes differ from the saved ones (for a comparison never saved: there are notes)."""
        return self.notes_pane.modified

    @property
    def state(self) -> ComparisonState:
        """The classes, options, notes and saved identity as they stand now."""
        return ComparisonState(self._classes, self._options, self.notes_text(), self.differences_only.isChecked(),
                               self._saved_id, self._name, self._pairings, self.level_cues.isChecked(),
                               self.draft_id, self.merge_identical.isChecked())

    # ---- the analyst's pairings -----------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def join_selected_rows(self) -> str:
        """Join the two selected rows ("these are the same duty"); '' when done, else why not."""
        from desktop_app.core.compare.pairings import NotAPairing, join_rows, with_pairing

        rows = [self.model.line(r) for r in self.selected_rows()]
        if len(rows) != 2 or any(line.row is None for line in rows) or rows[0].section is not rows[1].section:
            return "Select two rows of one section (Ctrl+click), then join them."
        try:
            pairing = join_rows(rows[0].section, rows[0].row, rows[1].row, self.comparison.labels)
        except NotAPairing as e:
            return str(e)
        self._pairings = with_pairing(self._pairings, pairing)
        self._recompute()
        return ""

    def part_current_row(self) -> str:
        """Part the current cell's unit from the one it is paired with; '' when done, else why not."""
        from desktop_app.core.compare.pairings import NotAPairing, part_row, with_pairing

        index = self.table.currentIndex()
        line = self.model.line(index.row()) if index.isValid() else None
        if line is None or line.row is None or line.section.kind == "metadata":
            return "Choose a row of items to part."
        try:
            pairing = part_row(line.section, line.row, max(index.column() - FIRST_CLASS_COL, 0),
                               self.comparison.labels)
        except NotAPairing as e:
            return str(e)
        self._pairings = with_pairing(self._pairings, pairing)
        self._recompute()
        return ""

    def mark_saved(self, saved_id: int | None, name: str) -> None:
        """Saved as ``saved_id`` with the notes as they stand (None: the saved comparison is gone)."""
        self._saved_id, self._name = saved_id, name
        if saved_id is None:
            self.notes_pane.mark_saved("")
        else:
            self.notes_pane.mark_saved()

    def rename(self, name: str) -> None:
        self._name = name
