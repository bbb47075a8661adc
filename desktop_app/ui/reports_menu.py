"""Reports of the current tab: print preview, print, and the exports of the report-format table."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.reports.formats import Report, report_format
from desktop_app.core.reports.paper import PageSetup
from desktop_app.files import write_atomically
from desktop_app.ui.settings import Settings


class ReportActions:
    """What the File menu's report entries do. It asks the window for the current report and its file name,
    and tells the analyst through ``tell(kind, title, text)``; paper and analyst come from the settings."""

    def __init__(self, parent, settings: Settings, current_report: Callable[[], Report | None],
                 report_name: Callable[[], str], tell: Callable) -> None:
        self.parent = parent
        self.settings = settings
        self.current_report = current_report
        self.report_name = report_name
        self.tell = tell
        self.preview_printer = None

    def suggested_path(self, fmt: str) -> str:
        stem = re.sub(r"[^\w.-]+", "-", self.report_name()).strip("-") or "report"
        folder = self.settings.last_folder or str(Path.home())
        return str(Path(folder) / f"{stem}{report_format(fmt).suffix}")

    def export(self, fmt: str, path: str) -> int:
        """Write the current report; the number of pages of a PDF, 1 for another format, 0 when not written."""
        report = self.current_report()
        if report is None:
            return 0
        kind = report_format(fmt)
        try:
            if kind.render is None:
                from desktop_app.ui.pdf_report import write_pdf_report

                pages = write_pdf_report(report, path, self.settings.page_size, self.settings.landscape)
            else:
                write_atomically(path, kind.render(report, PageSetup(self.settings.page_size, self.settings.landscape)))
                pages = 1
        except OSError as e:
            self.tell("warning", "The report was not written", f"{path} could not be written: {e.strerror or e}.")
            return 0
        self.parent.statusBar().showMessage(f"Wrote {path}" + (f" ({pages} pages)" if kind.render is None else ""),
                                            6000)
        return pages

    def choose_export(self, fmt: str) -> None:
        if self.current_report() is None:
            return
        from PySide6.QtWidgets import QFileDialog

        kind = report_format(fmt)
        path, _ = QFileDialog.getSaveFileName(self.parent, kind.menu_text.replace("&", "").rstrip("…"),
                                              self.suggested_path(fmt), kind.file_filter)
        if path:
            self.settings.last_folder = str(Path(path).parent)
            self.export(fmt, path)

    def printer(self):
        """A printer set to the paper and orientation of the settings."""
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.ui.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.settings.page_size, self.settings.landscape))
        return printer

    def paint(self, printer) -> int:
        from desktop_app.ui.pdf_report import print_report

        return print_report(self.current_report(), printer)

    def print_preview(self):
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if self.current_report() is None:
            return None
        # The dialog does not own the printer: keep it alive as long as the dialog.
        self.preview_printer = self.printer()
        dialog = QPrintPreviewDialog(self.preview_printer, self.parent)
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(self.paint)
        dialog.resize(1000, 760)
        dialog.open()
        return dialog

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if self.current_report() is None:
            return
        printer = self.printer()
        dialog = QPrintDialog(printer, self.parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint(printer)
