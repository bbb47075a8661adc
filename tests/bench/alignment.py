"""Quality of the pairing by responsibility, against the analysts' gold standard in tests/fixtures/alignment_gold/.

``uv run python -m tests.bench.alignment [--holdout | --all] [--only NAME,…] [--detail] [--strict]`` compares each gold series
level by level, as the window does, and scores the pairs of adjacent levels the comparison puts in one row
against the pairs the analyst made: precision, recall and F1 per section kind and granularity (task, paragraph,
item). A pair the gold calls acceptable is neither right nor wrong; pairs of text every level shares (``shared``)
and items a level keeps by "All of the above" are left out, as the gold's README says. The baseline, measured in
the same run, is the pairing by words in order that revisions of one class use (paragraph and item level).
Floors: F1 ≥ 0.85 on duties and concept tasks, ≥ 0.95 on knowledge, skills and abilities.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.core.compare import compare
from desktop_app.core.compare.assignment import best_pairs
from desktop_app.core.formats import parse_document
from desktop_app.core.jurisdictions import Jurisdictions
from tests.conftest import ROOT

GOLD = ROOT / "tests" / "fixtures" / "alignment_gold"
FLOORS = {("duties", "task"): 0.85, ("concept", "task"): 0.85, ("KSAs", "item"): 0.95}
GROUP = {"knowledge": "KSAs", "skills": "KSAs", "abilities": "KSAs"}


def collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.wrong += other.wrong

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_files(which: str, only: tuple[str, ...] = ()) -> list[Path]:
    tuning = sorted(GOLD.glob("*.json"))
    holdout = sorted((GOLD / "holdout").glob("*.json"))
    files = {"tuning": tuning, "holdout": holdout, "all": tuning + holdout}[which]
    return [f for f in files if not only or f.stem in only]


def specs_of(gold: dict) -> list:
    source = gold["source"]
    paths = source.values() if isinstance(source, dict) else [source]
    # Pages that do not say whose they are (a city's NEOGOV specs) name it in the gold: "jurisdiction".
    named = gold.get("jurisdiction")
    jurisdictions = Jurisdictions(default=Jurisdictions().named(named)) if named else None
    by_number = {}
    for path in dict.fromkeys(paths):
        full = (ROOT / path).resolve()
        if not full.is_file():
            raise FileNotFoundError(full)
        for spec in parse_document(full.read_bytes(), str(full), jurisdictions).classes:
            by_number[spec.number] = spec
    return [by_number[n] for n in gold["classes"]]


class Units:
    """One class's units in one section at one granularity, and which gold quote falls in which."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.collapsed = [collapse(t) for t in texts]

    def find(self, quote, occurrence: int | None = None) -> int | None:
        if isinstance(quote, dict):
            quote, occurrence = quote["quote"], quote.get("occurrence")
        quote = collapse(quote)
        hits = [i for i, t in enumerate(self.collapsed) if quote in t]
        if not hits:
            # A quote the engine's cut runs across: the unit holding its start.
            head = quote[: max(20, len(quote) // 2)]
            hits = [i for i, t in enumerate(self.collapsed) if head in t]
        if not hits:
            return None
        return hits[(occurrence or 1) - 1] if len(hits) >= (occurrence or 1) else hits[0]


def _section_rows(comparison, kind: str):
    section = [s for s in comparison.sections if s.kind == kind]
    return [row for s in section for row in s.rows]


def predicted_pairs(comparison, kind, granularity, a, b, specs):
    """The engine's units of classes a and b and the pairs of them that share a row."""
    rows = _section_rows(comparison, kind)
    if granularity in ("task", "item"):
        units_a, units_b, pairs = [], [], set()
        index_a, index_b = {}, {}
        inherited = set()
        for row in rows:
            ca, cb = row.cells[a], row.cells[b]
            if ca.text is not None and not ca.inherited:
                index_a.setdefault(id(row), len(units_a))
                units_a.append(ca.text)
            if cb.text is not None:
                index_b.setdefault(id(row), len(units_b))
                units_b.append(cb.text)
                if cb.inherited:
                    inherited.add(index_b[id(row)])
            if ca.text is not None and cb.text is not None and not ca.inherited:
                pairs.add((index_a[id(row)], index_b[id(row)]))
        return Units(units_a), Units(units_b), pairs, inherited
    # Paragraphs: the spec's own items; two paragraphs pair where their tasks share the most rows.
    items_a = [i.text for s in specs[a].sections_of(kind) for i in s.items]
    items_b = [i.text for s in specs[b].sections_of(kind) for i in s.items]
    counts = defaultdict(int)
    for row in rows:
        ca, cb = row.cells[a], row.cells[b]
        if ca.text is not None and cb.text is not None and not ca.inherited:
            pa = ca.paragraph if ca.paragraph is not None else _paragraph_of(ca.text, items_a)
            pb = cb.paragraph if cb.paragraph is not None else _paragraph_of(cb.text, items_b)
            if pa is not None and pb is not None:
                counts[pa, pb] += 1
    if not counts or not items_a or not items_b:
        return Units(items_a), Units(items_b), set(), set()
    matrix = [[counts.get((i, j), 0) for j in range(len(items_b))] for i in range(len(items_a))]
    return Units(items_a), Units(items_b), set(best_pairs(matrix, 0.0)), set()


def _paragraph_of(text: str, items: list[str]) -> int | None:
    return next((i for i, item in enumerate(items) if text in item), None)


def score_pair(entry: dict, gold: dict, comparison, specs) -> Score:
    classes = gold["classes"]
    a, b = classes.index(entry["from"]), classes.index(entry["to"])
    kind, granularity = entry["section"], entry["granularity"]
    units_a, units_b, predicted, inherited = predicted_pairs(comparison, kind, granularity, a, b, specs)
    shared_a, shared_b = set(), set()
    for shared in gold.get("shared", []):
        if shared["section"] == kind:  # shared at any grain: its tasks are shared too
            for quote in shared["quotes"]:
                for units, into, number in ((units_a, shared_a, entry["from"]), (units_b, shared_b, entry["to"])):
                    if number in shared.get("classes", classes):
                        found = units.find(quote)
                        if found is not None:
                            into.add(found)

    def link(item) -> tuple[int | None, int | None]:
        return units_a.find(item["a"], item.get("a_occurrence")), units_b.find(item["b"], item.get("b_occurrence"))

    gold_links = {link(item): item for item in entry.get("links", [])}
    acceptable = {link(item) for item in entry.get("acceptable", [])}
    score = Score()
    for pair, item in gold_links.items():
        if pair in predicted:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append((gold["name"], entry["from"], entry["to"], kind, item["a"][:50], item["b"][:50]))
    for pair in predicted:
        i, j = pair
        if pair in gold_links or pair in acceptable or i in shared_a or j in shared_b or j in inherited:
            continue
        score.fp += 1
        score.wrong.append((gold["name"], entry["from"], entry["to"], kind, units_a.texts[i][:50],
                            units_b.texts[j][:50]))
    return score


def baseline(specs):
    """Revisions' pairing (by words in order, paragraphs whole): the same texts under one class key."""
    same = [replace(spec, jurisdiction="ZZ", number="0") for spec in specs]
    return compare(same, labels=[f"{spec.number}#{n}" for n, spec in enumerate(specs)])


def run(which: str, only: tuple[str, ...] = ()) -> tuple[dict, dict]:
    ours: dict[tuple[str, str], Score] = defaultdict(Score)
    theirs: dict[tuple[str, str], Score] = defaultdict(Score)
    for path in gold_files(which, only):
        gold = json.loads(path.read_text(encoding="utf-8"))
        try:
            specs = specs_of(gold)
        except FileNotFoundError as missing:
            print(f"{path.name}: skipped, {missing} is not here")
            continue
        comparison = compare(specs)
        old = baseline(specs)
        for entry in gold["pairs"]:
            key = (GROUP.get(entry["section"], entry["section"]), entry["granularity"])
            ours[key].add(score_pair(entry, gold, comparison, specs))
            if entry["granularity"] != "task":
                theirs[key].add(score_pair(entry, gold, old, specs))
    return ours, theirs


ORDER = [("concept", "task"), ("concept", "paragraph"), ("duties", "task"), ("duties", "paragraph"),
         ("KSAs", "item"), ("qualifications", "item")]


def by_layout(files: list[Path]) -> dict[str, tuple[str, ...]]:
    """The gold files by the layout of their pages: a state's (Ohio, CalHR) or a city's (NEOGOV)."""
    city = tuple(f.stem for f in files if f.stem.startswith("neogov"))
    return {"state (Ohio, CalHR)": tuple(f.stem for f in files if f.stem not in city), "city (NEOGOV)": city}


def main(argv: list[str]) -> int:
    which = "holdout" if "--holdout" in argv else "all" if "--all" in argv else "tuning"
    only = tuple(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else ()
    if not gold_files(which, only):
        print(f"no gold files for the {which} set in {GOLD}")
        return 0
    ours, theirs = run(which, only)
    print(f"Pairing by responsibility against the gold standard ({which} set)")
    print(f"{'section':<15}{'grain':<10}{'links':>6}{'P':>7}{'R':>7}{'F1':>7}   {'baseline F1':>11}  floor")
    missed = False
    total = Score()
    for key in ORDER:
        if key not in ours:
            continue
        s = ours[key]
        total.add(s)
        base = theirs.get(key)
        floor = FLOORS.get(key)
        ok = "" if floor is None else ("ok" if s.f1 >= floor else "MISSED") + f" ≥ {floor}"
        missed |= floor is not None and s.f1 < floor
        base_text = f"{base.f1:11.3f}" if base is not None else f"{'—':>11}"
        print(f"{key[0]:<15}{key[1]:<10}{s.tp + s.fn:>6}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}   {base_text}  {ok}")
    print(f"{'all':<25}{total.tp + total.fn:>6}{total.precision:>7.3f}{total.recall:>7.3f}{total.f1:>7.3f}")
    layouts = {layout: names for layout, names in by_layout(gold_files(which, only)).items() if names}
    if len(layouts) > 1:
        print("F1 by layout")
        for layout, names in layouts.items():
            part, _ = run(which, names)
            figures = "  ".join(f"{key[0]} {key[1]} {part[key].f1:.3f}" for key in ORDER if key in part)
            print(f"  {layout:<24}{figures}")
    if "--detail" in argv:
        for key in ORDER:
            if key in ours:
                for miss in ours[key].misses:
                    print("  missed:", " | ".join(miss))
                for wrong in ours[key].wrong:
                    print("  wrong: ", " | ".join(wrong))
    return 1 if missed and "--strict" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
