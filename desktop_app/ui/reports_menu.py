"""File-menu entries for reports of the current comparison: print preview, print, PDF, HTML, Markdown, paper."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

PAPERS = ("Letter", "A4", "Legal")  # the sizes printing.PAPER knows

EXPORTS = {
    "pdf": ("Export &PDF…", "PDF documents (*.pdf)", "Ctrl+Shift+P"),
    "html": ("Export &HTML…", "Web pages (*.html)", None),
    "md": ("Export &Markdown…", "Markdown (*.md)", None),
}


class ReportActions:
    """Reports of whatever comparison tab is current, with the paper and analyst from the settings."""

    def __init__(self, window) -> None:
        self.window = window
        self.print_preview_action = window._action("Print Pre&view…", self.print_preview, None, "print")
        self.print_action = window._action("&Print…", self.print_report, QKeySequence.StandardKey.Print, "print")
        self.export_actions = {
            fmt: window._action(text, lambda _=False, f=fmt: self.choose_export(f), shortcut,
                                "pdf" if fmt == "pdf" else None)
            for fmt, (text, _filter, shortcut) in EXPORTS.items()
        }
        self.paper_menu = QMenu("Pape&r", window)
        group = QActionGroup(self.paper_menu)
        self.paper_actions = {}
        for paper in PAPERS:
            action = QAction(paper if paper != "Letter" else "US Letter", self.paper_menu, checkable=True)
            action.setChecked(window.settings.page_size == paper)
            action.triggered.connect(lambda _=False, p=paper: setattr(window.settings, "page_size", p))
            group.addAction(action)
            self.paper_menu.addAction(action)
            self.paper_actions[paper] = action
        self.paper_menu.addSeparator()
        self.landscape_action = QAction("&Landscape", self.paper_menu, checkable=True)
        self.landscape_action.setChecked(window.settings.landscape)
        self.landscape_action.toggled.connect(lambda on: setattr(window.settings, "landscape", on))
        self.paper_menu.addAction(self.landscape_action)
        window.add_report_actions(
            [self.print_preview_action, self.print_action, *self.export_actions.values()]
        )
        window.report_menu_anchor.insertMenu(window._report_separator, self.paper_menu)

    # ---- the report --------------------------------------------------------------------------

    def info(self, tab):
        from desktop_app.core.report import ReportInfo

        return ReportInfo(analyst=self.window.settings.analyst_name, notes=tab.notes_text(),
                          differences_only=tab.differences_only.isChecked(), title=tab.saved_name)

    def suggested_name(self, tab, fmt: str) -> str:
        stem = re.sub(r"[^\w.-]+", "-", tab.saved_name or "comparison-" + "-".join(tab.comparison.labels)).strip("-")
        folder = self.window.settings.last_folder or str(Path.home())
        return str(Path(folder) / f"{stem}.{fmt}")

    def export(self, fmt: str, path: str) -> int:
        from desktop_app.ui.report_export import export_report

        tab = self.window.current_comparison()
        settings = self.window.settings
        try:
            pages = export_report(tab.comparison, self.info(tab), fmt, path, settings.page_size, settings.landscape)
        except OSError as e:
            self.window._message("warning", "The report was not written",
                                 f"{path} could not be written: {e.strerror or e}.")
            return 0
        self.window.statusBar().showMessage(f"Wrote {path}" + (f" ({pages} pages)" if fmt == "pdf" else ""), 6000)
        return pages

    def choose_export(self, fmt: str) -> None:
        tab = self.window.current_comparison()
        if tab is None:
            return
        text, file_filter, _ = EXPORTS[fmt]
        path, _ = QFileDialog.getSaveFileName(self.window, text.replace("&", "").rstrip("…"),
                                              self.suggested_name(tab, fmt), file_filter)
        if path:
            self.window.settings.last_folder = str(Path(path).parent)
            self.export(fmt, path)

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.ui.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.window.settings.page_size, self.window.settings.landscape))
        return printer

    def paint(self, printer) -> int:
        from desktop_app.core.report import report_html
        from desktop_app.ui.printing import render
        from desktop_app.ui.report_export import page_footer, page_header

        tab = self.window.current_comparison()
        info = self.info(tab)
        return render(printer, report_html(tab.comparison, info), page_header(tab.comparison, info),
                      page_footer(info))

    def print_preview(self):
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if self.window.current_comparison() is None:
            return None
        # The dialog does not own the printer: keep it alive as long as the dialog.
        self.preview_printer = self._printer()
        dialog = QPrintPreviewDialog(self.preview_printer, self.window)
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(self.paint)
        dialog.resize(1000, 760)
        dialog.open()
        return dialog

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if self.window.current_comparison() is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint(printer)
