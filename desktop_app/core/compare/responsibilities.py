"""Align the items of one section across the levels of a series (or across jurisdictions) by responsibility.

Texts written separately about the same work share their content words, not their word order. So:
1. a duty paragraph (or a concept) is cut into the tasks it lists (tasks.py), except a paragraph that every
   class gives word for word, which stays whole; "All of the above" stands for the items of the level before;
2. class by class, each unit is scored against the latest unit of every row so far by weighted content-word
   overlap (meaning.py), with partial credit for words the corpus uses in one another's place (neighbours.py),
   a little more where their places in their lists agree;
3. the best one-to-one pairing above PAIR_FROM is taken (assignment.py), exact copies first;
4. units left over start rows of their own, after the row of the unit before them (as the word aligner does).
Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.compare.align import AlignedRow, place_new_units
from desktop_app.core.compare.assignment import best_pairs
from desktop_app.core.compare.comparison import ComparisonCancelled
from desktop_app.core.compare.meaning import InContext, WordWeights, meaning_tokens
from desktop_app.core.compare.neighbours import NO_RELATED_WORDS, RelatedWords, bundled_related_words
from desktop_app.core.compare.pairings import NO_PAIRINGS, SectionPairings
from desktop_app.core.compare.task_shape import phrase_likeness, word_places
from desktop_app.core.compare.tasks import task_spans
from desktop_app.core.compare.tokens import similarity_words
from desktop_app.core.compare.vocabulary import NOTION_WEIGHTS, PLACEHOLDER
from desktop_app.core.compare.word_vectors import NO_WORD_VECTORS, WordVectors, bundled_word_vectors, closeness
from desktop_app.core.model import Item

# Two units are one responsibility when their weighted content-word overlap passes this (0..1). Below it,
# tasks that share one ordinary word ("prepares reports" / "prepares budgets") would pair.
PAIR_FROM = 0.3
# A pair this close (or closer) holds where each unit is the other's best match; between the two thresholds,
# only such mutual pairs count.
MUTUAL_FROM = 0.12
# Up to this much is added to a pair's score where the two units stand at the same place in their lists (order
# of importance); it settles near-ties, never a pairing by itself.
PLACE_BONUS = 0.06
# Duty tasks of one subject written in other words ("forms & instructional material" / "benefits
# communications") share few words but have near vectors (word_vectors.py). The part of their cosine above
# SUBJECT_FROM (the closeness of tasks that merely come from the same kind of text) adds this much times itself.
# Measured on the gold: it pairs duties; concepts (level statements) and qualifications lost links with it, KSAs
# gained none.
SUBJECT_WEIGHT = 0.4
SUBJECT_FROM = 0.3
SUBJECT_KINDS = frozenset({"duties"})
# Those duty tasks also count their words by where they stand (a task's head weighs more than its list of
# examples) and score this much times the share of phrases they have in common (task_shape.py). Measured on the
# gold's duty tasks: 0.652 → 0.729 (state specs 0.792 → 0.784, city specs 0.608 → 0.713), holdout 0.889 → 0.947
# and 0.752 → 0.770.
PHRASE_WEIGHT = 0.4
# A duty task that a later level gives word for word waits for it: at a level without it, it pairs only with a
# near copy scoring this much ("Assumes responsibility …" / "Assume responsibility …"), so that the row reads
# "Dropped at 30005, back at 30004" instead of pairing it with another task of that level. Measured: city duty
# tasks 0.717 → 0.721, paragraphs 0.672 → 0.678, the rest unchanged (any value from 0.7 to 1.1 alike).
NEAR_COPY = 0.9
# Section kinds whose paragraphs list tasks.
SPLIT_KINDS = frozenset({"concept", "duties"})
# Section kinds a level mostly keeps word for word, where the one item each level rewrote pairs (see
# align_units). Not qualifications: their alternatives pair by kind of pattern (promotional, open), and a
# level's one new pattern is often of another kind.
LONE_KINDS = frozenset({"knowledge", "skills", "abilities"})
_ALL_ABOVE = re.compile(r"^\s*(?:all\s+of\s+the\s+above|in\s+addition\s+to\s+the\s+above)\b[\s,.;:]*(?:and\b)?",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """One task or item of a class's section: its exact text, where it came from, and what it is compared by."""

    text: str
    item: Item  # the item (paragraph) it is cut from; an inherited unit's item is the level before's
    paragraph: int | None  # index of its paragraph in the section, None where the section is not cut
    stems: frozenset[str]
    words: tuple[str, ...]  # for exact matches (case, punctuation, numbering and "&"-blind)
    inherited: bool = False  # given by "All of the above": the level keeps the item above it
    klass: int = 0  # the position of its class in the comparison


