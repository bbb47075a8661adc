"""How many imported class specs had each main section, per format (for `import --report`); no Qt, no SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.core.model import ClassSpec, Document

# The sections an analyst compares first; a class with all three is "complete" for the report.
COMPLETE = ("concept", "duties", "qualifications")
_ABILITIES = ("knowledge", "skills", "abilities")
# The four a report names when one is missing, in the words of the report.
MAIN = (("concept", ("concept",)), ("duties", ("duties",)), ("knowledge/abilities", _ABILITIES),
        ("qualifications", ("qualifications",)))


@dataclass(frozen=True)
class ImportFailure:
    """A document that did not import: where it came from, the format it was sniffed as, and why."""

    source: str
    format: str
    reason: str


@dataclass(frozen=True)
class FormatCoverage:
    """Counts for one format. Class counts leave out abolished classes with no text but their history."""

    format: str
    documents: int = 0
    failures: int = 0
    classes: int = 0
    abolished_stubs: int = 0
    with_concept: int = 0
    with_duties: int = 0
    with_abilities: int = 0
    with_qualifications: int = 0
    complete: int = 0
    all_four: int = 0  # classes with the three and knowledge, skills or abilities
    single_class: int = 0  # classes that are the only class of their document (a single-class spec)
    single_complete: int = 0
    incomplete: tuple[str, ...] = field(default=(), compare=False)
    single_incomplete: tuple[str, ...] = field(default=(), compare=False)  # the single-class specs among them
    # Single-class specs without one of the four main sections: (JURISDICTION:NUMBER, the sections missing).
    missing: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False)

    def missing_line(self) -> str:
        """The single-class specs without one of the four main sections, each with what it lacks, or ""."""
        if not self.missing:
            return ""
        listed = ", ".join(f"{key} ({', '.join(lacking)})" for key, lacking in self.missing)
        return f"{self.format}: single-class specs missing a main section: {listed}"

    def percent(self, count: int) -> float:
        return 100.0 * count / self.classes if self.classes else 0.0

    def summary(self) -> str:
        """One line for a report: "calhr: 1059 classes from 1062 documents (1 failed); concept 98.0% …"."""
        if not self.classes:
            return f"{self.format}: no classes; {_count(self.documents, 'document')} read, {self.failures} failed"
        parts = [
            f"{self.format}: {_count(self.classes, 'class', 'classes')} from {_count(self.documents, 'document')} "
            f"({self.failures} failed"
            + (f", {_count(self.abolished_stubs, 'abolished stub')})" if self.abolished_stubs else ")"),
            f"concept {self.percent(self.with_concept):.1f}%",
            f"duties {self.percent(self.with_duties):.1f}%",
            f"knowledge/abilities {self.percent(self.with_abilities):.1f}%",
            f"qualifications {self.percent(self.with_qualifications):.1f}%",
            f"all of {', '.join(COMPLETE)} {self.percent(self.complete):.1f}% "
            f"(with knowledge/abilities {self.percent(self.all_four):.1f}%)",
        ]
        if self.single_class:
            share = 100.0 * self.single_complete / self.single_class
            parts.append(f"single-class specs with all three: {self.single_complete} of {self.single_class} "
                         f"= {share:.1f}%")
        return "; ".join(parts)


def _count(n: int, one: str, many: str = "") -> str:
    """"1 document", "2 documents"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def has_section(spec: ClassSpec, *kinds: str) -> bool:
    """True when the class has a section of one of ``kinds`` with at least one item."""
    return any(s.kind in kinds and s.items for s in spec.sections)


def is_abolished_stub(spec: ClassSpec) -> bool:
    """An abolished class whose page says nothing but that it was abolished."""
    return spec.abolished is not None and all(s.kind == "other" for s in spec.sections)


class ClassFound(NamedTuple):
    """What the report needs of one class: its name, the kinds of its sections that have items."""

    key: str
    kinds: frozenset[str]
    abolished_stub: bool


class DocumentFound(NamedTuple):
    """What the report needs of one imported document (an import keeps this, not the whole document)."""

    format: str
    classes: tuple[ClassFound, ...]


def found_in(document: Document) -> DocumentFound:
    return DocumentFound(document.format, tuple(
        ClassFound(spec.key, frozenset(s.kind for s in spec.sections if s.items), is_abolished_stub(spec))
        for spec in document.classes
    ))


def coverage_by_format(
    documents: Iterable[Document | DocumentFound], failures: Iterable[ImportFailure] = ()
) -> dict[str, FormatCoverage]:
    """Per format: documents, failures, and how many classes had a concept, duties, knowledge/skills/abilities
    and qualifications; ``incomplete`` names (``JURISDICTION:NUMBER``) the classes missing one of COMPLETE."""
    counts: dict[str, dict[str, int]] = {}
    incomplete: dict[str, list[str]] = {}
    single_incomplete: dict[str, list[str]] = {}
    missing: dict[str, list[tuple[str, tuple[str, ...]]]] = {}

    def tally(fmt: str) -> dict[str, int]:
        incomplete.setdefault(fmt, [])
        single_incomplete.setdefault(fmt, [])
        missing.setdefault(fmt, [])
        return counts.setdefault(fmt, dict.fromkeys(_FIELDS, 0))

    for doc in documents:
        if isinstance(doc, Document):
            doc = found_in(doc)
        row = tally(doc.format)
        row["documents"] += 1
        for spec in doc.classes:
            if spec.abolished_stub:
                row["abolished_stubs"] += 1
                continue
            kinds = spec.kinds
            row["classes"] += 1
            row["with_concept"] += "concept" in kinds
            row["with_duties"] += "duties" in kinds
            row["with_abilities"] += not kinds.isdisjoint(_ABILITIES)
            row["with_qualifications"] += "qualifications" in kinds
            whole = kinds.issuperset(COMPLETE)
            lacking = tuple(name for name, any_of in MAIN if kinds.isdisjoint(any_of))
            row["all_four"] += not lacking
            if whole:
                row["complete"] += 1
            else:
                incomplete[doc.format].append(spec.key)
            if len(doc.classes) == 1:
                row["single_class"] += 1
                row["single_complete"] += whole
                if not whole:
                    single_incomplete[doc.format].append(spec.key)
                if lacking:
                    missing[doc.format].append((spec.key, lacking))
    for failure in failures:
        tally(failure.format)["failures"] += 1
    return {
        fmt: FormatCoverage(format=fmt, incomplete=tuple(incomplete[fmt]),
                            single_incomplete=tuple(single_incomplete[fmt]), missing=tuple(missing[fmt]), **row)
        for fmt, row in sorted(counts.items())
    }


_FIELDS = (
    "documents",
    "failures",
    "classes",
    "abolished_stubs",
    "with_concept",
    "with_duties",
    "with_abilities",
    "with_qualifications",
    "complete",
    "all_four",
    "single_class",
    "single_complete",
)
