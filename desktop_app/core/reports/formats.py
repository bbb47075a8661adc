"""The one list of report formats: name, file suffix, file-dialog filter, menu entry and renderer.

The window's Export menu, its file dialogs and the command line's ``--format`` read this list. A format with no
renderer here is drawn on pages by the ui (PDF and printing need Qt). Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from desktop_app.core.reports.paper import PageSetup

if TYPE_CHECKING:  # each renderer loads with its first report: the window's menus need only the list
    from desktop_app.core.reports.outline import Outline


class Report(Protocol):
    """What every report kind gives: a title, an outline for the formats to render, and data for JSON."""

    @property
    def title(self) -> str: ...

    def outline(self) -> Outline: ...

    def data(self) -> dict: ...


class ReportFormat(NamedTuple):
    name: str
    suffix: str
    file_filter: str
    menu_text: str
    render: Callable[[Report, PageSetup], bytes] | None  # None: pages drawn by the ui
    shortcut: str = ""
    text: bool = True  # can be printed on a terminal (else it needs a file)


def _html(report: Report, page: PageSetup = PageSetup()) -> bytes:
    from desktop_app.core.reports.html import outline_html

    return outline_html(report.outline()).encode("utf-8")


def _markdown(report: Report, page: PageSetup = PageSetup()) -> bytes:
    from desktop_app.core.reports.markdown import outline_markdown

    return outline_markdown(report.outline()).encode("utf-8")


def _json(report: Report, page: PageSetup = PageSetup()) -> bytes:
    import json

    return (json.dumps(report.data(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _word(report: Report, page: PageSetup = PageSetup()) -> bytes:
    from desktop_app.core.reports.word import outline_docx  # python-docx loads only for a Word report

    return outline_docx(report.outline(), page)


REPORT_FORMATS = (
    ReportFormat("pdf", ".pdf", "PDF documents (*.pdf)", "Export P&DF…", None, "Ctrl+Shift+P", text=False),
    ReportFormat("docx", ".docx", "Word documents (*.docx)", "Export &Word…", _word, text=False),
    ReportFormat("html", ".html", "Web pages (*.html)", "Export &HTML…", _html),
    ReportFormat("md", ".md", "Markdown (*.md)", "Export &Markdown…", _markdown),
    ReportFormat("json", ".json", "JSON data (*.json)", "Export &JSON…", _json),
)


def report_format(name: str) -> ReportFormat:
    for fmt in REPORT_FORMATS:
        if fmt.name == name:
            return fmt
    raise ValueError(f"no report format {name!r}; formats: {', '.join(f.name for f in REPORT_FORMATS)}")


def format_names() -> list[str]:
    return [fmt.name for fmt in REPORT_FORMATS]