def _unit(text: str, item: Item, paragraph: int | None, klass: int) -> Unit:
    return Unit(text, item, paragraph, meaning_tokens(text), similarity_words(text), False, klass)


def section_units(kind: str, columns: Sequence[Sequence[Item]]) -> list[list[Unit]]:
    """Each class's units: tasks of its paragraphs (for concept and duties), or its items; a paragraph that
    every class with the section gives alike stays whole, and so is then one row of "same"."""
    present = [column for column in columns if column]
    common: set[tuple[str, ...]] = set()
    if kind in SPLIT_KINDS and len(present) > 1:
        keyed = [{similarity_words(item.text) for item in column} for column in present]
        common = set.intersection(*keyed)
    units: list[list[Unit]] = []
    for k, column in enumerate(columns):
        own: list[Unit] = []
        for p, item in enumerate(column):
            if PLACEHOLDER.match(item.text):
                continue  # it points elsewhere ("Described under ALL LEVELS"): not a responsibility of its own
            if kind not in SPLIT_KINDS or similarity_words(item.text) in common:
                own.append(_unit(item.text, item, p if kind in SPLIT_KINDS else None, k))
                continue
            spans = task_spans(item.text)
            if len(spans) <= 1:
                own.append(_unit(item.text, item, p, k))
                continue
            own += [_unit(item.text[s:e], item, p, k) for s, e in spans]
        units.append(own)
    return units


def inheriting(units: list[list[Unit]]) -> tuple[list[list[Unit]], list[bool]]:
    """Each level's units without the words "All of the above" (the rest of the opening item, after "and",
    stays a unit), and whether the level keeps the items of the level before it that way."""
    own_units: list[list[Unit]] = []
    keeps: list[bool] = []
    for k, own in enumerate(units):
        if k == 0 or not own or not _ALL_ABOVE.match(own[0].text):
            own_units.append(list(own))
            keeps.append(False)
            continue
        rest = _ALL_ABOVE.sub("", own[0].text, count=1).strip()
        opening = [_unit(own[0].text, own[0].item, own[0].paragraph, k)] if rest else []
        own_units.append(opening + list(own[1:]))
        keeps.append(True)
    return own_units, keeps


