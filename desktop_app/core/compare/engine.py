"""compare(): 2–8 class specs in, a Comparison out; pure: no Qt, sqlite, store or ui."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz.distance import Indel

from desktop_app.core.compare.align import PAIR_ABOVE, align
from desktop_app.core.compare.comparison import (
    ADDED,
    CHANGED,
    DELETE,
    DROPPED,
    EQUAL,
    INSERT,
    MAX_CLASSES,
    METADATA,
    MIN_CLASSES,
    RELATED,
    SAME,
    Cell,
    CompareOptions,
    Comparison,
    ComparisonCancelled,
    Row,
    SectionComparison,
    Segment,
)
from desktop_app.core.compare.meaning import WordWeights, bundled_weights
from desktop_app.core.compare.pairings import Pairing, SectionPairings, for_section, section_key
from desktop_app.core.compare.related import related_segments
from desktop_app.core.compare.responsibilities import (
    LONE_KINDS,
    SUBJECT_KINDS,
    Unit,
    align_units,
    inheriting,
    section_units,
)
from desktop_app.core.compare.summary import section_summary, total_summary
from desktop_app.core.compare.tokens import key_sequence, similarity_words
from desktop_app.core.compare.words import word_diff
from desktop_app.core.level_factors import CUE_KINDS, cue_spans, cue_words, level_factors
from desktop_app.core.model import SECTION_KINDS, SECTION_TITLES, ClassSpec, Item

METADATA_TITLE = "Class"
# The metadata rows, in the order shown: (row name, how to read it from a class spec).
METADATA_FIELDS: tuple[tuple[str, Callable[[ClassSpec], str | None]], ...] = (
    ("Class number", lambda spec: spec.number or None),
    ("Class title", lambda spec: spec.title or None),
    ("Bargaining unit", lambda spec: spec.bargaining_unit or None),
    ("Effective date", lambda spec: spec.effective_date.isoformat() if spec.effective_date else None),
)
# Metadata values read whole: a changed number or date is the old value struck and the new one after it, never
# a run of digits marked inside it ("1995-[-11-12-]{+08-06+}").
WHOLE_VALUES = frozenset({"Class number", "Bargaining unit", "Effective date"})


def compare(
    specs: Sequence[ClassSpec],
    options: CompareOptions = CompareOptions(),
    labels: Sequence[str] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    weights: WordWeights | None = None,
    pairings: Sequence[Pairing] = (),
) -> Comparison:
    """Compare 2–8 class specs, in the order given (see ``ladder`` for the order of a series).

    Revisions of one class are compared as one text edited: items pair by their words in order. Different
    classes (levels of a series, two jurisdictions) are compared by responsibility (responsibilities.py):
    duties and concepts cut into tasks, items paired by their content words weighed by ``weights`` (default:
    the bundled background of class specs), and a pair written anew is ``related`` rather than redlined.

    ``labels`` name the classes in the result, one each and all different (default: the class number, made
    unique with the jurisdiction, the effective date, then "#n" where numbers repeat, as for two revisions).
    ``options.base`` is None to compare each class with the previous one, or one of the labels.
    ``should_cancel`` is asked between steps; when it answers True, ComparisonCancelled is raised.
    ``pairings`` are the analyst's joins and partings of rows (pairings.py), applied to comparisons by
    responsibility.

    Row status rules: ``same`` when every class has the item and all are equal under the options (with the same
    "developed after employment" mark); ``added`` when the first class lacks it (``at``: the first class that
    has it; an added item stays ``added`` even if it changes or goes again later); ``dropped`` when the first
    class has it and a later one lacks it (``at``: the first class without it); ``related`` when every class
    has it and some class words it anew (too little kept for word marks to help); ``changed`` otherwise.
    """
    specs = tuple(specs)
    if not MIN_CLASSES <= len(specs) <= MAX_CLASSES:
        raise ValueError(f"compare takes {MIN_CLASSES} to {MAX_CLASSES} class specs, not {len(specs)}")
    names = tuple(labels) if labels is not None else default_labels(specs)
    _check_labels(names, len(specs))
    bases = _bases(names, options.base)
    by_meaning = len({spec.key for spec in specs}) > 1
    context = _Context(specs, names, bases, options, should_cancel,
                       (weights or bundled_weights()) if by_meaning else None, tuple(pairings))

    sections = [context.metadata_section()]
    for kind, title, columns in _section_groups(specs):
        context.check_cancel()
        sections.append(context.item_section(kind, title, columns))
    summary = total_summary(s.summary for s in sections if s.kind != METADATA)
    factors = level_factors(specs, names, bases)
    return Comparison(specs, names, options, tuple(_with_cues(sections, factors, len(names))), summary, factors)


def _with_cues(sections, factors, width: int):
    """Concept and duty cells with the places of the words their class's level factors were read from."""
    words = [cue_words(factors, k) for k in range(width)]
    if not any(words):
        return sections
    marked = []
    for section in sections:
        if section.kind not in CUE_KINDS:
            marked.append(section)
            continue
        rows = tuple(
            replace(row, cells=tuple(
                replace(cell, cues=cue_spans(cell.text, words[k])) if cell.text and words[k] else cell
                for k, cell in enumerate(row.cells)
            ))
            for row in section.rows
        )
        marked.append(replace(section, rows=rows))
    return marked


