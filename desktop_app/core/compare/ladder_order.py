"""Derive the order of the levels of a series from the specs themselves; pure: no Qt, sqlite, store or ui.

Evidence, strongest first; weaker evidence only orders what stronger evidence left open, and never reverses it:
1. minimum qualifications: "12 mos. exp. as Benefits Management Representative, 65250" in 65251 puts 65250
   below 65251 (the class is named by number or by title; two classes naming each other say nothing);
2. numerals in titles that otherwise read the same, options in parentheses aside: "Analyst 1" < "Analyst 2",
   "Research Manager I (General)" < "Research Manager II (Economics)", "Officer I, Board of X" < "Officer II, …";
3. across two series of one jurisdiction, the education the minimum qualifications ask ("a bachelor's degree"
   above "graduation from high school": Senior Accounting Technician below Accountant), where both ask one;
4. level words in the class concept ("first full performance level", "second …", "entry", "journey",
   "senior", "supervisory/managerial level", "the paraprofessional class"; any level of a sub-professional
   series below a professional entry level), or for a concept without them, in the title;
5. level words in the title ("Assistant" < a plain title < "Associate" < "Senior" < "Principal" < "Supervising"
   < "Manager");
6. class number, then effective date (two revisions of one class; a draft after them), then the order given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from heapq import heappop, heappush

from desktop_app.core.compare.comparison import MAX_CLASSES
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
    (r"para-?professional|sub-?professional", 15),  # below the professional series' entry level
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
# Words of at most 40 letters: unbounded, a hostile run of one long "word" read in quadratic time.
_LEVEL_PHRASE = re.compile(r"\b((?:[\w'-]{1,40}[\s/]+){0,3}?[\w'-]{1,40})\s+level\b", re.IGNORECASE)
_TITLE_LEVELS = (
    (r"trainee|apprentice|intern", 10),
    (r"assistant|junior|entry", 20),
    (r"associate|intermediate", 40),
    (r"senior|advanced", 50),
    # A city's Principal Accountant or Engineer is the level above its Senior one.
    (r"principal", 55),
    (r"lead", 60),
    (r"supervisor|supervising|supervisory", 70),
    (r"manager|chief|director|administrator|head", 80),
)
# A title without level words names a working level.
_PLAIN_TITLE = 30
# "City Planner", "City Engineer", "County Counsel": the one who holds the function for the whole city heads it.
_CITY_TITLE = re.compile(r"(?:City|County|Town|Village) [A-Z][a-z]+")
_HEAD = 80
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_NUMERAL = re.compile(r"(?<![\w-])(\d{1,2}|I{1,3}|IV|V|VI{1,3}|IX|X)(?![\w-])")
_OPTION = re.compile(r"\([^()]*\)")  # innermost: a run of "(" never closed is read once


def ladder(specs: Iterable[ClassSpec]) -> list[ClassSpec]:
    """The specs from the lowest level to the highest; stable and deterministic for any input order."""
    items = list(specs)
    n = len(items)
    if n < 2:
        return items
    # Ties within the weakest evidence keep class-number order, so the result does not depend on input order.
    # A class's draft comes after its revisions, whatever effective date it proposes.
    order = sorted(range(n), key=lambda i: (_number_key(items[i].number), items[i].draft,
                                            items[i].effective_date or date.min, i))
    rank = {i: position for position, i in enumerate(order)}
    above: dict[int, set[int]] = {i: set() for i in range(n)}
    # reach[i]: a bit set of every class already above i, directly or not; it keeps cycle checks O(1), so that
    # a long series (or a whole plan's single-class specs) orders in a fraction of a second.
    reach = [0] * n
    qualifications = _qualification_edges(items)
    titles = [title_rank(spec) for spec in items]
    concepts = [level_rank(spec) for spec in items]
    tiers = (
        # Two classes that each name the other (a series' shared qualifications text) say nothing of order.
        {(low, high) for low, high in qualifications if (high, low) not in qualifications},
        _title_numeral_edges(items),
        # A series' own level words rank its levels; two series meet by the schooling they ask.
        _education_edges(items),
        # A concept without level words leaves the title to speak for the class.
        _rank_edges([title if concept is None else concept for concept, title in zip(concepts, titles)]),
        _rank_edges(titles),
        _factor_edges(items),
    )
    for tier in tiers:
        for low, high in sorted(tier, key=lambda e: (rank[e[0]], rank[e[1]])):
            if reach[high] >> low & 1 or high in above[low]:
                continue  # low is already above high (the edge would close a cycle), or the edge is there
            above[low].add(high)
            if reach[low] >> high & 1:
                continue  # already implied: nothing new is reachable
            gained = reach[high] | 1 << high
            low_bit = 1 << low
            for i in range(n):
                if i == low or reach[i] & low_bit:
                    reach[i] |= gained
    return [items[i] for i in _topological(above, rank)]


def series_levels(specs: Iterable[ClassSpec]) -> tuple[list[ClassSpec], int]:
    """The levels of a series to compare, lowest first and at most MAX_CLASSES of them, and how many the
    series has (so the caller can say that only the first levels are compared)."""
    levels = ladder(specs)
    return levels[:MAX_CLASSES], len(levels)


def _number_key(number: str) -> tuple:
    """Natural order: "9" before "10"; digits before letters in each place."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.findall(r"\d+|\D+", number)
    )


