"""A position description as plain frozen data: duties with their shares of time, supervision, KSAs. No Qt, no SQL.

A position is not a class: it describes one job as its holder and supervisor see it, and an audit decides which
class it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Duty:
    """One duty as the position description gives it, and its share of the working time (None when not given)."""

    text: str
    percent: float | None = None


@dataclass(frozen=True)
class Position:
    title: str  # the working title (or, without one, the classification it states)
    agency: str = ""
    unit: str = ""
    purpose: str = ""
    duties: tuple[Duty, ...] = ()
    supervision_received: str = ""
    supervision_exercised: str = ""
    ksas: tuple[str, ...] = ()
    current_class: str = ""  # as the document states it: "OA (G)", "Benefits Management Representative (65250)"
    requested_class: str = ""  # the class a reclassification request asks for, as stated
    position_number: str = ""
    supervisor: str = ""  # whom the position reports to (and its lead), as stated: their words are not its work
    warnings: tuple[str, ...] = ()  # what the analyst should look at (percentages that do not add up)
    source: str = field(default="", compare=False)

    @property
    def total_percent(self) -> float | None:
        """The duties' shares added up, or None where a duty gives none."""
        if not self.duties or any(d.percent is None for d in self.duties):
            return None
        return sum(d.percent for d in self.duties)  # type: ignore[misc]

    def shares(self) -> list[float]:
        """Each duty's share of the time as a fraction of the duties' total (alike where none is given), so a
        description whose percentages add up to 95 or 105 still weighs its duties as it states them."""
        given = [d.percent for d in self.duties]
        if not given:
            return []
        if any(p is None for p in given) or not sum(given):  # type: ignore[arg-type]
            return [1.0 / len(given)] * len(given)
        total = sum(given)  # type: ignore[arg-type]
        return [p / total for p in given]  # type: ignore[operator]


def percent_text(percent: float | None) -> str:
    """“40%”, “12.5%”, or “—” where none is given."""
    return "—" if percent is None else f"{percent:g}%"