def several_jurisdictions(specs: Sequence[ClassSpec]) -> bool:
    """Classes of more than one jurisdiction: compared side by side, not as levels of one series."""
    return len({spec.jurisdiction for spec in specs}) > 1


def default_labels(specs: Sequence[ClassSpec]) -> tuple[str, ...]:
    """Class numbers, with their jurisdictions when the classes come from more than one ("OH:65251",
    "CA:6410"), a draft as "65251@draft", made unique where they repeat: by effective date ("65251@2024-01-15",
    two revisions of one class), then by position ("65251#2")."""
    across = several_jurisdictions(specs)
    # A draft names itself "65251@draft" wherever it is compared.
    labels = [(spec.key if across else spec.number) + ("@draft" if spec.draft else "") for spec in specs]
    dates: dict[str, set] = {}
    for label, spec in zip(labels, specs):
        dates.setdefault(label, set()).add(spec.effective_date)
    labels = [
        f"{label}@{spec.effective_date.isoformat()}"
        if len(dates[label]) > 1 and spec.effective_date and not spec.draft else label
        for label, spec in zip(labels, specs)
    ]
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        if labels.count(label) > 1:
            seen[label] = seen.get(label, 0) + 1
            unique.append(f"{label}#{seen[label]}")
        else:
            unique.append(label)
    return tuple(unique)


def _check_labels(labels: tuple[str, ...], count: int) -> None:
    if len(labels) != count:
        raise ValueError(f"{len(labels)} labels for {count} class specs")
    if any(not isinstance(label, str) or not label for label in labels):
        raise ValueError("every label must be a non-empty string")
    if len(set(labels)) != len(labels):
        raise ValueError(f"labels must all differ: {list(labels)}")


def _bases(labels: tuple[str, ...], base: str | None) -> list[int | None]:
    """Position of each class's base: the previous class, or the chosen base class (None: compared to nothing)."""
    if base is None:
        return [None] + list(range(len(labels) - 1))
    if base not in labels:
        raise ValueError(f"base {base!r} is not one of the labels {list(labels)}")
    b = labels.index(base)
    return [None if k == b else b for k in range(len(labels))]


def _heading_key(heading: str) -> str:
    return re.sub(r"\s+", " ", heading).strip().rstrip(":").casefold()


def _section_groups(specs: tuple[ClassSpec, ...]) -> list[tuple[str, str, list[list[Item]]]]:
    """(kind, title, items per class) for every kind some class has items for, in the model's kind order.

    Several sections of one kind in a class are read as one list; "other" sections pair by their heading.
    """
    groups = []
    for kind in SECTION_KINDS:
        if kind == "other":
            continue
        columns = [[item for section in spec.sections_of(kind) for item in section.items] for spec in specs]
        if any(columns):
            groups.append((kind, SECTION_TITLES[kind], columns))
    headings: dict[str, str] = {}
    for spec in specs:
        for section in spec.sections_of("other"):
            headings.setdefault(_heading_key(section.heading), section.heading.strip() or SECTION_TITLES["other"])
    for key, title in headings.items():
        columns = [
            [
                item
                for section in spec.sections_of("other")
                if _heading_key(section.heading) == key
                for item in section.items
            ]
            for spec in specs
        ]
        if any(columns):
            groups.append(("other", title, columns))
    return groups


def _pairing_of(units: list[Unit | None], pairings: SectionPairings) -> str | None:
    """"joined" where the row holds a pair the analyst joined; "parted" where it holds one half of a parted
    pair; else None."""
    present = [(u.klass, u.text) for u in units if u is not None]
    for lower in present:
        for higher in present:
            if (*lower, *higher) in pairings.joined:
                return "joined"
    for a, a_text, b, b_text in pairings.parted:
        if (a, a_text) in present or (b, b_text) in present:
            return "parted"
    return None


