"""A document made ready to store, without the database: its classes as plain values (header, sections as
JSON, the hash that identifies the text, the words to search). An import prepares documents in its worker
processes, and plain values cross between processes fast. No Qt, no SQL."""

from __future__ import annotations

import json
from typing import NamedTuple

from desktop_app.core.jurisdictions import Jurisdiction
from desktop_app.core.model import ClassSpec, Document, Series
from desktop_app.core.spec_json import iso_date as _iso
from desktop_app.core.spec_json import sections_to_list


def sections_json(spec: ClassSpec) -> str:
    return json.dumps(sections_to_list(spec.sections), ensure_ascii=False)


def content_hash(spec: ClassSpec, sections: str | None = None) -> str:
    """What identifies one text of a class: every field but the series' own details."""
    head: dict = {
        "jurisdiction": spec.jurisdiction,
        "number": spec.number,
        "title": spec.title,
        "bargaining_unit": spec.bargaining_unit,
        "effective_date": _iso(spec.effective_date),
        "series_code": spec.series.code if spec.series else None,
    }
    if spec.established:
        head["established"] = _iso(spec.established)
    if spec.abolished:
        head["abolished"] = _iso(spec.abolished)
    text = json.dumps(head, sort_keys=True, ensure_ascii=False)
    import hashlib  # here: opening the library for the window should not load it

    return hashlib.sha256(f"{text}\n{sections or sections_json(spec)}".encode()).hexdigest()


class PreparedClass(NamedTuple):
    """A class ready to store, in plain values: its header, its sections as JSON, the hash that identifies its
    text, its searchable words. An import makes these in worker processes, and plain values cross fast."""

    jurisdiction: str
    number: str
    title: str
    series_code: str | None
    bargaining_unit: str
    effective_date: str | None
    established: str | None
    abolished: str | None
    sections: str
    digest: str
    search_body: str

    @property
    def key(self) -> str:
        return f"{self.jurisdiction}:{self.number}"


class PreparedDocument(NamedTuple):
    """A document ready to store: its format, its series blocks, its classes, the jurisdiction they belong to
    (when the library may not have it yet) and what the reading found to check."""

    format: str
    series: tuple[Series, ...]
    classes: tuple[PreparedClass, ...]
    jurisdiction: Jurisdiction | None = None
    warnings: tuple[str, ...] = ()


def prepare(document: Document) -> PreparedDocument:
    """The work of saving that needs no database; an import does it in its worker processes."""
    classes = []
    for spec in document.classes:
        text = sections_json(spec)
        classes.append(PreparedClass(
            spec.jurisdiction, spec.number, spec.title, spec.series.code if spec.series else None,
            spec.bargaining_unit, _iso(spec.effective_date), _iso(spec.established), _iso(spec.abolished),
            text, content_hash(spec, text),
            "\n".join(item.text for section in spec.sections for item in section.items),
        ))
    return PreparedDocument(document.format, tuple(document.series), tuple(classes), document.jurisdiction,
                            tuple(document.warnings))