def align_units(
    units: list[list[Unit]],
    weights: WordWeights,
    should_cancel: Callable[[], bool] | None = None,
    keeps: Sequence[bool] = (),
    pairings: SectionPairings = NO_PAIRINGS,
    lone: bool = False,
    by_subject: bool = False,
) -> list[AlignedRow]:
    """Rows of unit indexes, one entry per class (None where that class has no such unit).

    A level that ``keeps`` the items of the level before ("All of the above") pairs its own units first;
    every row of the level before still open then gets the kept item, as an inherited unit appended to that
    level's list (so ``units`` grows). The analyst's ``pairings`` come before anything else: a joined pair is
    one row, a parted pair never is. With ``lone`` (lists a level mostly keeps: knowledge, skills, abilities),
    the one item a level did not keep pairs with the one item the level before did not keep, where they share
    anything.
    """
    width = len(units)
    keeps = list(keeps) or [False] * width
    if all(len(column) <= 1 for column in units) and not any(keeps) and not pairings:
        if not any(units):
            return []
        return [[0 if column else None for column in units]]
    weights = InContext(weights, (unit.stems for column in units for unit in column))
    related = bundled_related_words()
    vectors = bundled_word_vectors() if by_subject and SUBJECT_WEIGHT else NO_WORD_VECTORS
    rows: list[AlignedRow] = []
    latest: list[Unit] = []  # per row, its latest unit so far
    # The words of every unit of the levels after each one (see NEAR_COPY).
    later: list[frozenset[tuple[str, ...]]] = [frozenset()] * width
    seen: set[tuple[str, ...]] = set()
    for k in range(width - 1, -1, -1) if by_subject else ():
        later[k] = frozenset(seen)
        seen |= {unit.words for unit in units[k]}
    for k, column in enumerate(units):
        if should_cancel is not None and should_cancel():
            raise ComparisonCancelled()
        # A level that keeps every item above it lists its own as additions: only a clear counterpart pairs.
        matched = _match(column, latest, weights, pairings, strict=keeps[k], related=related, lone=lone,
                         vectors=vectors, shaped=by_subject, waiting=later[k])
        place_new_units(rows, latest, matched, list(column), k, width)
        if keeps[k]:
            for r, row in enumerate(rows):
                if row[k] is None and row[k - 1] is not None:
                    kept = units[k - 1][row[k - 1]]
                    row[k] = len(units[k])
                    units[k].append(Unit(kept.text, kept.item, kept.paragraph, kept.stems, kept.words, True, k))
                    latest[r] = units[k][row[k]]
    return rows


def _total(weights: InContext, unit: Unit) -> float:
    """A unit's whole weight, summed once per comparison."""
    total = weights.totals.get(unit.stems)
    if total is None:
        total = weights.totals[unit.stems] = weights.total(unit.stems)
    return total


def _placed_total(weights: InContext, unit: Unit, places: dict[str, float]) -> float:
    """A duty task's whole weight, each stem counted by where it stands (task_shape.py)."""
    return math.fsum(weights.weight(t) * places.get(t, 1.0) for t in unit.stems)


