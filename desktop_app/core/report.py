"""A comparison report as standalone HTML (screen, print, PDF) or Markdown; pure, no Qt, no SQL.

The HTML is written for both a browser and Qt's QTextDocument: inline CSS only, no external links or images,
every text from a document or the notes escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.compare import SAME, Comparison, SectionComparison
from desktop_app.core.compare_text import (
    base_description,
    cell_html,
    cell_markdown,
    legend_html,
    legend_text,
    options_text,
    status_text,
    summary_text,
)
from desktop_app.core.notes import notes_to_html
from desktop_app.core.text_escape import html_text as esc
from desktop_app.core.text_escape import markdown_text as md
from desktop_app.core.theme import STATUS_COLOURS


@dataclass(frozen=True)
class ReportInfo:
    """What the report says besides the comparison itself."""

    analyst: str = ""
    notes: str = ""
    generated: date = field(default_factory=date.today)
    differences_only: bool = False
    title: str = ""


def series_line(comparison: Comparison) -> str:
    """“6525 Benefits Management”, or “more than one series”."""
    series = {(s.series.code, s.series.title) for s in comparison.classes if s.series}
    if len(series) == 1 and all(s.series for s in comparison.classes):
        code, title = next(iter(series))
        return f"{code} {title}".rstrip()
    return "more than one series"


def report_title(comparison: Comparison, info: ReportInfo) -> str:
    return info.title or f"Class comparison: {' → '.join(comparison.labels)}"


def _rows(section: SectionComparison, differences_only: bool):
    return [r for r in section.rows if not (differences_only and r.status == SAME)]


def _class_lines(comparison: Comparison) -> list[str]:
    lines = []
    for spec, label in zip(comparison.classes, comparison.labels):
        effective = spec.effective_date.isoformat() if spec.effective_date else "no effective date"
        key = "" if label == spec.key else f"{spec.key}, "  # a label across jurisdictions is the key itself
        lines.append(f"{label} — {spec.title} ({key}effective {effective})")
    return lines


# ---- HTML ----------------------------------------------------------------------------------------

_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; margin: 12pt 0 3pt 0; }
p { margin: 2pt 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9a9a9a; padding: 3px; vertical-align: top; text-align: left; }
th { background-color: #e8e8e8; }
.meta td { border: none; padding: 1px 6px 1px 0; }
"""


