"""What the fit reads of a class: its words by where they stand (title, concept, duties, series purpose, KSAs)
and its level cues, made once per revision and kept (a profile); and, for the few classes a fit explains, its
tasks with their meaning tokens (its units). No Qt, no SQL.

A profile is plain data (``to_dict``/``from_dict``), so that it can be kept and a large library is not read word
by word at every fit.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.compare.meaning import content_stems, meaning_tokens
from desktop_app.core.compare.tasks import tasks
from desktop_app.core.fit.clauses import clauses
from desktop_app.core.level_cues import LevelReading, class_reading, supervision_statement
from desktop_app.core.model import ClassSpec

# How much a word counts for by where the class uses it: the title and the concept say what the class is; the
# duties list examples; a series purpose is shared by every level; KSAs and other sections speak of it loosely.
FIELD_WEIGHTS = {"title": 3.0, "concept": 2.0, "duties": 1.5, "purpose": 1.0, "ksas": 0.5, "other": 0.3}
_KIND_FIELD = {"concept": "concept", "duties": "duties", "purpose": "purpose", "knowledge": "ksas", "skills": "ksas",
               "abilities": "ksas", "conditions": "other", "training": "other", "other": "other"}
# A task with fewer meaning tokens than this ("and", "Range A.") matches nothing by itself.
MIN_UNIT_TOKENS = 3
# Bump when a profile is read differently; kept profiles of another version are made again.
PROFILE_VERSION = 3


@lru_cache(maxsize=1)
def profile_version() -> str:
    """This reading's version: PROFILE_VERSION, the field weights, the vocabulary it tokenizes with (the
    comparison's, which may be tuned) and the patterns the level cues are read with, so that kept profiles
    never outlive the reading they were made with."""
    from desktop_app.core import level_cues
    from desktop_app.core.compare import vocabulary

    patterns = sorted(repr(v.pattern) for v in vars(level_cues).values() if isinstance(v, re.Pattern))
    words = repr((PROFILE_VERSION, sorted(FIELD_WEIGHTS.items()), sorted(vocabulary.SYNONYMS.items()),
                  [(t, p.pattern, w) for t, p, w in vocabulary.NOTIONS], patterns))
    return hashlib.sha256(words.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Unit:
    """One task of a class's concept, duties or series purpose, as the fit pairs it with a position's duties."""

    section: str  # "concept", "duties", "purpose"
    text: str
    tokens: frozenset[str]


@dataclass(frozen=True)
class ClassProfile:
    key: str
    jurisdiction: str
    number: str
    title: str
    series_code: str
    abolished: bool
    title_stems: frozenset[str]
    weights: dict[str, float]  # stem → the weight of the weightiest field using it, the title left out
    reading: LevelReading

    def stem_weight(self, stem: str, in_title: bool = True) -> float:
        weight = self.weights.get(stem, 0.0)
        if in_title and stem in self.title_stems:
            return max(weight, FIELD_WEIGHTS["title"])
        return weight

    def to_dict(self) -> dict:
        return {
            "k": self.key, "j": self.jurisdiction, "n": self.number, "t": self.title, "s": self.series_code,
            "a": self.abolished, "ts": sorted(self.title_stems), "w": self.weights,
            "r": self.reading.to_lists(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> ClassProfile:
        return cls(data["k"], data["j"], data["n"], data["t"], data["s"], data["a"], frozenset(data["ts"]), data["w"],
                   LevelReading.from_lists(data["r"]))


def own_concept(spec: ClassSpec) -> str:
    """The class's own concept: its concept sections, and a section headed with its own title (a series page
    whose definition of a level was read under the level's name)."""
    title = _plain(spec.title)
    texts = []
    for section in spec.sections:
        if section.kind == "concept" or (section.kind == "other" and _plain(section.heading) and
                                         title.startswith(_plain(section.heading))):
            texts += [item.text for item in section.items]
    return " ".join(texts)


# A series page gives every level the same purpose and many the same tasks: each text is read once.
@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return content_stems(text)


@lru_cache(maxsize=65536)
def _tokens(text: str) -> frozenset[str]:
    return meaning_tokens(text)


@lru_cache(maxsize=16384)
def _tasks(text: str) -> tuple[str, ...]:
    return tuple(clause for task in tasks(text) for clause in clauses(task))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split()).casefold()


def class_profile(spec: ClassSpec) -> ClassProfile:
    weights: dict[str, float] = {}

    def add(stems, field: str) -> None:
        weight = FIELD_WEIGHTS[field]
        for stem in stems:
            if weights.get(stem, 0.0) < weight:
                weights[stem] = weight

    for text in spec.series.purpose if spec.series else ():
        add(_stems(text), "purpose")
    for section in spec.sections:
        if section.kind == "qualifications":
            continue  # what it takes to enter the class, not what the class does
        field = _KIND_FIELD[section.kind]
        for item in section.items:
            add(_stems(item.text), field)
    reading = class_reading(own_concept(spec), spec.title, supervision_statement(spec))
    return ClassProfile(spec.key, spec.jurisdiction, spec.number, spec.title, spec.series.code if spec.series else "",
                        spec.abolished is not None, _stems(spec.title), weights, reading)


def class_units(spec: ClassSpec, min_tokens: int = MIN_UNIT_TOKENS) -> tuple[Unit, ...]:
    """The tasks of a class's concept, duties and series purpose, each with its meaning tokens, once each; a task
    of fewer than ``min_tokens`` tokens is left out."""
    purposes = list(spec.series.purpose) if spec.series else []
    concept = own_concept(spec)
    units: list[Unit] = []
    seen: set[str] = set()
    for kind, texts in (("concept", [concept] if concept else []),
                        ("duties", [i.text for s in spec.sections_of("duties") for i in s.items]),
                        ("purpose", purposes + [i.text for s in spec.sections_of("purpose") for i in s.items])):
        for text in texts:
            for task in _tasks(text):
                key = " ".join(task.split()).casefold()
                if key in seen:
                    continue  # a series purpose given twice (as the series' and as the page's section)
                seen.add(key)
                tokens = _tokens(task)
                if len(tokens) >= min_tokens:
                    units.append(Unit(kind, task, tokens))
    return tuple(units)
