"""A comparison row as text to paste into a memo or a spreadsheet: a line of labels, then a line of each class's
text under its label, tab-separated, inserted words as {+…+} and deleted words as [-…-]. No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.reports.outline import Runs


def marked_text(runs: Runs) -> str:
    """Runs as plain text with word-diff marks; line breaks and tabs become spaces (a cell stays one cell)."""
    parts = []
    for text, style in runs:
        text = " ".join(text.replace("\t", " ").split("\n")) if text != "\n" else " "
        kind = style.split("+")[0]  # a level cue reads as the words it marks
        if kind == "insert" and text.strip():
            parts.append(f"{{+{text}+}}")
        elif kind == "delete" and text.strip():
            parts.append(f"[-{text}-]")
        else:
            parts.append(text)
    return "".join(parts)


def row_for_pasting(labels: list[str], cells: list[Runs], status: str = "Status", status_text: str = "") -> str:
    """Two lines: the status heading and the labels; the row's status and each class's marked text."""
    head = "\t".join([status, *labels])
    body = "\t".join([" ".join(status_text.split()), *(marked_text(cell) for cell in cells)])
    return f"{head}\n{body}\n"
