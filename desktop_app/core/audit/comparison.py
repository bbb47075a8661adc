"""The audit comparison: the position as the first column and one to four candidate classes beside it, one row per
duty of the position with its share of time, the class tasks that meet it beside it, then the tasks of each class
the position does not reach; above them the concepts and the level cues side by side. No Qt, no SQL.

The comparison engine pairs items one to one, as two specs' lists are written; a duty statement of a position
covers several tasks of a spec at once, so here each class task goes to the duty it is most like (the same
meaning similarity the engine and the fit use), and a duty may gather several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.compare.comparison import REWRITTEN, SHARED
from desktop_app.core.compare.meaning import WordWeights, bundled_weights, meaning_tokens, similarity
from desktop_app.core.compare.related import related_segments
from desktop_app.core.compare.tasks import tasks
from desktop_app.core.fit.profile import Unit, class_units, own_concept
from desktop_app.core.level_cues import (
    LevelReading,
    class_reading,
    grade_words,
    level_words,
    position_reading,
    supervision_statement,
)
from desktop_app.core.model import ClassSpec
from desktop_app.core.positions.model import Position, percent_text
from desktop_app.core.reports.outline import Run, Runs

MIN_CANDIDATES = 1
MAX_CANDIDATES = 4
# A class task meets a duty when it is this alike to one of the duty's tasks (as the fit counts a duty covered).
MEETS_FROM = 0.15
# Row kinds, each shown in a theme colour of the comparison's statuses.
EVERY = "every"  # a duty of the position that every class compared meets
SOME = "some"  # that some of them meet
POSITION_ONLY = "position-only"  # that none meets
NOT_REACHED = "not-reached"  # a class's task the position does not reach
BY_DUTIES = "by-duties"  # a class's knowledge, skill or ability the position's duties call for, not its own list
SIDE_BY_SIDE = "side-by-side"  # concepts and level cues, read side by side
THEME_STATUS = {EVERY: "same", SOME: "related", POSITION_ONLY: "dropped", NOT_REACHED: "added",
                BY_DUTIES: "related", SIDE_BY_SIDE: "same"}
EMPTY = (Run("—", "empty"),)
_STYLE = {SHARED: "shared", REWRITTEN: ""}


@dataclass(frozen=True)
class AuditRow:
    kind: str
    status_text: str
    position: Runs  # the position's cell
    cells: tuple[Runs, ...]  # one per class compared
    percent: float | None = None  # the share of time of the position's duty (duty rows)
    duty: int | None = None  # its index among the position's duties
    reached_by: tuple[str, ...] = ()  # the keys of the classes that meet it


@dataclass(frozen=True)
class AuditSection:
    kind: str  # "level", "duties", "ksas"
    title: str
    rows: tuple[AuditRow, ...]


@dataclass(frozen=True)
class AuditComparison:
    position: Position
    classes: tuple[ClassSpec, ...]
    sections: tuple[AuditSection, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.classes)

    def reached_percent(self, key: str) -> float:
        """The share of the position's time (out of its duties' own total) in duties the class meets."""
        shares = self.position.shares()
        met = {r.duty for s in self.sections for r in s.rows if r.duty is not None and key in r.reached_by}
        return round(100 * sum(shares[d] for d in met), 1)


@dataclass(frozen=True)
class Coverage:
    """What the fit found of one class: the duties it covers, and for each the class task it is most like."""

    duties: frozenset[int]
    matches: dict[int, str]


def coverage_of(ranking: Sequence[dict]) -> dict[str, Coverage]:
    """Each ranked class's coverage, from the fit's candidates as its JSON (and a saved audit) gives them."""
    found = {}
    for c in ranking:
        matches = {m["duty"] - 1: m["class_item"] for m in c.get("matches", ())}
        found[c["key"]] = Coverage(frozenset(matches), matches)
    return found


def audit_comparison(position: Position, classes: Sequence[ClassSpec], weights: WordWeights | None = None,
                     coverage: dict[str, Coverage] | None = None) -> AuditComparison:
    """``coverage``: the fit's verdict on which duties each class covers (coverage_of); the audit then says the
    same of every class the fit ranked, so that its duty rows and the candidates' share of time agree."""
    if not MIN_CANDIDATES <= len(classes) <= MAX_CANDIDATES:
        raise ValueError(f"an audit compares {MIN_CANDIDATES} to {MAX_CANDIDATES} classes, not {len(classes)}")
    weights = weights or bundled_weights()
    classes = tuple(classes)
    sections = [_level_section(position, classes)]
    duty_units = [_duty_units(c) for c in classes]
    sections.append(_met_section("duties", "Duties", [d.text for d in position.duties],
                                 [d.percent for d in position.duties], classes, duty_units, weights,
                                 coverage or {}))
    ksa_units = [_ksa_units(c) for c in classes]
    if position.ksas or any(ksa_units):
        sections.append(_met_section("ksas", "Knowledge, skills and abilities", list(position.ksas),
                                     [None] * len(position.ksas), classes, ksa_units, weights,
                                     duties=[d.text for d in position.duties]))
    return AuditComparison(position, classes, tuple(s for s in sections if s.rows))


