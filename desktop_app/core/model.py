"""The canonical model of a classification specification; plain frozen data, no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.jurisdictions import Jurisdiction

SECTION_KINDS = (
    "purpose",
    "concept",
    "duties",
    "knowledge",
    "skills",
    "abilities",
    "qualifications",
    "training",
    "conditions",
    "other",
)

SECTION_TITLES = {
    "purpose": "Series purpose",
    "concept": "Class concept",
    "duties": "Job duties",
    "knowledge": "Knowledge",
    "skills": "Skills",
    "abilities": "Abilities",
    "qualifications": "Minimum qualifications",
    "training": "Training and development",
    "conditions": "Working conditions",
    "other": "Other",
}


@dataclass(frozen=True)
class Item:
    """One duty paragraph, one knowledge/skill/ability, one qualification alternative."""

    text: str
    after_employment: bool = False


@dataclass(frozen=True)
class Section:
    kind: str
    heading: str
    items: tuple[Item, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in SECTION_KINDS:
            raise ValueError(f"unknown section kind {self.kind!r}")


@dataclass(frozen=True)
class Series:
    jurisdiction: str
    code: str
    title: str
    major_agencies: str = ""
    effective_date: date | None = None
    purpose: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClassSpec:
    jurisdiction: str
    number: str
    title: str
    series: Series | None = None
    bargaining_unit: str = ""
    effective_date: date | None = None
    sections: tuple[Section, ...] = ()
    established: date | None = None
    abolished: date | None = None
    source: str = field(default="", compare=False)
    draft: bool = False  # an analyst's draft revision, not yet adopted: never the class as it stands

    @property
    def key(self) -> str:
        """How a command names the class across jurisdictions: ``JURISDICTION:NUMBER``."""
        return f"{self.jurisdiction}:{self.number}"

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.kind == kind)


@dataclass(frozen=True)
class Document:
    """What one imported file holds: its series and its classes, in document order.

    ``jurisdiction`` is the jurisdiction its classes belong to where the library may not know it yet (a
    document that names its own, or the one the user named for the import); ``warnings`` are what an analyst
    should check in what was read (a class code the page gives that is not its own)."""

    format: str
    series: tuple[Series, ...]
    classes: tuple[ClassSpec, ...]
    jurisdiction: Jurisdiction | None = None
    warnings: tuple[str, ...] = ()