def _topological(above: dict[int, set[int]], rank: dict[int, int]) -> list[int]:
    """Kahn's algorithm; among the levels free to come next, the lowest class number first."""
    incoming = dict.fromkeys(above, 0)
    for highers in above.values():
        for high in highers:
            incoming[high] += 1
    ready = [(rank[i], i) for i, count in incoming.items() if count == 0]
    ready.sort()
    result = []
    while ready:
        _rank, node = heappop(ready)
        result.append(node)
        for high in above[node]:
            incoming[high] -= 1
            if incoming[high] == 0:
                heappush(ready, (rank[high], high))
    return result


def _text_of(spec: ClassSpec, kind: str) -> str:
    return " ".join(item.text for section in spec.sections_of(kind) for item in section.items)


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _qualification_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    """(lower, higher) for every class named in another class's minimum qualifications."""
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
        title = _OPTION.sub(" ", spec.title)
        numerals = list(_NUMERAL.finditer(title))
        if numerals:
            last = numerals[-1]
            value = int(last.group()) if last.group().isdigit() else _ROMAN[last.group()]
            stem = _spaced(title[: last.start()] + " " + title[last.end() :]).strip().casefold()
            numbered[i] = (stem, value)
    return {
        (a, b)
        for a, (stem_a, value_a) in numbered.items()
        for b, (stem_b, value_b) in numbered.items()
        if stem_a == stem_b and value_a < value_b
    }


# "This is the paraprofessional class in the Planning series": a level named without the word "level".
_CLASS_PHRASE = re.compile(r"\bthis is the ((?:[\w'-]{1,40}\s+){0,2}?para-?professional)\s+class", re.IGNORECASE)


# "The journey level classification in the sub-professional engineering series": every level of a
# paraprofessional series is below the professional series' entry level.
_BELOW_PROFESSIONAL = re.compile(r"\b(?:sub|para)-?professional\b", re.IGNORECASE)


def level_rank(spec: ClassSpec) -> int | None:
    """The level a class states for itself in its concept; None if it says none."""
    concept = _text_of(spec, "concept")
    for sentence in re.split(r"(?<=[.;])\s+", concept):
        for phrase in [*_LEVEL_PHRASE.findall(sentence), *_CLASS_PHRASE.findall(sentence)]:
            rank = _phrase_rank(phrase)
            if rank is not None:
                return 10 + rank // 10 if _BELOW_PROFESSIONAL.search(sentence) and rank > 15 else rank
    return None


def title_rank(spec: ClassSpec) -> int:
    """The level the title's words suggest, options in parentheses included ("(Supervisor)"); a plain title
    is a working level."""
    rank = _max_rank(spec.title, _TITLE_LEVELS)
    if rank is None and _CITY_TITLE.fullmatch(spec.title.strip()):
        return _HEAD
    return _PLAIN_TITLE if rank is None else rank


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
    ranks = [rank for pattern, rank in table if re.search(rf"\b(?:{pattern})\b", words, re.IGNORECASE)]
    return max(ranks, default=None)


def _education_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    """(lower, higher) for two classes of different series of one jurisdiction that ask different education."""
    from desktop_app.core.level_factors import education

    ranks = [education(spec, items).rank for spec in items]
    series = [spec.series.code if spec.series is not None else "" for spec in items]
    return {
        (a, b)
        for a, rank_a in enumerate(ranks)
        for b, rank_b in enumerate(ranks)
        if rank_a is not None and rank_b is not None and rank_a < rank_b and series[a] and series[b]
        and series[a] != series[b] and items[a].jurisdiction == items[b].jurisdiction
    }


def _factor_edges(items: Sequence[ClassSpec]) -> set[tuple[int, int]]:
    """(lower, higher) by the first level factor, in the order of the docstring, that both classes state and
    that tells them apart."""
    from desktop_app.core.level_factors import experience, supervision_exercised, supervision_received

    readings = [[read(spec, items).rank for read in (supervision_exercised, supervision_received, experience)]
                for spec in items]
    edges = set()
    for a, ranks_a in enumerate(readings):
        for b, ranks_b in enumerate(readings):
            for rank_a, rank_b in zip(ranks_a, ranks_b):
                if rank_a is None or rank_b is None or rank_a == rank_b:
                    continue
                if rank_a < rank_b:
                    edges.add((a, b))
                break
    return edges


def _rank_edges(ranks: Sequence[int | None]) -> set[tuple[int, int]]:
    return {
        (a, b)
        for a, rank_a in enumerate(ranks)
        for b, rank_b in enumerate(ranks)
        if rank_a is not None and rank_b is not None and rank_a < rank_b
    }
