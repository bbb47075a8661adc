"""Rank every class of a library for one position, and say why: the duties each covers and the level cues.

1. Words: a cosine of the position's words (each weighed by the share of time of the duties that use it, and by
   rarity over class specs) against each class's words (weighed by where the class uses them), over an inverted
   index; a class restricted to a department, setting or appointment the position does not name, or of another
   jurisdiction than the one the position names, counts for less; abolished classes are left out.
2. The best CANDIDATES are read in full: each duty's tasks paired with the class's tasks by meaning (the
   comparison's own similarity), the level cues of both compared, and the classes the description names as its
   current class or the one it asks for are weighed as the analyst weighs them: candidates the duties must
   confirm or rule out.
Pure: no Qt, no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.compare.meaning import WordWeights
from desktop_app.core.fit.index import FitIndex, UnitsLoader
from desktop_app.core.fit.profile import Unit
from desktop_app.core.fit.query import PositionQuery, position_query
from desktop_app.core.level_cues import CUE_NAMES, LevelReading, grade_words, level_words
from desktop_app.core.positions.model import Position

CANDIDATES = 40
OTHER_JURISDICTION = 0.7
QUALIFIER_MET = 1.15
QUALIFIER_UNMET = 0.75
# How the level cues of a position and a class agree, by how many grades apart they are (0: the same grade).
AGREEMENT = {0: 1.0, 1: 0.2, 2: -0.6}
FAR_APART = -1.0
CUE_WEIGHTS = {"received": 0.1, "exercised": 0.1, "level": 0.05, "kind": 0.1}
# A class the description names (as its current class, or as the one it asks for) is where an audit starts: it
# ranks first unless another class fits the duties clearly better. Current and requested weigh alike, so between
# them the duties and the level cues decide.
NAMED_WEIGHT = 0.5
# A duty is covered by a class when its best tasks are this alike to the class's (weighted Dice): the median duty
# of a class analysts chose is 0.24 alike, nine in ten duties of a class picked at random less than 0.16.
COVERED_FROM = 0.15
# The best a score can be: words 1.0, every level cue agreeing, the class the description names; scores are out of it.
SCORE_SCALE = 1.0 + sum(CUE_WEIGHTS.values()) + NAMED_WEIGHT
TOP_TASKS = 2  # a duty's likeness to a class: the mean of its best tasks' likeness


@dataclass(frozen=True)
class Match:
    duty: int  # index of the position's duty
    class_item: str  # the class task that meets it (explains the duty)
    section: str  # where the class says it: concept, duties, purpose
    likeness: float


@dataclass(frozen=True)
class Cue:
    name: str  # "Supervision received"
    position: str  # the position's reading, in words ("" where it gives none)
    class_reading: str
    agrees: bool | None  # None where one of them gives no such cue


@dataclass(frozen=True)
class Candidate:
    rank: int
    key: str
    jurisdiction: str
    number: str
    title: str
    score: float  # 0..1, relative to the best fit of the library
    covered_percent: float
    matches: tuple[Match, ...]  # one per covered duty, in the order of the duties
    uncovered: tuple[int, ...]  # the duties it does not cover
    cues: tuple[Cue, ...]
    named: str = ""  # "current", "requested" or "" (how the description names it)
    unmet: tuple[str, ...] = ()  # departments, settings or appointments its title names that the position does not
    # What the score is made of, before it is scaled to 0..1: its words against the position's (1.0 for the best
    # words of the library), what its level cues add or take away, and NAMED_WEIGHT where the description names it.
    words: float = 0.0
    level: float = 0.0


@dataclass(frozen=True)
class Fit:
    position: Position
    candidates: tuple[Candidate, ...]  # best first
    current: tuple[str, ...]  # keys the stated current class names
    requested: tuple[str, ...]
    order: tuple[str, ...]  # every class ranked, best first (those past the candidates by their words alone)

    def candidate(self, key: str) -> Candidate | None:
        return next((c for c in self.candidates if c.key == key), None)


def fit(position: Position, index: FitIndex, top: int = 10, always: Sequence[str] = (),
        place_names: dict[str, str] | None = None, units: UnitsLoader | None = None) -> Fit:
    """The ``top`` classes that fit best, then the classes of ``always`` and the ones the position names
    wherever they rank (the current class and its next level up are always listed). ``units`` reads the tasks
    of the classes to explain (default: the index's loader)."""
    query = position_query(position, place_names)
    current = _resolved(index, position.current_class)
    requested = _resolved(index, position.requested_class)
    words = _word_scores(query, index)
    order = sorted(range(len(index)), key=lambda i: -words[i])
    best = words[order[0]] if order and words[order[0]] > 0 else 1.0

    def fits(key: str) -> float:
        entry = index.classes[index.position[key]]
        return words[index.position[key]] / best + _level(query.reading, entry.reading)

    # Initials several classes share ("SSA": Staff Services Analyst, Support Services Assistant) name the one of
    # them the duties and level cues fit best: the description means one class.
    current = _one_named(current, fits)
    requested = _one_named(requested, fits)
    named = {key: "current" for key in current} | {key: "requested" for key in requested if key not in current}
    shortlist = order[:CANDIDATES]
    shortlist += [index.position[k] for k in (*named, *always) if k in index.position
                  and index.position[k] not in shortlist and not index.classes[index.position[k]].abolished]
    rows = []
    for i in shortlist:
        entry = index.classes[i]
        total = words[i] / best + _level(query.reading, entry.reading) + (NAMED_WEIGHT if entry.key in named else 0.0)
        rows.append((total, i))
    rows.sort(key=lambda r: (-r[0], index.classes[r[1]].key))
    listed = set(always) | set(named)
    shown = [(place, total, i) for place, (total, i) in enumerate(rows, start=1)
             if place <= top or index.classes[i].key in listed]
    units = (units or index.units)([index.classes[i].key for _place, _total, i in shown])
    shares = position.shares()
    candidates = []
    for place, total, i in shown:
        entry = index.classes[i]
        class_units = units.get(entry.key, ())
        likeness, table = _duty_likeness(query, class_units, index.weights)
        covered = [d for d, (value, _match) in enumerate(likeness) if value >= COVERED_FROM]
        candidates.append(Candidate(
            place, entry.key, entry.jurisdiction, entry.number, entry.title, round(max(total, 0.0) / SCORE_SCALE, 3),
            round(100 * sum(shares[d] for d in covered), 1),
            _one_task_a_duty(covered, likeness, table, class_units),
            tuple(d for d in range(len(position.duties)) if d not in covered),
            tuple(_cues(query.reading, entry.reading)), named.get(entry.key, ""),
            tuple(q.text for q in entry.qualifiers if not q.named_in(query.stems, query.capitals)),
            round(words[i] / best, 3), round(_level(query.reading, entry.reading), 3),
        ))
    first = [index.classes[i].key for _total, i in rows]
    taken = set(first)
    rest = [index.classes[i].key for i in order if not index.classes[i].abolished and index.classes[i].key not in taken]
    return Fit(position, tuple(candidates), tuple(current), tuple(requested), tuple(first + rest))


def _resolved(index: FitIndex, stated: str) -> list[str]:
    if not stated:
        return []
    keys = index.names.resolve(stated)
    # Initials several classes share ("OA"): the general class of them, else all (the fit then keeps one).
    general = [k for k in keys if "(general)" in index.classes[index.position[k]].title.casefold()]
    return general or keys


def _one_named(keys: list[str], fits) -> list[str]:
    if len(keys) <= 1:
        return keys
    return [max(keys, key=lambda k: (fits(k), k))]


def _word_scores(query: PositionQuery, index: FitIndex) -> list[float]:
    """Per class: the cosine of its words with the position's, counted down for a department, setting or
    jurisdiction the position is not in; 0 for an abolished class."""
    weights = index.weights
    scores = [0.0] * len(index)
    length = 0.0
    for stem, weight in query.weights.items():
        idf = weights.weight(stem)
        length += (weight * idf) ** 2
        flat = index.postings.get(stem)
        if not flat:
            continue
        factor = weight * idf * idf
        entries = iter(flat)
        if stem in query.boss:  # a word naming whom the position reports to says nothing of its own title
            for i, _with_title, without in zip(entries, entries, entries):
                scores[i] += factor * without
        else:
            for i, with_title, _without in zip(entries, entries, entries):
                scores[i] += factor * with_title
    length = math.sqrt(length) or 1.0
    for i, entry in enumerate(index.classes):
        if entry.abolished:
            scores[i] = 0.0
            continue
        score = scores[i] / (entry.norm * length)
        if query.places and entry.jurisdiction not in query.places:
            score *= OTHER_JURISDICTION
        for qualifier in entry.qualifiers:
            score *= QUALIFIER_MET if qualifier.named_in(query.stems, query.capitals) else QUALIFIER_UNMET
        scores[i] = score
    return scores


def _one_task_a_duty(covered: Sequence[int], likeness: Sequence[tuple[float, Match | None]],
                     table: Sequence[Sequence[float]], units: Sequence[Unit]) -> tuple[Match, ...]:
    """For each covered duty, the class task that explains it, as the audit sets them out: the class's own
    duties (its series' definition where it gives none) before its concept; each task goes to the duty it is most
    like, and a duty explains itself by the likest of the tasks that went to it. A covered duty no task went to
    gets one of the tasks left, one task a duty (the one-to-one pairing of the largest total likeness); a duty
    left without any keeps the task it is most like."""
    from desktop_app.core.compare.assignment import best_pairs

    pool = [u for u, unit in enumerate(units) if unit.section == "duties"] or \
        [u for u, unit in enumerate(units) if unit.section == "purpose"] or list(range(len(units)))
    chosen: dict[int, int] = {}
    for u in pool:
        d = max(range(len(table)), key=lambda d: table[d][u], default=None)
        if d is not None and d in covered and table[d][u] >= COVERED_FROM and (
                d not in chosen or table[d][u] > table[d][chosen[d]]):
            chosen[d] = u
    waiting = [d for d in covered if d not in chosen]
    left = [u for u in range(len(units)) if u not in chosen.values()]
    if waiting and left:
        for row, column in best_pairs([[table[d][u] for u in left] for d in waiting], 0.0):
            chosen[waiting[row]] = left[column]
    matches = []
    for d in covered:
        u = chosen.get(d)
        if u is not None:
            matches.append(Match(d, units[u].text, units[u].section, round(table[d][u], 3)))
        elif likeness[d][1] is not None:
            matches.append(likeness[d][1])
    return tuple(matches)


def _duty_likeness(query: PositionQuery, units: Sequence[Unit], weights: WordWeights
                   ) -> tuple[list[tuple[float, Match | None]], list[list[float]]]:
    """Per duty: how alike it is to the class (the mean of its best tasks' likeness) and its best match; and the
    table of each duty's likeness to each class task (the best of the duty's tasks).

    Likeness is the comparison's own (meaning.similarity, a weighted Dice), with each side's total weight
    worked out once rather than for every pair.
    """
    unit_totals = [weights.total(unit.tokens) for unit in units]
    found = []
    table = []
    for d, tasks in enumerate(query.duty_tasks):
        bests = []
        match = None
        best_value = 0.0
        row = [0.0] * len(units)
        table.append(row)
        for tokens in tasks:
            task_total = weights.total(tokens)
            task_best = 0.0
            for u, (unit, unit_total) in enumerate(zip(units, unit_totals)):
                common = tokens & unit.tokens
                if not common:
                    continue
                value = 2.0 * weights.total(common) / (task_total + unit_total)
                if value > row[u]:
                    row[u] = value
                if value > task_best:
                    task_best = value
                    if value > best_value:
                        best_value = value
                        match = Match(d, unit.text, unit.section, round(value, 3))
            bests.append(task_best)
        bests.sort(reverse=True)
        kept = bests[:TOP_TASKS]
        found.append((sum(kept) / len(kept) if kept else 0.0, match))
    return found, table


def _agreement(a: frozenset[int], b: frozenset[int]) -> float | None:
    if not a or not b:
        return None
    apart = min(abs(x - y) for x in a for y in b)
    return AGREEMENT.get(apart, FAR_APART)


def _level(position: LevelReading, entry: LevelReading) -> float:
    total = 0.0
    for name, weight in CUE_WEIGHTS.items():
        value = _agreement(getattr(position, name), getattr(entry, name))
        if value is not None:
            total += weight * value
    return total


def _cues(position: LevelReading, entry: LevelReading) -> list[Cue]:
    cues = []
    for name, (label, _words) in CUE_NAMES.items():
        mine, theirs = getattr(position, name), getattr(entry, name)
        if not mine and not theirs and not (name == "level" and entry.named):
            continue
        value = _agreement(mine, theirs)
        words = grade_words(name, theirs)
        cues.append(Cue(label, grade_words(name, mine), level_words(words, entry.named) if name == "level" else words,
                        None if value is None else value >= AGREEMENT[0]))
    return cues
