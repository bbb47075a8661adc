"""A position as Markdown (`classcompare position show`): its summary, duties with their shares, supervision and
KSAs. No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.positions.model import Position, percent_text
from desktop_app.core.text_escape import markdown_text as md


def position_to_markdown(position: Position) -> str:
    lines = [f"# {md(position.title)}", ""]
    for label, value in (("Agency", position.agency), ("Unit", position.unit),
                         ("Position number", position.position_number), ("Current class", position.current_class),
                         ("Class asked for", position.requested_class), ("Supervisor", position.supervisor)):
        if value:
            lines.append(f"- **{label}:** {md(value)}")
    lines.append("")
    for warning in position.warnings:
        lines += [f"*Warning: {md(warning)}*", ""]
    if position.purpose:
        lines += ["## Purpose", "", md(position.purpose), ""]
    lines += ["## Duties", ""]
    lines += [f"{n}. **{percent_text(d.percent)}** {md(d.text)}" for n, d in enumerate(position.duties, start=1)]
    lines.append("")
    for heading, text in (("Supervision received", position.supervision_received),
                          ("Supervision exercised", position.supervision_exercised)):
        if text:
            lines += [f"## {heading}", "", md(text), ""]
    if position.ksas:
        lines += ["## Knowledge, skills and abilities", ""] + [f"- {md(k)}" for k in position.ksas] + [""]
    return "\n".join(lines).rstrip() + "\n"
