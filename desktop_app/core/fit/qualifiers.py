"""The department, setting or kind of employment a class title is restricted to, and whether a position has it.

"Tax Technician II, Board of Equalization", "Radiologic Technologist, Correctional Facility", "Benefit Program
Specialist (Calpers)", "Seasonal Clerk": a class meant for one department, setting or kind of appointment fits a
position of another only by accident, whatever its duties say. Which tails of titles name departments and
settings is read from the library itself (every ", …" tail some title has). No Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.compare.meaning import content_stems

# Kinds of appointment a title can be restricted to; a position that does not say it is one is not.
EMPLOYMENT_WORDS = ("seasonal", "temporary", "intermittent", "casual", "limited-term", "retired annuitant")
# Tails that are no department or setting: a career executive assignment, a range.
_NOT_PLACES = frozenset({"cea", "range a", "range b", "range c"})
_OPTION = re.compile(r"\([^()]*+\)")


def title_tail(title: str) -> str:
    """What follows a title's first comma, its options in brackets left out ("Board of Equalization")."""
    if "," not in title:
        return ""
    return _OPTION.sub("", title.split(",", 1)[1]).strip()


def known_places(titles: Iterable[str]) -> frozenset[str]:
    """Every tail of a title in the library, in lower case: the departments and settings classes are made for."""
    return frozenset(t.casefold() for title in titles if (t := title_tail(title)) and t.casefold() not in _NOT_PLACES)


def qualifiers(title: str, places: frozenset[str]) -> list[str]:
    """The departments, settings and kinds of appointment a title names."""
    found = []
    tail = title_tail(title)
    if tail and tail.casefold() not in _NOT_PLACES:
        found.append(tail)
    for option in re.findall(r"\(([^)]*)\)", title):
        if option.strip().casefold() in places:
            found.append(option.strip())
    lowered = title.casefold()
    found += [word for word in EMPLOYMENT_WORDS if re.search(rf"\b{re.escape(word)}\b", lowered)]
    return found


def initials(name: str) -> set[str]:
    """How a department is abbreviated: "Board of Equalization" → BOE, BE; "Franchise Tax Board" → FTB."""
    words = re.findall(r"[A-Za-z][\w']*", name)
    capitals = [w for w in words if w[0].isupper()]
    found = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in capitals).upper()}
    return {a for a in found if len(a) >= 2}


@dataclass(frozen=True)
class Qualifier:
    """A department, setting or kind of appointment a class is for, with the words and initials it goes by."""

    text: str
    stems: frozenset[str]
    initials: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Qualifier:
        return cls(text, content_stems(text), frozenset(initials(text)))

    def named_in(self, stems: frozenset[str], capitals: frozenset[str]) -> bool:
        """Whether a position's text names it: all its words, or its initials ("FTB")."""
        return bool(self.stems) and self.stems <= stems or bool(self.initials & capitals)
