"""Words and HTML for showing a comparison (cells, section figures, legend); shared by screen and reports.

Every text from a document is escaped. Colours come from the theme table. No Qt, no SQL.
"""

from __future__ import annotations

from desktop_app.core.compare import DELETE, EQUAL, INSERT, Cell, Comparison, Row, SectionComparison, Summary
from desktop_app.core.compare.engine import several_jurisdictions
from desktop_app.core.text_escape import html_text as esc
from desktop_app.core.text_escape import markdown_text as md
from desktop_app.core.theme import STATUS_WORDS, mark_style

EMPTY_CELL = "—"
AFTER_EMPLOYMENT_MARK = " (developed after employment)"


def cell_html(cell: Cell, scheme: str = "light", marks: bool = True) -> str:
    """A cell's text with inserted words underlined and deleted words struck through (and coloured)."""
    if cell.text is None:
        return f"<span style='color:#8a8a8a'>{EMPTY_CELL}</span>"
    if not marks or not cell.segments:
        body = esc(cell.text)
    else:
        parts = []
        for segment in cell.segments:
            text = esc(segment.text)
            if segment.op == EQUAL:
                parts.append(text)
            elif segment.op in (INSERT, DELETE):
                parts.append(f"<span style='{mark_style(segment.op, scheme)}'>{text}</span>")
        body = "".join(parts)
    if cell.after_employment:
        body += f"<i>{esc(AFTER_EMPLOYMENT_MARK)}</i>"
    return body


def cell_plain(cell: Cell) -> str:
    if cell.text is None:
        return EMPTY_CELL
    return cell.text + (AFTER_EMPLOYMENT_MARK if cell.after_employment else "")


def cell_markdown(cell: Cell) -> str:
    """Marks a plain-text reader sees: {+inserted+} and [-deleted-], as in a word diff."""
    if cell.text is None:
        return EMPTY_CELL
    parts = []
    for segment in cell.segments or ():
        text = md(segment.text)
        if segment.op == INSERT and segment.text.strip():
            parts.append(f"{{+{text}+}}")
        elif segment.op == DELETE and segment.text.strip():
            parts.append(f"[-{text}-]")
        else:
            parts.append(text)
    body = "".join(parts) if cell.segments else md(cell.text)
    return body + (AFTER_EMPLOYMENT_MARK if cell.after_employment else "")


def status_text(row: Row) -> str:
    word = STATUS_WORDS.get(row.status, row.status)
    if row.at and row.status in ("added", "dropped"):
        return f"{word} at {row.at}"
    return word


def summary_text(summary: Summary) -> str:
    """“7 items: 5 same, 0 changed, 2 added, 0 dropped · 9 words inserted, 0 deleted · 92.3% similar”."""
    return (
        f"{summary.items} item{'' if summary.items == 1 else 's'}: {summary.items_same} same, "
        f"{summary.items_changed} changed, {summary.items_added} added, {summary.items_dropped} dropped · "
        f"{summary.words_inserted} words inserted, {summary.words_deleted} deleted · "
        f"{summary.similarity_percent:g}% similar"
    )


def section_heading(section: SectionComparison) -> str:
    return f"{section.title} — {summary_text(section.summary)}"


def base_description(comparison: Comparison) -> str:
    base = comparison.options.base
    if base is None:
        if across_jurisdictions(comparison):
            return "each class against the one before it"
        return "each level against the previous level"
    return f"every class against {base}"


def across_jurisdictions(comparison: Comparison) -> bool:
    return several_jurisdictions(comparison.classes)


def _run(comparison: Comparison) -> str:
    return "from left to right" if across_jurisdictions(comparison) else "from lower to higher level"


def legend_text(comparison: Comparison) -> str:
    """Which direction the marks run, in words (colour is a second cue, never the only one)."""
    if comparison.options.base is None:
        direction = (
            f"Marks run {_run(comparison)} ({' → '.join(comparison.labels)}): each column is compared "
            "with the column before it."
        )
    else:
        direction = f"Each column is compared with {comparison.options.base}."
    return (
        f"{direction} Underlined words are added in that column; struck-through words were in the column it is "
        "compared with and are gone."
    )


def legend_html(comparison: Comparison, scheme: str = "light") -> str:
    if comparison.options.base is None:
        direction = (
            f"Marks run {_run(comparison)}: each column is compared with the column before it "
            f"({esc(' → '.join(comparison.labels))})."
        )
    else:
        direction = f"Each column is compared with {esc(comparison.options.base)}."
    return (
        f"{direction} <span style='{mark_style(INSERT, scheme)}'>Underlined words</span> are added in that "
        f"column; <span style='{mark_style(DELETE, scheme)}'>struck-through words</span> were in the column it "
        "is compared with and are gone."
    )


def options_text(comparison: Comparison) -> str:
    o = comparison.options
    chosen = [
        name
        for name, on in (
            ("ignore case", o.ignore_case),
            ("ignore punctuation", o.ignore_punctuation),
            ("“&” = “and”", o.and_equals_ampersand),
            ("ignore item numbering", o.ignore_numbering),
        )
        if on
    ]
    return ", ".join(chosen) if chosen else "none"
