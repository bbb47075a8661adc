"""What a report says besides its subject: the analyst, the notes, the date, differences only, a title."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ReportInfo:
    analyst: str = ""
    notes: str = ""
    generated: date = field(default_factory=date.today)
    differences_only: bool = False
    title: str = ""
    level_cues: bool = True  # mark the words the level factors were read from
    merge_identical: bool = False  # a row the same in every class as one cell across the class columns


def page_footer(info: ReportInfo) -> str:
    by = f" by {info.analyst}" if info.analyst else ""
    return f"Generated {info.generated.isoformat()}{by}"
