"""Reports on pages: a report's outline laid out by Qt for a PDF file or a printer, header and "Page n of N"."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.reports.formats import Report
from desktop_app.core.reports.html import outline_html
from desktop_app.core.reports.paper import DEFAULT_PAPER
from desktop_app.ui.printing import render, write_pdf


def write_pdf_report(report: Report, path: Path | str, paper: str = DEFAULT_PAPER.name,
                     landscape: bool = True) -> int:
    """Write the report as a PDF; returns its number of pages. OSError when the file cannot be written (a missing
    folder, no permission, a PDF still open in a reader on Windows)."""
    outline = report.outline()
    return write_pdf(outline_html(outline), path, outline.header, outline.footer, paper, landscape,
                     title=outline.title)


def print_report(report: Report, printer) -> int:
    """Lay the report out on a printer (or a print preview); returns its number of pages."""
    outline = report.outline()
    return render(printer, outline_html(outline), outline.header, outline.footer)