def _duty_units(spec: ClassSpec) -> tuple[Unit, ...]:
    """A class's tasks that a position's duties can meet: its duties; for a class whose page gives none (a level
    of a series page), what its series' definition says the work is."""
    units = class_units(spec, min_tokens=1)  # "cashiering" is a task of its own in a list of office duties
    duties = tuple(u for u in units if u.section == "duties")
    return duties or tuple(u for u in units if u.section == "purpose")


def _ksa_units(spec: ClassSpec) -> tuple[Unit, ...]:
    return tuple(Unit(s.kind, item.text, meaning_tokens(item.text))
                 for s in spec.sections if s.kind in ("knowledge", "skills", "abilities") for item in s.items)


def _met_section(kind: str, title: str, texts: list[str], percents: list[float | None],
                 classes: tuple[ClassSpec, ...], units: list[tuple[Unit, ...]], weights: WordWeights,
                 coverage: dict[str, Coverage] | None = None, duties: Sequence[str] = ()) -> AuditSection:
    """Rows of the position's items (duties, or its knowledge, skills and abilities) with the class units that
    meet them, then the class units none meets; with ``duties``, a class unit the position's own list does not
    meet but one of its duties calls for ("answer inquiries from employees", for a duty that answers them) is
    a row of its own, not "not reached"."""
    own = [[meaning_tokens(t) for t in tasks(text)] or [meaning_tokens(text)] for text in texts]
    # Each class task goes to the item of the position it is most like, when it is alike enough.
    met: list[list[list[Unit]]] = [[[] for _ in classes] for _ in texts]
    unreached: list[list[Unit]] = [[] for _ in classes]
    for k, class_units_ in enumerate(units):
        for unit in class_units_:
            best, where = _best_item(unit, own, weights)
            if where is not None and best >= MEETS_FROM:
                met[where][k].append(unit)
            else:
                unreached[k].append(unit)
    for k, spec in enumerate(classes):
        if coverage and spec.key in coverage:
            _as_the_fit_found(coverage[spec.key], [row[k] for row in met], unreached[k], units[k])
    rows = []
    for n, text in enumerate(texts):
        reached = tuple(c.key for c, found in zip(classes, met[n]) if found)
        share = f"{percent_text(percents[n])} of the time · " if percents[n] is not None else ""
        if not reached:
            row_kind, where = POSITION_ONLY, "in none of these classes"
        elif len(reached) == len(classes):
            row_kind, where = EVERY, "in every class" if len(classes) > 1 else f"in {reached[0]}"
        else:
            row_kind, where = SOME, f"in {', '.join(reached)}"
        label = f"Duty {n + 1} · " if kind == "duties" else ""
        rows.append(AuditRow(row_kind, _capital(f"{label}{share}{where}"), (Run(text),),
                             tuple(_met_runs(text, found) for found in met[n]), percents[n],
                             n if kind == "duties" else None, reached))
    if duties:
        duty_tasks = [[meaning_tokens(t) for t in tasks(text)] or [meaning_tokens(text)] for text in duties]
        by_duties: list[list[Unit]] = [[] for _ in classes]
        which: dict[str, int] = {}
        for k, left in enumerate(unreached):
            for unit in list(left):
                best, where = _best_item(unit, duty_tasks, weights)
                if where is not None and best >= MEETS_FROM:
                    left.remove(unit)
                    by_duties[k].append(unit)
                    which.setdefault(" ".join(unit.text.split()).casefold(), where)
        called = _unreached_rows(classes, by_duties, BY_DUTIES, "Called for by the position's duties",
                                 lambda key: (Run(f"Duty {which[key] + 1} · {_opening(duties[which[key]])}"),), "")
        keys = [" ".join("".join(run.text for run in next(c for c in r.cells if c != EMPTY)).split()).casefold()
                for r in called]
        rows += [r for _key, r in sorted(zip(keys, called), key=lambda pair: which[pair[0]])]
    rows += _unreached_rows(classes, unreached)
    return AuditSection(kind, title, tuple(rows))


