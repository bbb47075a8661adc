"""The analyst's allocation decision: the class chosen, when it takes effect, and why (Markdown). No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Decision:
    chosen_class: str | None = None  # JURISDICTION:NUMBER
    effective_date: date | None = None
    rationale: str = ""

    @property
    def made(self) -> bool:
        return self.chosen_class is not None
