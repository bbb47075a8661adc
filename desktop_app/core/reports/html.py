"""An outline as one standalone HTML document, for a browser and for Qt's QTextDocument (screen, print, PDF).

Inline CSS only, no external links or images; every text from a document or the notes is escaped. Pure.
"""

from __future__ import annotations

from desktop_app.core.notes import demoted_headings, notes_to_html
from desktop_app.core.reports.outline import (
    Aligned,
    Facts,
    Grid,
    Heading,
    Legend,
    ListItems,
    Notes,
    Outline,
    Paragraph,
    Runs,
)
from desktop_app.core.text_escape import html_text as esc
from desktop_app.core.theme import STATUS_COLOURS, mark_style

EMPTY_COLOUR = "#8a8a8a"

CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; margin: 12pt 0 3pt 0; }
p { margin: 2pt 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #9a9a9a; padding: 3px; vertical-align: top; text-align: left; }
th { background-color: #e8e8e8; }
.meta td { border: none; padding: 1px 6px 1px 0; }
.notes h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }
.notes h4, .notes h5, .notes h6 { font-size: 9.5pt; margin: 5pt 0 2pt 0; }
"""

STATUS_WIDTH = 12  # percent of the page for an aligned table's status column


def runs_html(runs: Runs, scheme: str = "light") -> str:
    """Runs as inline HTML: marks as styled spans, remarks in italics, a missing cell greyed."""
    parts = []
    for text, style in runs:
        if text == "\n":
            parts.append("<br>")
            continue
        body = esc(text)
        if style == "bold":
            parts.append(f"<b>{body}</b>")
        elif style == "note":
            parts.append(f"<i>{body}</i>")
        elif style == "empty":
            parts.append(f"<span style='color:{EMPTY_COLOUR}'>{body}</span>")
        elif style:
            css = " ".join(filter(None, (mark_style(part, scheme) for part in style.split("+"))))
            parts.append(f"<span style='{css}'>{body}</span>" if css else body)
        else:
            parts.append(body)
    return "".join(parts)


def outline_html(outline: Outline, scheme: str = "light") -> str:
    parts = [
        "<!DOCTYPE html>",
        "<html><head><meta charset='utf-8'>",
        f"<title>{esc(outline.title)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{esc(outline.title)}</h1>",
    ]
    for block in outline.blocks:
        parts.append(_block(block, scheme))
    parts.append("</body></html>")
    return "\n".join(parts)


def _block(block, scheme: str) -> str:
    if isinstance(block, Facts):
        rows = "".join(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in block.pairs)
        return f"<table class='meta' cellspacing='0' cellpadding='2'>{rows}</table>"
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 4)
        return f"<h{level}>{esc(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        body = runs_html(block.runs, scheme)
        return f"<p><i>{body}</i></p>" if block.remark else f"<p>{body}</p>"
    if isinstance(block, ListItems):
        tag = "ol" if block.numbered else "ul"
        return f"<{tag}>" + "".join(f"<li>{runs_html(item, scheme)}</li>" for item in block.items) + f"</{tag}>"
    if isinstance(block, Legend):
        return f"<p>{runs_html(block.runs, scheme)}</p>"
    if isinstance(block, Grid):
        return _grid(block)
    if isinstance(block, Aligned):
        return _aligned(block, scheme)
    if isinstance(block, Notes):
        # The analyst's "#" headings stand under the report's "Analyst's notes": two levels down, and smaller.
        notes = notes_to_html(demoted_headings(block.markdown))
        return f"<h2>{esc(block.heading)}</h2>\n<div class='notes'>{notes}</div>"
    raise TypeError(f"no HTML for {type(block).__name__}")


def _grid(grid: Grid) -> str:
    rows = ["<table width='100%' cellspacing='0' cellpadding='3' border='1'>",
            "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in grid.head) + "</tr></thead>"]
    for n, cells in enumerate(grid.rows):
        bold = n < len(grid.total) and grid.total[n]
        rows.append("<tr>" + "".join(f"<td>{'<b>' if bold else ''}{esc(c)}{'</b>' if bold else ''}</td>"
                                     for c in cells) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _aligned(table: Aligned, scheme: str) -> str:
    class_width = (100 - STATUS_WIDTH) // max(len(table.columns), 1)
    head = f"<th width='{STATUS_WIDTH}%'>{esc(table.status_heading)}</th>" + "".join(
        f"<th width='{class_width}%'>{esc(c.label)}<br>{esc(c.title)}</th>" for c in table.columns
    )
    parts = ["<table width='100%' cellspacing='0' cellpadding='3' border='1'>", f"<thead><tr>{head}</tr></thead>"]
    colours = STATUS_COLOURS[scheme]
    for row in table.rows:
        status = esc(row.status_text)
        if row.name:
            status = f"<b>{esc(row.name)}</b><br>{status}"
        if row.merged:
            cells = f"<td colspan='{len(table.columns)}'>{runs_html(row.cells[0], scheme)}</td>"
        else:
            cells = "".join(f"<td>{runs_html(cell, scheme)}</td>" for cell in row.cells)
        colour = colours.get(row.status, colours["same"])
        parts.append(f"<tr><td style='color:{colour}'>{status}</td>{cells}</tr>")
    parts.append("</table>")
    return "\n".join(parts)
