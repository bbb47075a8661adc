"""Class specs to and from plain JSON-ready dicts (the documented `show --format json` shape)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.core.model import ClassSpec, Item, Section, Series


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def series_from_dict(data: dict[str, Any]) -> Series:
    return Series(
        jurisdiction=data["jurisdiction"],
        code=data["code"],
        title=data["title"],
        major_agencies=data.get("major_agencies", ""),
        effective_date=parse_iso_date(data.get("effective_date")),
        purpose=tuple(data.get("purpose", ())),
    )


def sections_to_list(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    return [
        {
            "kind": s.kind,
            "heading": s.heading,
            **({"note": s.note} if s.note else {}),
            "items": [{"text": i.text, "after_employment": i.after_employment} for i in s.items],
        }
        for s in sections
    ]


def sections_from_list(data: list[dict[str, Any]]) -> tuple[Section, ...]:
    return tuple(
        Section(
            kind=s["kind"],
            heading=s["heading"],
            note=s.get("note", ""),
            items=tuple(Item(i["text"], bool(i.get("after_employment"))) for i in s["items"]),
        )
        for s in data
    )


def spec_to_dict(spec: ClassSpec) -> dict[str, Any]:
    """The public JSON of a class spec, as documented in the README."""
    data: dict[str, Any] = {
        "jurisdiction": spec.jurisdiction,
        "number": spec.number,
        "title": spec.title,
        "series": {"code": spec.series.code, "title": spec.series.title} if spec.series else None,
        "bargaining_unit": spec.bargaining_unit,
        "effective_date": iso_date(spec.effective_date),
    }
    if spec.established:
        data["established"] = iso_date(spec.established)
    if spec.abolished:
        data["abolished"] = iso_date(spec.abolished)
    data["sections"] = sections_to_list(spec.sections)
    return data