def _match(column: Sequence[Unit], latest: list[Unit], weights: WordWeights,
           pairings: SectionPairings = NO_PAIRINGS, strict: bool = False,
           related: RelatedWords = NO_RELATED_WORDS, lone: bool = False,
           vectors: WordVectors = NO_WORD_VECTORS, shaped: bool = False,
           waiting: frozenset[tuple[str, ...]] = frozenset()) -> dict[int, int]:
    """Unit index → row index: the analyst's joins first, then copies (in order, as the word aligner pairs
    them), then the best one-to-one pairing by meaning of what is left; never a pair the analyst parted.
    ``shaped``: duty tasks, whose heads count more than their tails and whose shared phrases count too.
    ``waiting``: the words of units a later level gives; a row that ends in one pairs here only with its copy."""
    matched: dict[int, int] = {}
    taken: set[int] = set()

    def key(i: int, r: int) -> tuple[int, str, int, str]:
        return (latest[r].klass, latest[r].text, column[i].klass, column[i].text)

    if pairings.joined:
        for i in range(len(column)):
            for r in range(len(latest)):
                if r not in taken and i not in matched and key(i, r) in pairings.joined:
                    matched[i] = r
                    taken.add(r)
    by_words: dict[tuple[str, ...], list[int]] = {}
    for r, unit in enumerate(latest):
        by_words.setdefault(unit.words, []).append(r)
    for i, unit in enumerate(column):
        if i in matched:
            continue
        rows = [r for r in by_words.get(unit.words, ()) if r not in taken and key(i, r) not in pairings.parted]
        if rows:
            r = rows[0]
            by_words[unit.words].remove(r)
            matched[i] = r
            taken.add(r)
    items = [i for i in range(len(column)) if i not in matched]
    free = [r for r in range(len(latest)) if r not in taken]
    if not items or not free:
        return matched
    n_items, n_rows = max(len(column) - 1, 1), max(len(latest) - 1, 1)
    if shaped:
        row_places = {r: word_places(latest[r].text) for r in free}
        row_weights = {r: _placed_total(weights, latest[r], row_places[r]) for r in free}
    else:
        row_weights = {r: _total(weights, latest[r]) for r in free}
    by_subject = vectors is not NO_WORD_VECTORS
    if by_subject:
        row_vectors = {r: vectors.of(latest[r].stems, weights.weight) for r in free}
    # A unit the analyst parted from its counterpart waits for the analyst's join: it pairs with nothing else by
    # itself, so that parting a row never makes a new pairing appear.
    parted = [(i, r) for i in items for r in free if key(i, r) in pairings.parted] if pairings.parted else []
    barred_items, barred_rows = {i for i, _r in parted}, {r for _i, r in parted}
    waiting_rows = {r for r in free if latest[r].words in waiting}
    scores = []
    for i in items:
        unit = column[i]
        if shaped:
            places = word_places(unit.text)
            own = _placed_total(weights, unit, places)
        else:
            own = _total(weights, unit)
        if by_subject:
            own_vector = vectors.of(unit.stems, weights.weight)
        row_scores = []
        for r in free:
            other = latest[r].stems
            common = unit.stems & other
            if i in barred_items or r in barred_rows:
                row_scores.append(0.0)
                continue
            # similarity(): the weighted Dice coefficient, with each unit's weight summed once, and partial
            # credit for the neighbouring words the two use (neighbours.py).
            if shaped:
                theirs = row_places[r]
                shared = math.fsum(weights.weight(t) * (places.get(t, 1.0) + theirs.get(t, 1.0)) for t in common)
            else:
                shared = 2.0 * weights.total(common)
            shared += related.credit(unit.stems, other, common, weights.weight)
            if not shared:
                row_scores.append(0.0)
                continue
            score = shared / (own + row_weights[r])
            if shaped:
                score += PHRASE_WEIGHT * phrase_likeness(unit.text, latest[r].text)
            if by_subject:
                score += SUBJECT_WEIGHT * max(0.0, closeness(own_vector, row_vectors[r]) - SUBJECT_FROM)
            if r in waiting_rows and score < NEAR_COPY:
                row_scores.append(0.0)
                continue
            if score > MUTUAL_FROM:
                score += PLACE_BONUS * (1.0 - abs(i / n_items - r / n_rows))
            row_scores.append(score)
        scores.append(row_scores)
    for a, b in best_pairs(scores, MUTUAL_FROM):
        score = scores[a][b]
        # A weak pair holds only where each is the other's best: the same responsibility written anew. A level
        # that keeps the items above lists additions, so there only the level's notions restated in stronger
        # terms pair that way ("lead worker responsibility" → "coordinate the work of a staff").
        mutual = score >= max(scores[a]) and score >= max(row[b] for row in scores)
        if score > PAIR_FROM or mutual and (not strict or _shares_notion(column[items[a]], latest[free[b]])):
            matched[items[a]] = free[b]
    if lone:
        _pair_lone(column, latest, matched, items, free, scores)
    return matched


def _shares_notion(a: Unit, b: Unit) -> bool:
    return any(token in NOTION_WEIGHTS for token in a.stems & b.stems)


def _pair_lone(column: Sequence[Unit], latest: list[Unit], matched: dict[int, int], items: list[int],
               free: list[int], scores: list[list[float]]) -> None:
    """The one item of this level left unpaired and the one item of the level before left unpaired are one
    responsibility when they share any word or neighbour: the level rewrote the only item it did not keep."""
    klass = column[0].klass
    left = [a for a, i in enumerate(items) if i not in matched]
    paired = set(matched.values())
    open_rows = [b for b, r in enumerate(free) if r not in paired and latest[r].klass == klass - 1]
    if len(left) == 1 and len(open_rows) == 1 and scores[left[0]][open_rows[0]] > 0.0:
        matched[items[left[0]]] = free[open_rows[0]]
