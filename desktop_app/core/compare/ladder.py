"""Derive the order of the levels of a series from the specs themselves; imports only the stdlib and the model.

Evidence, strongest first; weaker evidence only orders what stronger evidence left open, and never reverses it:
1. minimum qualifications: "12 mos. exp. as Benefits Management Representative, 65250" in 65251 puts 65250
   below 65251 (the class is named by number or by title);
2. numerals in titles that otherwise read the same: "Analyst 1" < "Analyst 2", "Clerk I" < "Clerk II";
3. level words in the class concept ("first full performance level", "second …", "entry", "journey",
   "senior", "supervisory/managerial level"), or failing those, in the title ("Senior", "Supervisor", "Manager");
4. class number, then effective date (two revisions of one class), then the order given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from heapq import heappop, heappush

from desktop_app.core.model import ClassSpec

# Level words → rank. Gaps leave room; only the order matters.
_ORDINALS = (
    (r"first|1st", 30),
    (r"second|2nd", 40),
    (r"third|3rd", 50),
    (r"fourth|4th", 60),
    (r"fifth|5th", 65),
)
_CONCEPT_LEVELS = (
    (r"trainee|apprentice|intern|developmental|learning|training", 10),
    (r"entry|beginning", 20),
    (r"journey(?:man|person|worker)?|full[- ]performance|working", 30),
    (r"intermediate", 40),
    (r"senior|advanced|expert|specialist", 50),
    (r"lead|lead[- ]worker", 60),
    (r"supervisory|supervisor", 70),
    (r"managerial|management|manager|administrative|executive|director", 80),
)
_SUPERVISORY = 70
# "The <words> level": up to three words (with "/" and "-") before "level".
_LEVEL_PHRASE = re.compile(r"\b((?:[\w'-]+[\s/]+){0,3}?[\w'-]+)\s+level\b", re.IGNORECASE)
_TITLE_LEVELS = (
    (r"trainee|apprentice|intern", 10),
    (r"assistant|junior|entry", 20),
    (r"senior|principal|advanced", 50),
    (r"lead", 60),
    (r"supervisor|supervising", 70),
    (r"manager|chief|director|administrator|head", 80),
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_TITLE_NUMERAL = re.compile(r"^(.*?)[\s,-]+(?:level\s+)?(\d{1,2}|[IVX]{1,4})$", re.IGNORECASE)


def ladder(specs: Iterable[ClassSpec]) -> list[ClassSpec]:
    """The specs from the lowest level to the highest; stable and deterministic for any input order."""
    items = list(specs)
    n = len(items)
    if n < 2:
        return items
    # Ties within the weakest evidence keep class-number order, so the result does not depend on input order.
    order = sorted(range(n), key=lambda i: (_number_key(items[i].number), items[i].effective_date or date.min, i))
    rank = {i: position for position, i in enumerate(order)}
    edges: set[tuple[int, int]] = set()
    for tier in (_qualification_edges(items), _title_numeral_edges(items), _level_word_edges(items)):
        for below, above in sorted(tier, key=lambda e: (rank[e[0]], rank[e[1]])):
            if (below, above) not in edges and not _reaches(edges, above, below, n):
                edges.add((below, above))
    return [items[i] for i in _topological(edges, n, rank)]


def _number_key(number: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.findall(r"\d+|\D+", number))


def _reaches(edges: set[tuple[int, int]], start: int, goal: int, n: int) -> bool:
    if start == goal:
        return True
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for below, above in edges:
            if below == node and above not in seen:
                if above == goal:
                    return True
                seen.add(above)
                stack.append(above)
    return False


def _topological(edges: set[tuple[int, int]], n: int, rank: dict[int, int]) -> list[int]:
    incoming = {i: 0 for i in range(n)}
    for _below, above in edges:
        incoming[above] += 1
    ready: list[tuple[int, int]] = []
    for i in range(n):
        if incoming[i] == 0:
            heappush(ready, (rank[i], i))
    result = []
    while ready:
        _rank, node = heappop(ready)
        result.append(node)
        for below, above in sorted(edges):
            if below == node:
                incoming[above] -= 1
                if incoming[above] == 0:
                    heappush(ready, (rank[above], above))
    return result


def _text_of(spec: ClassSpec, kind: str) -> str:
    return " ".join(item.text for section in spec.sections_of(kind) for item in section.items)


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _qualification_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    """(below, above) for every class named in another class's minimum qualifications."""
    edges = set()
    # Longest titles first, blanked once found, so "Associate Staff Analyst" is not also read as "Staff Analyst".
    by_title = sorted(
        ((spec.title.strip(), i) for i, spec in enumerate(items) if spec.title.strip()),
        key=lambda t: -len(t[0]),
    )
    for above, spec in enumerate(items):
        text = _text_of(spec, "qualifications")
        if not text:
            continue
        for below, other in enumerate(items):
            if other.number != spec.number and re.search(rf"(?<![\w.]){re.escape(other.number)}(?![\w])", text):
                edges.add((below, above))
        lowered = _spaced(text).casefold()
        for title, below in by_title:
            if items[below].number == spec.number:
                continue
            pattern = r"(?<!\w)" + re.escape(_spaced(title).casefold()) + r"(?!\w)"
            if re.search(pattern, lowered):
                edges.add((below, above))
                lowered = re.sub(pattern, " ", lowered)
    return edges


def _title_numeral_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    numbered = {}
    for i, spec in enumerate(items):
        match = _TITLE_NUMERAL.match(spec.title.strip())
        if match:
            stem, numeral = match.group(1).casefold(), match.group(2)
            value = int(numeral) if numeral.isdigit() else _ROMAN.get(numeral.upper())
            if value is not None:
                numbered[i] = (stem, value)
    return {
        (a, b)
        for a, (stem_a, value_a) in numbered.items()
        for b, (stem_b, value_b) in numbered.items()
        if stem_a == stem_b and value_a < value_b
    }


def level_rank(spec: ClassSpec) -> int | None:
    """The level a class states for itself in its concept (or, failing that, its title); None if it says none."""
    concept = _text_of(spec, "concept")
    for phrase in _LEVEL_PHRASE.findall(concept):
        rank = _phrase_rank(phrase)
        if rank is not None:
            return rank
    return _max_rank(spec.title, _TITLE_LEVELS)


def _phrase_rank(phrase: str) -> int | None:
    """'second full performance' → second; 'supervisory/managerial' → managerial; 'first-line supervisory'
    → supervisory (a supervisory level outranks any ordinal of the working levels)."""
    words = re.sub(r"\bfirst[- ]line\b", " ", phrase, flags=re.IGNORECASE)
    level = _max_rank(words, _CONCEPT_LEVELS)
    if level is not None and level >= _SUPERVISORY:
        return level
    ordinal = _max_rank(words, _ORDINALS)
    return ordinal if ordinal is not None else level


def _max_rank(words: str, table: tuple[tuple[str, int], ...]) -> int | None:
    return max((rank for pattern, rank in table if re.search(rf"\b(?:{pattern})\b", words, re.IGNORECASE)), default=None)


def _level_word_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    ranks = {i: level_rank(spec) for i, spec in enumerate(items)}
    return {
        (a, b)
        for a, rank_a in ranks.items()
        for b, rank_b in ranks.items()
        if rank_a is not None and rank_b is not None and rank_a < rank_b
    }
