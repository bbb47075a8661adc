"""One class spec as a readable Markdown document (command line `show`, exports). No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.model import ClassSpec
from desktop_app.core.text_escape import markdown_text as md

AFTER_EMPLOYMENT = "developed after employment"
NUMBERED_KINDS = {"duties"}


def metadata_line(spec: ClassSpec) -> str:
    parts = [spec.jurisdiction]
    if spec.series:
        parts.append(f"Series {spec.series.code} {spec.series.title}".rstrip())
    if spec.bargaining_unit:
        parts.append(f"Bargaining unit {spec.bargaining_unit}")
    if spec.effective_date:
        parts.append(f"Effective {spec.effective_date.isoformat()}")
    if spec.established:
        parts.append(f"Established {spec.established.isoformat()}")
    if spec.abolished:
        parts.append(f"Abolished {spec.abolished.isoformat()}")
    return " · ".join(parts)


def spec_to_markdown(spec: ClassSpec) -> str:
    lines = [f"# {md(spec.number)} {md(spec.title)}", "", md(metadata_line(spec)), ""]
    for section in spec.sections:
        lines += [f"## {md(section.heading)}", ""]
        if section.note:
            lines += [f"*{md(section.note)}*", ""]
        for n, item in enumerate(section.items, start=1):
            text = md(item.text) + (f" *({AFTER_EMPLOYMENT})*" if item.after_employment else "")
            if section.kind in NUMBERED_KINDS:
                lines.append(f"{n}. {text}")
            elif len(section.items) > 1 or section.kind in {"knowledge", "skills", "abilities"}:
                lines.append(f"- {text}")
            else:
                lines.append(text)
            if section.kind in NUMBERED_KINDS or len(section.items) == 1:
                lines.append("")
        if lines[-1] != "":
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
