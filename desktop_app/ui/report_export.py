"""Writing a comparison report to a file (PDF, HTML, Markdown, JSON); shared by the window and the command line."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.compare import Comparison, comparison_to_dict
from desktop_app.core.report import ReportInfo, report_html, report_markdown, report_title, series_line
from desktop_app.files import write_text_atomically


def page_header(comparison: Comparison, info: ReportInfo) -> str:
    return f"Class Spec Compare · Series {series_line(comparison)} · {report_title(comparison, info)}"


def page_footer(info: ReportInfo) -> str:
    by = f" by {info.analyst}" if info.analyst else ""
    return f"Generated {info.generated.isoformat()}{by}"


def report_text(comparison: Comparison, info: ReportInfo, fmt: str) -> str:
    if fmt == "html":
        return report_html(comparison, info)
    if fmt == "md":
        return report_markdown(comparison, info)
    if fmt == "json":
        data = comparison_to_dict(comparison)
        if info.differences_only:
            for section in data["sections"]:
                section["rows"] = [r for r in section["rows"] if r["status"] != "same"]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    raise ValueError(f"no text form for {fmt}")


def export_report(comparison: Comparison, info: ReportInfo, fmt: str, path: Path | str,
                  paper: str = "Letter", landscape: bool = True) -> int:
    """Write the report, whole or not at all; returns the number of pages for a PDF, else 1. OSError when the
    file cannot be written (a missing folder, no permission, a full disk, a PDF still open in a reader on
    Windows): the old file is then left as it was."""
    if fmt == "pdf":
        from desktop_app.ui.printing import write_pdf

        return write_pdf(report_html(comparison, info), path, page_header(comparison, info), page_footer(info),
                         paper, landscape, title=report_title(comparison, info))
    write_text_atomically(path, report_text(comparison, info, fmt))
    return 1
