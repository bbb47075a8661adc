"""Positions to and from plain JSON-ready dicts: the library keeps them so, and `position show --format json`
prints them so. No Qt, no SQL."""

from __future__ import annotations

from typing import Any

from desktop_app.core.positions.model import Duty, Position


def percent_value(percent: float | None) -> int | float | None:
    """40.0 → 40, 12.5 → 12.5: shares read as the description wrote them."""
    if percent is None:
        return None
    return int(percent) if float(percent).is_integer() else percent


def position_to_dict(position: Position) -> dict[str, Any]:
    return {
        "title": position.title,
        "agency": position.agency,
        "unit": position.unit,
        "position_number": position.position_number,
        "current_class": position.current_class or None,
        "requested_class": position.requested_class or None,
        "supervisor": position.supervisor,
        "purpose": position.purpose,
        "duties": [{"text": d.text, "percent": percent_value(d.percent)} for d in position.duties],
        "supervision_received": position.supervision_received,
        "supervision_exercised": position.supervision_exercised,
        "ksas": list(position.ksas),
        "warnings": list(position.warnings),
    }


def position_from_dict(data: dict[str, Any], source: str = "") -> Position:
    return Position(
        title=data["title"],
        agency=data.get("agency", ""),
        unit=data.get("unit", ""),
        purpose=data.get("purpose", ""),
        duties=tuple(Duty(d["text"], None if d.get("percent") is None else float(d["percent"]))
                     for d in data.get("duties", ())),
        supervision_received=data.get("supervision_received", ""),
        supervision_exercised=data.get("supervision_exercised", ""),
        ksas=tuple(data.get("ksas", ())),
        current_class=data.get("current_class") or "",
        requested_class=data.get("requested_class") or "",
        position_number=data.get("position_number", ""),
        supervisor=data.get("supervisor", ""),
        warnings=tuple(data.get("warnings", ())),
        source=source,
    )
