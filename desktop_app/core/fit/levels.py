"""The next level up from a class: the class above it in its series' ladder, or, for a class of no series, a class
whose minimum qualifications ask for experience in it. No Qt, no SQL."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.core.compare.ladder_order import ladder, title_rank
from desktop_app.core.model import ClassSpec

_OPTION = re.compile(r"\(([^()]*+)\)")


def _options(spec: ClassSpec) -> set[str]:
    return {o.strip().casefold() for o in _OPTION.findall(spec.title)}


def _qualifications(spec: ClassSpec) -> str:
    return " ".join(" ".join(i.text.split()) for s in spec.sections_of("qualifications") for i in s.items).casefold()


def names_as_experience(spec: ClassSpec, current: ClassSpec) -> bool:
    """Whether ``spec``'s minimum qualifications name ``current`` (by number, or by title without its options)."""
    text = _qualifications(spec)
    if not text or spec.key == current.key:
        return False
    if re.search(rf"(?<![\w.]){re.escape(current.number)}(?!\w)", text):
        return True
    title = " ".join(_OPTION.sub(" ", current.title).split()).casefold()
    return bool(title) and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", text) is not None


def next_level_up(current: ClassSpec, series: Sequence[ClassSpec], naming: Sequence[ClassSpec],
                  order: Sequence[str] = ()) -> ClassSpec | None:
    """The class above ``current``: in the ladder of its ``series`` (the next level, one with the same options
    in brackets first: "Office Assistant (General)" → "Office Technician (General)"); else among the classes
    whose qualifications name it (``naming``), the one the fit ranks best (``order``: keys, best first), then
    the lowest by its title's level words."""
    living = [s for s in series if not s.abolished]
    if len(living) > 1 and any(s.key == current.key for s in living):
        levels = ladder(living)
        place = next(i for i, s in enumerate(levels) if s.key == current.key)
        above = levels[place + 1:]
        if above:
            same = [s for s in above if _options(s) == _options(current)]
            return (same or above)[0]
    candidates = [s for s in naming if not s.abolished and names_as_experience(s, current)
                  and title_rank(s) >= title_rank(current)]
    if not candidates:
        return None
    rank = {key: i for i, key in enumerate(order)}
    return min(candidates, key=lambda s: (rank.get(s.key, len(rank)), title_rank(s), s.key))
