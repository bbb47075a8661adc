"""An outline as Markdown that reads well as plain text ({+inserted+} and [-deleted-] words) and renders safely
with any Markdown tool. Pure."""

from __future__ import annotations

from desktop_app.core.notes import demoted_headings
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
from desktop_app.core.text_escape import markdown_inline, markdown_line_starts
from desktop_app.core.text_escape import markdown_text as md

MARKS_SENTENCE = ("In this text, {+words+} are added and \\[-words-\\] are gone; words in grey and "
                  "highlighted words are plain text.")


def runs_markdown(runs: Runs, line_start: bool = True) -> str:
    """Runs as Markdown; ``line_start`` when the runs begin a line (so that a leading "1." or "#" is escaped)."""
    parts: list[str] = []
    for text, style in runs:
        if text == "\n":  # a break between two items of one cell: on one line, they stay apart
            before = "".join(parts).rstrip()
            parts.append(" " if not before or before[-1] in ".;:!?" else "; ")
            continue
        body = markdown_inline(text)
        style = style.split("+")[0]  # a level cue reads as the words it marks
        if style == "insert" and text.strip():
            parts.append(f"{{+{body}+}}")
        elif style == "delete" and text.strip():
            parts.append(f"[-{body}-]")
        elif style == "bold" and text.strip():
            parts.append(f"**{body}**")
        elif style == "note" and text.strip():
            lead = body[: len(body) - len(body.lstrip())]
            trail = body[len(body.rstrip()):]
            parts.append(f"{lead}*{body.strip()}*{trail}")
        else:
            parts.append(body)
    joined = "".join(parts)
    return markdown_line_starts(joined) if line_start else joined


def _plain_runs(runs: Runs) -> str:
    """Runs without their marks (a legend names the marks in words)."""
    return md("".join(" " if text == "\n" else text for text, _style in runs))


def _cell(text: str) -> str:
    """A table cell: inside a line ("48.3%" stays as it is), on one line."""
    return markdown_inline(" ".join(str(text).split()))


def outline_markdown(outline: Outline) -> str:
    lines = [f"# {md(outline.title)}", ""]
    for block in outline.blocks:
        lines += _block(block)
    if outline.read_back:
        from desktop_app.core.spec_markdown import PRINTOUT_MARKER

        lines += [f"<!-- {PRINTOUT_MARKER} {outline.read_back} -->", ""]
    return "\n".join(lines).rstrip() + "\n"


def _block(block) -> list[str]:
    if isinstance(block, Facts):
        lines, last = [], ""
        for label, value in block.pairs:
            last = label or last
            lines.append(f"- **{md(last)}:** {md(value)}")
        return [*lines, ""]
    if isinstance(block, Heading):
        return ["#" * min(max(block.level, 1), 6) + f" {md(block.text)}", ""]
    if isinstance(block, Paragraph):
        text = runs_markdown(block.runs)
        return [f"*{text}*" if block.remark else text, ""]
    if isinstance(block, ListItems):
        marks = [f"{n}." if block.numbered else "-" for n in range(1, len(block.items) + 1)]
        return [*(f"{mark} {runs_markdown(item, line_start=False)}" for mark, item in zip(marks, block.items)), ""]
    if isinstance(block, Legend):
        return [f"{_plain_runs(block.runs)} {MARKS_SENTENCE}", ""]
    if isinstance(block, Grid):
        head = "| " + " | ".join(_cell(h) for h in block.head) + " |"
        rule = "|" + "|".join("---" if n < block.numeric_from else "---:" for n in range(len(block.head))) + "|"
        rows = ["| " + " | ".join(_cell(c) for c in cells) + " |" for cells in block.rows]
        return [head, rule, *rows, ""]
    if isinstance(block, Aligned):
        lines = []
        for row in block.rows:
            heading = f"{row.name}: {row.status_text}" if row.name else row.status_text
            lines += [f"**{md(heading)}**", ""]
            if row.merged:
                labels = ", ".join(md(column.label) for column in block.columns)
                lines.append(f"- {labels}: {runs_markdown(row.cells[0], line_start=False)}")
            else:
                lines += [f"- {md(column.label)}: {runs_markdown(cell, line_start=False)}"
                          for column, cell in zip(block.columns, row.cells)]
            lines.append("")
        return lines
    if isinstance(block, Notes):
        # The notes are Markdown already; only raw HTML in them is neutralised, and their headings go two levels
        # down, under the report's "Analyst's notes".
        return [f"## {md(block.heading)}", "", demoted_headings(block.markdown.strip()).replace("<", "&lt;"), ""]
    raise TypeError(f"no Markdown for {type(block).__name__}")