def report_html(comparison: Comparison, info: ReportInfo = ReportInfo(), scheme: str = "light") -> str:
    """The whole report as one standalone HTML document."""
    title = report_title(comparison, info)
    parts = [
        "<!DOCTYPE html>",
        "<html><head><meta charset='utf-8'>",
        f"<title>{esc(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        "<table class='meta' cellspacing='0' cellpadding='2'>",
    ]
    meta = [("Series", series_line(comparison))]
    meta += [("Class" if i == 0 else "", line) for i, line in enumerate(_class_lines(comparison))]
    meta += [
        ("Compared", base_description(comparison)),
        ("Options", options_text(comparison)),
        ("Rows", "differences only" if info.differences_only else "all rows"),
        ("Generated", info.generated.isoformat()),
    ]
    if info.analyst:
        meta.append(("Analyst", info.analyst))
    for label, value in meta:
        parts.append(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>Legend</h2><p>{legend_html(comparison, scheme)}</p>")
    parts.append(_summary_table(comparison))
    for section in comparison.sections:
        rows = _rows(section, info.differences_only)
        if not rows:
            continue
        parts.append(_section_table(comparison, section, rows, scheme))
    if info.notes.strip():
        parts.append("<h2>Analyst's notes</h2>")
        parts.append(notes_to_html(info.notes))
    parts.append("</body></html>")
    return "\n".join(parts)


def _summary_table(comparison: Comparison) -> str:
    head = ("Section", "Items", "Same", "Changed", "Added", "Dropped", "Words inserted", "Words deleted",
            "Similarity")
    rows = ["<h2>Summary</h2>", "<table width='100%' cellspacing='0' cellpadding='3' border='1'>",
            "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>"]
    entries = [(s.title, s.summary) for s in comparison.sections] + [("All sections", comparison.summary)]
    for name, s in entries:
        bold = name == "All sections"
        cells = (name, s.items, s.items_same, s.items_changed, s.items_added, s.items_dropped,
                 s.words_inserted, s.words_deleted, f"{s.similarity_percent:g}%")
        text = "".join(f"<td>{'<b>' if bold else ''}{esc(str(c))}{'</b>' if bold else ''}</td>" for c in cells)
        rows.append(f"<tr>{text}</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _section_table(comparison: Comparison, section: SectionComparison, rows, scheme: str) -> str:
    width = max(8, 100 - 12)
    class_width = width // len(comparison.labels)
    head = "<th width='12%'>Status</th>" + "".join(
        f"<th width='{class_width}%'>{esc(label)}<br>{esc(spec.title)}</th>"
        for label, spec in zip(comparison.labels, comparison.classes)
    )
    parts = [
        f"<h2>{esc(section.title)}</h2>",
        f"<p>{esc(summary_text(section.summary))}</p>",
        "<table width='100%' cellspacing='0' cellpadding='3' border='1'>",
        f"<thead><tr>{head}</tr></thead>",
    ]
    colours = STATUS_COLOURS[scheme]
    for row in rows:
        status = esc(status_text(row))
        if row.name:
            status = f"<b>{esc(row.name)}</b><br>{status}"
        cells = "".join(f"<td>{cell_html(cell, scheme)}</td>" for cell in row.cells)
        parts.append(f"<tr><td style='color:{colours[row.status]}'>{status}</td>{cells}</tr>")
    parts.append("</table>")
    return "\n".join(parts)


# ---- Markdown ------------------------------------------------------------------------------------


def report_markdown(comparison: Comparison, info: ReportInfo = ReportInfo()) -> str:
    """The report as Markdown that reads well as plain text: {+inserted+} and [-deleted-] words."""
    title = report_title(comparison, info)
    lines = [f"# {md(title)}", ""]
    lines.append(f"- **Series:** {md(series_line(comparison))}")
    for line in _class_lines(comparison):
        lines.append(f"- **Class:** {md(line)}")
    lines.append(f"- **Compared:** {md(base_description(comparison))}")
    lines.append(f"- **Options:** {md(options_text(comparison))}")
    lines.append(f"- **Rows:** {'differences only' if info.differences_only else 'all rows'}")
    lines.append(f"- **Generated:** {info.generated.isoformat()}")
    if info.analyst:
        lines.append(f"- **Analyst:** {md(info.analyst)}")
    lines += ["", "## Legend", "", md(legend_text(comparison)) + " In this text, {+words+} are added and "
              "\\[-words-\\] are gone.", "", "## Summary", ""]
    lines.append("| Section | Items | Same | Changed | Added | Dropped | Words inserted | Words deleted | Similarity |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, s in [(s.title, s.summary) for s in comparison.sections] + [("All sections", comparison.summary)]:
        lines.append(
            f"| {md(name)} | {s.items} | {s.items_same} | {s.items_changed} | {s.items_added} | {s.items_dropped} "
            f"| {s.words_inserted} | {s.words_deleted} | {s.similarity_percent:g}% |"
        )
    for section in comparison.sections:
        rows = _rows(section, info.differences_only)
        if not rows:
            continue
        lines += ["", f"## {md(section.title)}", "", f"*{md(summary_text(section.summary))}*", ""]
        for row in rows:
            heading = f"{row.name}: {status_text(row)}" if row.name else status_text(row)
            lines.append(f"**{md(heading)}**")
            lines.append("")
            for cell in row.cells:
                lines.append(f"- {md(cell.label)}: {cell_markdown(cell)}")
            lines.append("")
    if info.notes.strip():
        # The notes are Markdown already; only raw HTML in them is neutralised.
        lines += ["", "## Analyst's notes", "", info.notes.strip().replace("<", "&lt;")]
    return "\n".join(lines).rstrip() + "\n"
