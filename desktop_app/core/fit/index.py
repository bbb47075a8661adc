"""The library's classes made ready to rank against a position: an inverted index of their weighted words, and
what is needed of each class to explain a fit (its title, level cues, departments). No Qt, no SQL.

Built from class profiles (profile.py) once per library state; kept as JSON by the store, so that a fit after
the library is open reads one value instead of every class.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.compare.meaning import WordWeights, bundled_weights
from desktop_app.core.fit.profile import ClassProfile, Unit
from desktop_app.core.fit.qualifiers import Qualifier, known_places, qualifiers
from desktop_app.core.level_cues import LevelReading
from desktop_app.core.positions.class_names import ClassNames, NamedClass

# A word this common (inverse document frequency below it) adds nearly nothing to any score and is not indexed.
INDEX_FROM = 0.2
BLOB_VERSION = 2

# Class keys → the units (tasks with their meaning tokens) of those classes: read for the classes a fit explains.
UnitsLoader = Callable[[Sequence[str]], dict[str, tuple[Unit, ...]]]


def no_units(keys: Sequence[str]) -> dict[str, tuple[Unit, ...]]:
    return {}


def units_of(specs: Iterable) -> UnitsLoader:
    """A loader over class specs in memory (a test's, a benchmark's)."""
    from desktop_app.core.fit.profile import class_units

    by_key = {spec.key: spec for spec in specs}
    return lambda keys: {k: class_units(by_key[k]) for k in keys if k in by_key}


@dataclass(frozen=True)
class IndexedClass:
    key: str
    jurisdiction: str
    number: str
    title: str
    series_code: str
    abolished: bool
    norm: float  # the length of its weighted word vector
    reading: LevelReading
    qualifiers: tuple[Qualifier, ...]


class FitIndex:
    """Classes, and for each indexed stem the classes using it, flat: class, weight with the title, weight without,
    class, … (a flat list loads and scans faster than tuples)."""

    def __init__(self, classes: Sequence[IndexedClass], postings: dict[str, list],
                 units: UnitsLoader | None = None, weights: WordWeights | None = None) -> None:
        self.classes = list(classes)
        self.postings = postings
        self.units = units or no_units  # keys → their units, read when a class is explained
        self.weights = weights or bundled_weights()
        self.position = {c.key: i for i, c in enumerate(self.classes)}
        self._names: ClassNames | None = None

    def __len__(self) -> int:
        return len(self.classes)

    @property
    def names(self) -> ClassNames:
        if self._names is None:
            self._names = ClassNames(NamedClass(c.key, c.number, c.title) for c in self.classes if not c.abolished)
        return self._names

    @classmethod
    def from_profiles(cls, profiles: Iterable[ClassProfile], units: UnitsLoader | None = None,
                      weights: WordWeights | None = None) -> FitIndex:
        profiles = list(profiles)
        weights = weights or bundled_weights()
        places = known_places(p.title for p in profiles)
        classes: list[IndexedClass] = []
        postings: dict[str, list] = {}
        for i, profile in enumerate(profiles):
            total = 0.0
            for stem in set(profile.weights) | profile.title_stems:
                idf = weights.weight(stem)
                with_title = profile.stem_weight(stem)
                total += (with_title * idf) ** 2
                if idf >= INDEX_FROM:
                    postings.setdefault(stem, []).extend((i, with_title, profile.stem_weight(stem, in_title=False)))
            classes.append(IndexedClass(profile.key, profile.jurisdiction, profile.number, profile.title,
                                        profile.series_code, profile.abolished, math.sqrt(total) or 1.0,
                                        profile.reading,
                                        tuple(Qualifier.of(q) for q in qualifiers(profile.title, places))))
        return cls(classes, postings, units, weights)

    def to_json(self) -> str:
        return json.dumps({
            "version": BLOB_VERSION,
            "classes": [[c.key, c.jurisdiction, c.number, c.title, c.series_code, c.abolished, c.norm,
                         c.reading.to_lists(),
                         [q.text for q in c.qualifiers]] for c in self.classes],
            "postings": self.postings,
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, units: UnitsLoader | None = None, weights: WordWeights | None = None) -> FitIndex:
        data = json.loads(text)
        if data.get("version") != BLOB_VERSION:
            raise ValueError("a fit index of another version")
        classes = [IndexedClass(k, j, n, t, s, a, norm, LevelReading.from_lists(r),
                                tuple(Qualifier.of(text) for text in q))
                   for k, j, n, t, s, a, norm, r, q in data["classes"]]
        return cls(classes, data["postings"], units, weights)
