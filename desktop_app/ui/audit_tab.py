"""One audit tab: the position, its candidates as the fit ranked them (tick 1–4 to compare), the position side by
side with them, and the analyst's decision (class, effective date, rationale in Markdown) saved with the audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.audit.comparison import MAX_CANDIDATES, audit_comparison, coverage_of
from desktop_app.core.audit.decision import Decision
from desktop_app.core.model import ClassSpec
from desktop_app.core.notes import notes_to_html
from desktop_app.core.positions.model import Position, percent_text
from desktop_app.core.reports.audit_report import AuditReport
from desktop_app.core.reports.info import ReportInfo
from desktop_app.core.text_escape import html_text, tooltip_text
from desktop_app.ui.audit_model import COL_WHAT, AuditTableModel
from desktop_app.ui.comparison_tab import palette_scheme
from desktop_app.ui.rich_text_delegate import RichTextDelegate
from desktop_app.ui.safe_browser import SafeBrowser
from desktop_app.ui.wrapped_header import wrap_titles

CANDIDATE_HEAD = ("", "Rank", "Class", "Title", "Score", "Time covered", "Why listed")
NAMED_WORDS = {"current": "current class", "requested": "class asked for"}
NOT_DECIDED = "Not decided"
# The candidates in sight without scrolling when the tab opens (all of them when fewer), the side by side below
# keeping at least half of the height (MOST_CANDIDATES_SHARE of it to the candidates at most).
CANDIDATES_IN_SIGHT = 5
MOST_CANDIDATES_SHARE = 0.5


class AuditTab(QWidget):
    is_audit = True
    save_requested = Signal()
    modified_changed = Signal(bool)
    paused = Signal()  # a second after the last change to the decision or the classes: time to keep a draft

    def __init__(self, position: Position, ranking: tuple[dict, ...], classes: list[ClassSpec],
                 spec_of: Callable[[str], ClassSpec], next_level: str | None = None, position_id: int | None = None,
                 audit_id: int | None = None, decision: Decision = Decision(), parent=None) -> None:
        super().__init__(parent)
        self.position = position
        self.ranking = tuple(ranking)
        self.next_level = next_level
        self.position_id = position_id
        self.audit_id = audit_id
        self.draft_id: int | None = None  # the draft of this audit kept in the library while it is not saved
        self._spec_of = spec_of
        self._saved: tuple | None = None  # (decision, classes) as saved, or as opened; set once the tab is built
        self._was_modified = False
        self._pause = QTimer(self, singleShot=True, interval=1000)
        self._pause.timeout.connect(self.paused.emit)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("Position")
        self.summary.setText(self._summary_html())

        # ---- candidates
        self.candidates = QTableWidget(len(self.ranking), len(CANDIDATE_HEAD))
        self.candidates.setAccessibleName("Candidate classes")
        self.candidates.setHorizontalHeaderLabels(CANDIDATE_HEAD)
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        compared = {c.key for c in classes}
        for row, candidate in enumerate(self.ranking):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if candidate["key"] in compared else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, candidate["key"])
            self.candidates.setItem(row, 0, tick)
            for column, text in enumerate((str(candidate["rank"]), candidate["key"], candidate["title"],
                                           f"{candidate['score']:.3f}", f"{candidate['covered_percent']:g}%",
                                           self._why(candidate)), start=1):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tooltip_text(text))  # the whole of a title the column cuts in the middle
                self.candidates.setItem(row, column, cell)
        # Two levels' titles differ at their end ("Benefits Management Representative" / "… Analyst"): a title
        # too long for its column keeps its start and its end.
        self.candidates.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.candidates.resizeColumnsToContents()
        self.candidates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.compare_button = QPushButton("Compare &ticked")
        self.compare_button.setToolTip(f"Compare the position with the ticked classes (1 to {MAX_CANDIDATES})")
        self.compare_button.clicked.connect(self.compare_ticked)
        self.message = QLabel()

        # ---- the comparison
        self.model = AuditTableModel(self)
        self.model.set_scheme(palette_scheme(self))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Audit comparison")
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.delegate = RichTextDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: (self._row_timer.start(),
                                                                        self._title_timer.start()))
        self._row_timer = QTimer(self, singleShot=True, interval=0)
        self._row_timer.timeout.connect(self.table.resizeRowsToContents)
        self._title_timer = QTimer(self, singleShot=True, interval=0)
        self._title_timer.timeout.connect(self._wrap_titles)

        # ---- the decision
        self.chosen = QComboBox()
        self.chosen.setAccessibleName("Class allocated")
        # Sized to its longest class, the list would hold the decision pane at its widest and take the width from
        # the side by side; the open list shows the classes whole.
        self.chosen.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chosen.setMinimumContentsLength(24)
        self.chosen.addItem(NOT_DECIDED, None)
        for candidate in self.ranking:
            self.chosen.addItem(f"{candidate['key']} {candidate['title']}", candidate["key"])
        self.has_date = QCheckBox("Effe&ctive date")
        self.effective = QDateEdit()
        self.effective.setAccessibleName("Effective date")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setDate(QDate.currentDate())
        self.effective.setEnabled(False)
        self.has_date.toggled.connect(self.effective.setEnabled)
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText("Why the position belongs to the class chosen (Markdown)")
        self.rationale.setAccessibleName("Rationale")
        self.preview = SafeBrowser(open_clicked_links=True)
        self.preview.setAccessibleName("Rationale preview")
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._render_rationale)
        self.rationale.textChanged.connect(self._preview_timer.start)
        self.save_button = QPushButton("&Save audit")
        self.save_button.clicked.connect(self.save_requested.emit)
        self.set_decision(decision)

        decision_pane = QWidget()
        # The comparison needs the width; the decision a column of its own, no wider than a form's.
        decision_pane.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 52)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane: the labels above
        chosen_label = QLabel("Class &allocated:")
        chosen_label.setBuddy(self.chosen)
        form.addRow(chosen_label, self.chosen)
        form.addRow(self.has_date, self.effective)
        decision_layout = QVBoxLayout(decision_pane)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(QLabel("<b>Decision</b>"))
        decision_layout.addLayout(form)
        rationale_label = QLabel("&Rationale (Markdown)")
        rationale_label.setBuddy(self.rationale)
        decision_layout.addWidget(rationale_label)
        decision_layout.addWidget(self.rationale, 2)
        decision_layout.addWidget(QLabel("Preview"))
        decision_layout.addWidget(self.preview, 1)
        decision_layout.addWidget(self.save_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.candidates, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.compare_button)
        top_layout.addLayout(buttons)
        self.candidates_splitter = left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(top)
        left.addWidget(self.table)
        left.setStretchFactor(1, 4)
        left.setSizes([200, 640])  # until the tab is shown: then the candidates get their rows (showEvent)
        self._candidates_sized = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(decision_pane)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setSizes([1000, 260])  # proportions: the decision gets a fifth of the tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.show_audit(classes)
        self._saved = (self.decision, tuple(self.compared()))
        self.chosen.currentIndexChanged.connect(self._changed)
        self.has_date.toggled.connect(self._changed)
        self.effective.dateChanged.connect(self._changed)
        self.rationale.textChanged.connect(self._changed)

    # ---- what is shown -----------------------------------------------------------------------

    def title(self) -> str:
        return f"Audit {self.audit_id}: {self.position.title}" if self.audit_id else f"Audit: {self.position.title}"

    def _why(self, candidate: dict) -> str:
        reasons = [NAMED_WORDS[candidate["named"]]] if candidate.get("named") else []
        if candidate["key"] == self.next_level:
            reasons.append("next level up")
        return ", ".join(reasons)

    def _summary_html(self) -> str:
        p = self.position
        parts = [f"<b>{html_text(p.title)}</b>"]
        if p.agency:
            parts.append(html_text(p.agency))
        parts.append(f"{len(p.duties)} duties" + (f", {percent_text(p.total_percent)} of the time"
                                                    if p.total_percent else ""))
        if p.current_class:
            parts.append(f"current class: {html_text(p.current_class)}")
        if p.requested_class:
            parts.append(f"asks for: {html_text(p.requested_class)}")
        text = " · ".join(parts)
        for warning in p.warnings:
            text += f"<br><i>Warning: {html_text(warning)}</i>"
        return text

    def ticked(self) -> list[str]:
        keys = []
        for row in range(self.candidates.rowCount()):
            item = self.candidates.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def compare_ticked(self) -> bool:
        keys = self.ticked()
        if not 1 <= len(keys) <= MAX_CANDIDATES:
            self.message.setText(f"Tick 1 to {MAX_CANDIDATES} classes to compare ({len(keys)} ticked).")
            return False
        self.show_audit([self._spec_of(k) for k in keys])
        return True

    def show_audit(self, classes: list[ClassSpec]) -> None:
        self.message.setText("")
        self.model.set_audit(audit_comparison(self.position, classes, coverage=coverage_of(self.ranking)))
        self._after_reset()
        self._changed()

    @property
    def audit(self):
        return self.model.audit

    def compared(self) -> list[str]:
        return [c.key for c in self.audit.classes]

    def _after_reset(self) -> None:
        self.delegate.clear_cache()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_WHAT, self.fontMetrics().horizontalAdvance("Not reached by the") + 16)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._row_timer.start()
        self._title_timer.start()

    def _wrap_titles(self) -> None:
        """The columns' titles wrapped to their widths, not cut (wrapped_header.py)."""
        titles = {c: self.model.header_title(c) for c in range(1, self.model.columnCount())}
        wrap_titles(self.table.horizontalHeader(), titles, self.model.set_header_text)
        self.table.updateGeometries()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._candidates_sized:  # once: then the heights are the analyst's to drag
            self._candidates_sized = True
            self._give_candidates_room()

    def _give_candidates_room(self) -> None:
        """The candidates' pane as tall as CANDIDATES_IN_SIGHT rows need, its title and buttons as laid out now."""
        splitter = self.candidates_splitter
        top, below = splitter.sizes()
        rows = min(CANDIDATES_IN_SIGHT, self.candidates.rowCount())
        wanted = top - self.candidates.viewport().height() + sum(self.candidates.rowHeight(r) for r in range(rows))
        wanted = min(wanted, int((top + below) * MOST_CANDIDATES_SHARE))
        if top + below > 0 and wanted > 0:
            splitter.setSizes([wanted, top + below - wanted])

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The system switched between light and dark: marks follow, to keep their contrast."""
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_scheme(palette_scheme(self))
            self._after_reset()
        super().changeEvent(event)

    # ---- the decision --------------------------------------------------------------------------

    @property
    def decision(self) -> Decision:
        effective = self.effective.date().toPython() if self.has_date.isChecked() else None
        return Decision(self.chosen.currentData(), effective, self.rationale.toPlainText())

    def set_decision(self, decision: Decision) -> None:
        index = self.chosen.findData(decision.chosen_class) if decision.chosen_class else 0
        if decision.chosen_class and index < 0:
            self.chosen.addItem(decision.chosen_class, decision.chosen_class)
            index = self.chosen.count() - 1
        self.chosen.setCurrentIndex(max(index, 0))
        self.has_date.setChecked(decision.effective_date is not None)
        if decision.effective_date:
            self.effective.setDate(QDate(decision.effective_date.year, decision.effective_date.month,
                                         decision.effective_date.day))
        self.rationale.setPlainText(decision.rationale)
        self._render_rationale()

    def _render_rationale(self) -> None:
        self.preview.setHtml(notes_to_html(self.rationale.toPlainText()))

    @property
    def modified(self) -> bool:
        """The decision or the classes compared differ from what is saved (or, never saved, from the start)."""
        return self._saved is not None and self._saved != (self.decision, tuple(self.compared()))

    def _changed(self, *_args) -> None:
        if self._saved is None:
            return
        self._pause.start()
        if self.modified != self._was_modified:
            self._was_modified = self.modified
            self.modified_changed.emit(self._was_modified)

    def keep_now(self) -> None:
        """Write the draft at once (closing, quitting), not a second later."""
        if self._pause.isActive():
            self._pause.stop()
            self.paused.emit()

    def set_saved(self, decision: Decision, classes: tuple[str, ...]) -> None:
        """What the library holds for this audit (a draft restored differs from it)."""
        self._saved = (decision, tuple(classes))
        self._changed()
        self._pause.stop()

    def mark_saved(self, audit_id: int, position_id: int) -> None:
        self.audit_id, self.position_id = audit_id, position_id
        self.set_saved(self.decision, tuple(self.compared()))

    def report(self, analyst: str = "", generated: date | None = None) -> AuditReport:
        info = ReportInfo(analyst=analyst, generated=generated) if generated else ReportInfo(analyst=analyst)
        return AuditReport(self.audit, self.ranking, self.decision, info, self.next_level, self.audit_id)

    def report_name(self) -> str:
        return f"audit-{self.audit_id}" if self.audit_id else f"audit-{self.position.title}"

