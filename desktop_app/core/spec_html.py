"""One class spec as an HTML fragment for the spec view; every text escaped. No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.model import ClassSpec, Series
from desktop_app.core.search_marks import marked_html, marks_pattern
from desktop_app.core.spec_markdown import AFTER_EMPLOYMENT
from desktop_app.core.text_escape import html_text as esc

LIST_KINDS = {"knowledge", "skills", "abilities"}


def _metadata_rows(spec: ClassSpec, jurisdiction: str) -> list[tuple[str, str]]:
    rows = [("Jurisdiction", jurisdiction or spec.jurisdiction)]
    if spec.series:
        rows.append(("Series", f"{spec.series.code} {spec.series.title}".strip()))
    rows.append(("Class number", spec.number))
    if spec.draft:
        rows.append(("Status", "Draft, not adopted"))
    if spec.bargaining_unit:
        rows.append(("Bargaining unit", spec.bargaining_unit))
    for label, value in (("Proposed effective" if spec.draft else "Effective", spec.effective_date),
                         ("Established", spec.established),
                         ("Abolished", spec.abolished)):
        if value:
            rows.append((label, value.isoformat()))
    return rows


def spec_to_html(spec: ClassSpec, series: Series | None = None, marked: str = "", jurisdiction: str = "",
                 standing: str = "") -> str:
    """Headings, numbered duties, KSA lists, qualifications as alternatives, metadata in a table; the words of
    ``marked`` (a search query) marked in the title and the text. ``jurisdiction`` is the name the library
    gives the class's jurisdiction (its code is shown without it); ``standing`` says what this revision is
    beside the current text ("A revision to come: …")."""
    pattern = marks_pattern(marked)

    def text(value: str) -> str:
        return marked_html(value, pattern)

    parts = [f"<h1>{text(spec.title)}</h1>"]
    if standing:
        parts.append(f"<p><i>{esc(standing)}</i></p>")
    parts.append("<table cellspacing='0' cellpadding='2'>")
    for label, value in _metadata_rows(spec, jurisdiction):
        parts.append(f"<tr><td><b>{esc(label)}</b>&nbsp;&nbsp;</td><td>{text(value)}</td></tr>")
    parts.append("</table>")
    series = series or spec.series
    if series and series.purpose and spec.section("purpose") is None:
        parts.append("<h2>Series purpose</h2>")
        parts += [f"<p>{text(p)}</p>" for p in series.purpose]
    for section in spec.sections:
        parts.append(f"<h2>{esc(section.heading)}</h2>")
        if section.note:
            parts.append(f"<p><i>{text(section.note)}</i></p>")
        texts = [
            text(i.text) + (f" <i>({AFTER_EMPLOYMENT})</i>" if i.after_employment else "") for i in section.items
        ]
        if section.kind == "duties":
            parts.append("<ol>" + "".join(f"<li>{t}</li>" for t in texts) + "</ol>")
        elif section.kind in LIST_KINDS:
            parts.append("<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>")
        else:
            parts += [f"<p>{t}</p>" for t in texts]
    return "\n".join(parts)
