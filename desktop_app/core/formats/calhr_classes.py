"""Which classes of a CalHR series page a heading names ("Electrician I", "All Levels:"); no Qt, no SQL."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from desktop_app.core.formats.calhr_headings import group_label
from desktop_app.core.formats.titles import title_key

_VARIOUS = re.compile(r"(?<!\s)\s*+\((?:various|all) (?:classes|disasters|specialties)\)\s*")
# "All classes except A, B and C": the names apart. Spaces are read from a run's start only (see html_blocks).
_NAMES_APART = re.compile(r"(?<!\s)\s*+(?:,|\band\b)\s*")
_PAIR = re.compile(r"^(?P<stem>.+?)(?<!\s)\s++(?P<a>[ivx]+)\s++(?:and|&)\s++(?P<b>[ivx]+)\b(?P<tail>.*)$")
# A heading this close to a class title is that title mistyped ("Housing Fiance Chief (Single Family)").
_TYPO_RATIO = 0.92
# A heading that is the start of one class title, cut where the page wrapped it, names that class
# when it holds most of the title.
_PREFIX_SHARE = 0.6


class ClassMatcher:
    """Matches headings to the classes of one page (their order in the page's class table)."""

    def __init__(self, titles: list[str]) -> None:
        self.keys = [title_key(t) for t in titles]
        self._index = {k: i for i, k in enumerate(self.keys)}
        # Text much longer than every title is never one (checked before building its key).
        self.longest = max((len(t) for t in titles), default=0) + 10

    def exact(self, heading: str) -> int | None:
        if len(heading) > self.longest:
            return None
        return self._index.get(title_key(heading))

    def completes(self, heading: str) -> bool:
        """True when ``heading`` is a class title or the start of one (a heading wrapped onto two lines)."""
        key = title_key(heading)
        return bool(key) and any(k == key or k.startswith(key + " ") for k in self.keys)

    def classes(self, heading: str) -> frozenset[int] | None:
        """The classes a heading names, or None when it names none of them."""
        if len(self.keys) < 2:
            return None
        key = title_key(heading)
        if not key:
            return None
        if key in self._index:
            return frozenset((self._index[key],))
        group = group_label(heading)
        if group is not None:
            return self._group(*group)
        return self._various(key) or self._pair(key) or self._near(key)

    def _starting(self, key: str) -> list[int]:
        return [i for i, k in enumerate(self.keys) if k == key or k.startswith(key + " ")]

    def _group(self, how: str, words: str) -> frozenset[int] | None:
        everyone = set(range(len(self.keys)))
        if how == "from":
            start = self._starting(title_key(words))
            return frozenset(range(start[0], len(self.keys))) if start else None
        excluded: set[int] = set()
        for name in _NAMES_APART.split(words):
            excluded.update(self._starting(title_key(name)) if title_key(name) else ())
        return frozenset(everyone - excluded) or None

    def _various(self, key: str) -> frozenset[int] | None:
        stem = _VARIOUS.sub(" ", key).strip()
        if stem == key:
            return None
        found = self._starting(stem)
        return frozenset(found) if found else None

    def _pair(self, key: str) -> frozenset[int] | None:
        m = _PAIR.match(key)
        if not m:
            return None
        found = {
            self._index[k]
            for numeral in (m.group("a"), m.group("b"))
            if (k := " ".join(f"{m.group('stem')} {numeral}{m.group('tail')}".split())) in self._index
        }
        return frozenset(found) if found else None

    def _near(self, key: str) -> frozenset[int] | None:
        starting = self._starting(key)
        # "Staff Services Manager II" names both "… II (Supervisory)" and "… II (Managerial)".
        if len(starting) > 1 or (starting and len(key) >= _PREFIX_SHARE * len(self.keys[starting[0]])):
            return frozenset(starting)
        best, best_ratio = None, 0.0
        for i, k in enumerate(self.keys):
            # The ratio can reach the threshold only when the lengths are close; most titles stop here.
            if 2 * min(len(key), len(k)) < _TYPO_RATIO * (len(key) + len(k)):
                continue
            matcher = SequenceMatcher(None, key, k, autojunk=False)
            if matcher.quick_ratio() < _TYPO_RATIO:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = i, ratio
        return frozenset((best,)) if best is not None and best_ratio >= _TYPO_RATIO else None
