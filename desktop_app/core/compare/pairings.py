"""The analyst's own word on two rows: "these are the same duty" (join) or "these are not" (part). Saved with
the comparison and applied by the engine before it pairs by meaning. Pure: no Qt, sqlite, store or ui."""

from __future__ import annotations

from typing import NamedTuple

JOIN = "join"
PART = "part"


class Pairing(NamedTuple):
    """In section ``section``, the unit ``lower_text`` of class ``lower`` and the unit ``higher_text`` of the
    later class ``higher`` (both named by their labels) are one responsibility (JOIN) or two (PART)."""

    kind: str
    section: str
    lower: str
    lower_text: str
    higher: str
    higher_text: str

    def to_dict(self) -> dict:
        return self._asdict()

    @classmethod
    def from_dict(cls, data: dict) -> Pairing | None:
        try:
            pairing = cls(**{field: str(data[field]) for field in cls._fields})
        except (KeyError, TypeError):
            return None
        return pairing if pairing.kind in (JOIN, PART) else None


class SectionPairings(NamedTuple):
    """The pairings of one section, by class position: {(lower, lower text, higher, higher text)}."""

    joined: frozenset[tuple[int, str, int, str]] = frozenset()
    parted: frozenset[tuple[int, str, int, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.joined or self.parted)


NO_PAIRINGS = SectionPairings()


def section_key(kind: str, title: str) -> str:
    """How a pairing names its section: the kind, or for an "other" section its heading."""
    return kind if kind != "other" else f"other: {title}"


def for_section(pairings, section: str, labels) -> SectionPairings:
    where = {label: k for k, label in enumerate(labels)}
    joined, parted = set(), set()
    for p in pairings:
        if p.section != section or p.lower not in where or p.higher not in where:
            continue
        key = (where[p.lower], p.lower_text, where[p.higher], p.higher_text)
        (joined if p.kind == JOIN else parted).add(key)
    return SectionPairings(frozenset(joined), frozenset(parted))


class NotAPairing(ValueError):
    """Why the rows chosen cannot be joined or parted, in the analyst's words."""


def join_rows(section, first, second, labels) -> Pairing:
    """The pairing that makes two rows of one section one row: the later row's first unit joins the unit the
    earlier row has last before it. The rows must not both have a unit of one class."""
    if first is second:
        raise NotAPairing("Choose two different rows to join.")
    a = [k for k, cell in enumerate(first.cells) if cell.text is not None]
    b = [k for k, cell in enumerate(second.cells) if cell.text is not None]
    if set(a) & set(b):
        both = ", ".join(labels[k] for k in sorted(set(a) & set(b)))
        raise NotAPairing(f"Both rows have an item of {both}; rows join only where each has classes the other "
                          "lacks.")
    lower_row, higher_row, lower, higher = (first, second, a, b) if a[0] < b[0] else (second, first, b, a)
    k_high = higher[0]
    k_low = max(k for k in lower if k < k_high)
    return Pairing(JOIN, section_key(section.kind, section.title), labels[k_low], lower_row.cells[k_low].text,
                   labels[k_high], higher_row.cells[k_high].text)


def part_row(section, row, k: int, labels) -> Pairing:
    """The pairing that takes class k's unit out of its row: it is parted from the unit before it in the row
    (or, for the row's first unit, from the one after it)."""
    present = [j for j, cell in enumerate(row.cells) if cell.text is not None]
    if len(present) < 2:
        raise NotAPairing("This row has one class only: there is no pair to part.")
    if k not in present:
        k = present[-1]
    before = [j for j in present if j < k]
    low, high = (before[-1], k) if before else (k, next(j for j in present if j > k))
    return Pairing(PART, section_key(section.kind, section.title), labels[low], row.cells[low].text,
                   labels[high], row.cells[high].text)


def with_pairing(pairings: tuple[Pairing, ...], pairing: Pairing) -> tuple[Pairing, ...]:
    """The pairings with one more; a join replaces a parting of the same two units, and the reverse."""
    same_units = [p for p in pairings if p[1:] == pairing[1:]]
    return tuple(p for p in pairings if p not in same_units) + (pairing,)