def _opening(text: str, most: int = 80) -> str:
    """A duty's first sentence ("Agency liaison training and outreach."), or its first words."""
    first = re.split(r"(?<=[.;:])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= most else first[:most].rsplit(" ", 1)[0] + " …"


def _best_item(unit: Unit, items: list[list[frozenset[str]]], weights: WordWeights) -> tuple[float, int | None]:
    best, where = 0.0, None
    for n, item_tasks in enumerate(items):
        value = max((similarity(unit.tokens, t, weights) for t in item_tasks), default=0.0)
        if value > best:
            best, where = value, n
    return best, where


def _as_the_fit_found(found: Coverage, met: list[list[Unit]], unreached: list[Unit],
                      units: tuple[Unit, ...]) -> None:
    """One class's tasks by duty, made to agree with the fit: a duty it does not cover gives its tasks back to
    the tasks not reached; a duty it covers that no task went to gets the task the fit found most like it."""
    by_text = {unit.text: unit for unit in units}
    for n, tasks_met in enumerate(met):
        if n not in found.duties:
            unreached.extend(tasks_met)
            tasks_met.clear()
        elif not tasks_met and found.matches.get(n):
            text = found.matches[n]
            tasks_met.append(by_text.get(text) or Unit("duties", text, meaning_tokens(text)))
            unreached[:] = [unit for unit in unreached if unit.text != text]  # it meets this duty: it is reached
    order = {unit.text: i for i, unit in enumerate(units)}
    unreached.sort(key=lambda unit: order.get(unit.text, len(order)))


def _met_runs(text: str, units: list[Unit]) -> Runs:
    if not units:
        return EMPTY
    runs: list[Run] = []
    for n, unit in enumerate(units):
        if n:
            runs.append(Run("\n"))
        runs += [Run(s.text, _STYLE[s.op]) for s in related_segments(text, unit.text) if s.op in _STYLE]
    return tuple(runs)


def _unreached_rows(classes: tuple[ClassSpec, ...], unreached: list[list[Unit]], kind: str = NOT_REACHED,
                    label: str = "Not reached by the position", position=lambda _key: EMPTY,
                    style: str = "insert") -> list[AuditRow]:
    """A row per task of a class the position does not reach (or, with ``kind``, reaches otherwise); a task
    several classes give word for word (a shared series definition) is one row."""
    order: list[str] = []
    holders: dict[str, set[int]] = {}
    texts: dict[str, str] = {}
    for k, units in enumerate(unreached):
        for unit in units:
            key = " ".join(unit.text.split()).casefold()
            if key not in holders:
                order.append(key)
                holders[key] = set()
                texts[key] = unit.text
            holders[key].add(k)
    rows = []
    for key in order:
        cells = tuple((Run(texts[key], style),) if k in holders[key] else EMPTY for k in range(len(classes)))
        rows.append(AuditRow(kind, label, position(key), cells))
    return rows


def _level_section(position: Position, classes: tuple[ClassSpec, ...]) -> AuditSection:
    """The concepts, and each level cue as the position and each class read, side by side."""
    readings = [class_reading(own_concept(c), c.title, supervision_statement(c)) for c in classes]
    mine = position_reading(position.supervision_received, position.supervision_exercised,
                            [(d.text, s) for d, s in zip(position.duties, position.shares())], position.purpose,
                            position.title)
    rows = [AuditRow(SIDE_BY_SIDE, "Purpose and concept", _plain(position.purpose),
                     tuple(_plain(own_concept(c)) for c in classes))]
    rows.append(AuditRow(SIDE_BY_SIDE, "Supervision received", _plain(position.supervision_received),
                         tuple(_plain(_cue_text(r, "received")) for r in readings)))
    rows.append(AuditRow(SIDE_BY_SIDE, "Supervision exercised", _plain(position.supervision_exercised),
                         tuple(_plain(_cue_text(r, "exercised")) for r in readings)))
    # The level each class's concept names for itself, as the comparison's level factors read it ("the second
    # full performance level"), beside its grade: finer than a position is read at, and what tells levels apart.
    for name, label in (("level", "Level of work"), ("kind", "Nature of work")):
        named = name == "level" and any(r.named for r in readings)
        if getattr(mine, name) or any(getattr(r, name) for r in readings) or named:
            texts = [_cue_text(r, name) for r in readings]
            if name == "level":
                texts = [level_words(text, r.named) for text, r in zip(texts, readings)]
            rows.append(AuditRow(SIDE_BY_SIDE, label, _plain(_cue_text(mine, name)),
                                 tuple(_plain(t) for t in texts)))
    return AuditSection("level", "Concept and level", tuple(rows))


def _cue_text(reading: LevelReading, name: str) -> str:
    return grade_words(name, getattr(reading, name))


def _plain(text: str) -> Runs:
    text = re.sub(r"[ \t]+", " ", text or "").strip()
    return (Run(text),) if text else EMPTY


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
