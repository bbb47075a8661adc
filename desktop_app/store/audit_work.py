"""An audit made ready from the library: the position ranked against every class, the next level up of its
current class, the classes to compare (by default the best fit, the current class and the next level up) and the
position side by side with them. Reads the library only; no Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.audit.comparison import MAX_CANDIDATES, AuditComparison, audit_comparison, coverage_of
from desktop_app.core.fit.query import place_name
from desktop_app.core.fit.rank import Fit, fit
from desktop_app.core.fit.to_json import candidate_to_dict
from desktop_app.core.model import ClassSpec
from desktop_app.core.positions.model import Position
from desktop_app.store.fit_cache import open_fit_index
from desktop_app.store.next_level import next_level_key

CANDIDATES_LISTED = 10


@dataclass(frozen=True)
class AuditWork:
    position: Position
    fit: Fit
    next_level: str | None
    classes: tuple[ClassSpec, ...]
    audit: AuditComparison

    @property
    def ranking(self) -> tuple[dict, ...]:
        """The candidates as the fit's JSON gives them, the next level up marked: what an audit keeps."""
        return tuple({**candidate_to_dict(c), "next_level_up": c.key == self.next_level} for c in self.fit.candidates)


def default_columns(result: Fit, next_level: str | None) -> list[str]:
    """The best fit, the current class and its next level up, each once."""
    keys = [result.candidates[0].key] if result.candidates else []
    keys += [*result.current[:1], *([next_level] if next_level else [])]
    return list(dict.fromkeys(keys))[:MAX_CANDIDATES]


def place_names(library) -> dict[str, str]:
    """Each jurisdiction of the library and the place it is ("OH" → "Ohio"), to tell where a position is."""
    return {j.code: place_name(j.name) for j in library.jurisdictions()}


def fit_with_next_level(library, position: Position, top: int = CANDIDATES_LISTED, always: Sequence[str] = (),
                        on_progress: Callable[[int, int], None] | None = None,
                        should_cancel: Callable[[], bool] | None = None) -> tuple[Fit, str | None]:
    """The fit of a position, with the next level up of its current class, both always listed."""
    index = open_fit_index(library, on_progress, should_cancel)
    places = place_names(library)
    result = fit(position, index, top, always, places)
    upper = next_level_key(library, result.current[0], result.order) if result.current else None
    if upper and result.candidate(upper) is None:
        result = fit(position, index, top, [*always, upper], places)
    return result, upper


def prepare_audit(library, position: Position, columns: Sequence[str] | None = None,
                  on_progress: Callable[[int, int], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> AuditWork:
    """``columns``: the classes to compare (keys); default: the best fit, the current class, the next level up."""
    result, upper = fit_with_next_level(library, position, always=columns or (), on_progress=on_progress,
                                        should_cancel=should_cancel)
    keys = list(columns) if columns else default_columns(result, upper)
    classes = tuple(library.spec_named(key) for key in keys)
    ranking = [candidate_to_dict(c) for c in result.candidates]
    return AuditWork(position, result, upper, classes, audit_comparison(position, classes,
                                                                        coverage=coverage_of(ranking)))
