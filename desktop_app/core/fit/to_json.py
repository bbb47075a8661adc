"""A fit as the documented JSON (`classcompare fit --format json`). No Qt, no SQL."""

from __future__ import annotations

from typing import Any

from desktop_app.core.fit.rank import Candidate, Fit
from desktop_app.core.positions.model import Position
from desktop_app.core.positions.to_json import percent_value


def candidate_to_dict(candidate: Candidate) -> dict[str, Any]:
    return {
        "rank": candidate.rank,
        "key": candidate.key,
        "jurisdiction": candidate.jurisdiction,
        "number": candidate.number,
        "title": candidate.title,
        "score": candidate.score,
        "words": candidate.words,
        "level_cues_weight": candidate.level,
        "covered_percent": candidate.covered_percent,
        "named": candidate.named or None,
        "matches": [{"duty": m.duty + 1, "class_item": m.class_item, "section": m.section} for m in candidate.matches],
        "uncovered_duties": [d + 1 for d in candidate.uncovered],
        "level_cues": [{"cue": c.name, "position": c.position or None, "class": c.class_reading or None,
                        "agrees": c.agrees} for c in candidate.cues],
        "not_named_by_the_position": list(candidate.unmet),
    }


def position_block(position: Position, current: tuple[str, ...] | list[str] = (),
                   requested: tuple[str, ...] | list[str] = ()) -> dict[str, Any]:
    """The position as a fit's (and an audit's) JSON gives it."""
    return {
        "title": position.title,
        "agency": position.agency or None,
        "duties": [{"text": d.text, "percent": percent_value(d.percent)} for d in position.duties],
        "current_class": position.current_class or None,
        "current_class_keys": list(current),
        "requested_class": position.requested_class or None,
        "requested_class_keys": list(requested),
        "warnings": list(position.warnings),
    }


def fit_to_dict(result: Fit, next_level: str | None = None) -> dict[str, Any]:
    return {
        "position": position_block(result.position, result.current, result.requested),
        "next_level_up": next_level,
        "classes_ranked": len(result.order),
        "candidates": [candidate_to_dict(c) for c in result.candidates],
    }