class _Context:
    """One comparison's inputs and caches, so identical texts are keyed and diffed once."""

    def __init__(self, specs, labels, bases, options: CompareOptions, should_cancel,
                 weights: WordWeights | None, pairings: tuple[Pairing, ...] = ()) -> None:
        self.specs = specs
        self.labels = labels
        self.bases = bases
        self.options = options
        self.should_cancel = should_cancel
        self.weights = weights  # None: revisions of one class, compared as one text edited
        self.pairings = pairings
        self._keys: dict[str, list[str]] = {}
        self._diffs: dict[tuple[str, str, bool], tuple[Segment, ...]] = {}
        self._close: dict[tuple[str, str], bool] = {}

    def check_cancel(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ComparisonCancelled()

    def summary(self, rows) -> object:
        return section_summary(rows, self.bases, self.labels)

    def metadata_section(self) -> SectionComparison:
        rows = []
        for name, read in METADATA_FIELDS:
            texts = [read(spec) for spec in self.specs]
            if any(text is not None for text in texts):
                row = self.row(texts, [False] * len(texts), name)
                if name in WHOLE_VALUES:
                    row = replace(row, cells=tuple(replace(cell, segments=self.whole(texts, k))
                                                   for k, cell in enumerate(row.cells)))
                rows.append(row)
        return SectionComparison(METADATA, METADATA_TITLE, tuple(rows), self.summary(rows))

    def whole(self, texts: list[str | None], k: int) -> tuple[Segment, ...]:
        """A value's segments against its base's, the value whole: equal, or the base's deleted then its own."""
        text, b = texts[k], self.bases[k]
        if not text:
            return ()
        base = texts[b] if b is not None else None
        if b is None:
            return (Segment(EQUAL, text),)
        if base is not None and self.equal(base, text):  # alike under the options: the base's spelling kept
            return (Segment(EQUAL, text, None if base == text else base),)
        return ((Segment(DELETE, base),) if base else ()) + (Segment(INSERT, text),)

    def item_section(self, kind: str, title: str, columns: list[list[Item]]) -> SectionComparison:
        if self.weights is not None:
            return self.responsibility_section(kind, title, columns)
        aligned = align([[item.text for item in column] for column in columns], self.should_cancel)
        rows = []
        for indexes in aligned:
            items = [None if i is None else column[i] for i, column in zip(indexes, columns)]
            texts = [None if item is None else item.text for item in items]
            flags = [item is not None and item.after_employment for item in items]
            rows.append(self.row(texts, flags))
        return SectionComparison(kind, title, tuple(rows), self.summary(rows))

    def responsibility_section(self, kind: str, title: str, columns: list[list[Item]]) -> SectionComparison:
        units, keeps = inheriting(section_units(kind, columns))
        pairings = for_section(self.pairings, section_key(kind, title), self.labels)
        aligned = align_units(units, self.weights, self.should_cancel, keeps, pairings, lone=kind in LONE_KINDS,
                              by_subject=kind in SUBJECT_KINDS)
        rows = []
        for indexes in aligned:
            chosen: list[Unit | None] = [None if i is None else column[i] for i, column in zip(indexes, units)]
            texts = [None if u is None else u.text for u in chosen]
            flags = [u is not None and u.item.after_employment for u in chosen]
            row = self.row(texts, flags, units=chosen)
            if pairings:
                row = replace(row, pairing=_pairing_of(chosen, pairings))
            rows.append(row)
        return SectionComparison(kind, title, tuple(rows), self.summary(rows))

    def row(self, texts: list[str | None], flags: list[bool], name: str | None = None,
            units: list[Unit | None] | None = None) -> Row:
        cells = tuple(
            Cell(label, spec.number, text, self.segments(texts, k, units is not None), flag,
                 None if units is None or units[k] is None else units[k].paragraph,
                 units is not None and units[k] is not None and units[k].inherited)
            for k, (label, spec, text, flag) in enumerate(zip(self.labels, self.specs, texts, flags))
        )
        status, at = self.status(texts, flags, by_meaning=units is not None)
        return Row(status, cells, at, name)

    def segments(self, texts: list[str | None], k: int, by_meaning: bool = False) -> tuple[Segment, ...]:
        text = texts[k]
        if not text:
            return ()
        b = self.bases[k]
        if b is None:
            return (Segment(EQUAL, text),)
        base = texts[b]
        if base is None:
            return (Segment(INSERT, text),)
        related = by_meaning and not self.close(base, text)
        pair = (base, text, related)
        if pair not in self._diffs:
            self._diffs[pair] = related_segments(base, text) if related else word_diff(base, text, self.options)
        return self._diffs[pair]

    def close(self, base: str, text: str) -> bool:
        """Close enough in wording for word marks to help: more than half their words in common, in order."""
        pair = (base, text)
        if pair not in self._close:
            self._close[pair] = base == text or self.equal(base, text) or Indel.normalized_similarity(
                similarity_words(base), similarity_words(text)) > PAIR_ABOVE
        return self._close[pair]

    def keys(self, text: str) -> list[str]:
        if text not in self._keys:
            self._keys[text] = key_sequence(text, self.options)
        return self._keys[text]

    def equal(self, a: str, b: str) -> bool:
        return a == b or self.keys(a) == self.keys(b)

    def status(self, texts: list[str | None], flags: list[bool], by_meaning: bool = False) -> tuple[str, str | None]:
        present = [text is not None for text in texts]
        if not present[0]:
            return ADDED, self.labels[present.index(True)]
        if not all(present):
            return DROPPED, self.labels[present.index(False)]
        first, *others = [text or "" for text in texts]
        if all(flag == flags[0] for flag in flags) and all(self.equal(first, text) for text in others):
            return SAME, None
        if by_meaning and any(
            b is not None and not self.close(texts[b] or "", texts[k] or "") for k, b in enumerate(self.bases)
        ):
            return RELATED, None
        return CHANGED, None
