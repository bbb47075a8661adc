"""Which library class a position description names: "Benefits Management Representative (65250)", "OA (G)",
"SSA", "PPT II (Personnel Program Technician II)", "Staff Services Analyst (General), Range C". No Qt, no SQL.

A description names its class by number, by title, by the title without the department it belongs to, or by
the initials everyone in the agency uses. A name that fits several classes (a bare "OA") gives all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})"
_FUNCTION = frozenset("of and the for in to a an &".split())
# What a description adds to a class's name that is no part of it: ranges, "(to be filled …)", "N/A".
_REMARKS = re.compile(r"(?<![\s,]),?\s*+\b(?:range|step|ranges)\s++[a-z](?:\s*+/\s*+[a-z])?\b.*$",
                      re.IGNORECASE)


class NamedClass(NamedTuple):
    key: str  # "CA:5157"
    number: str
    title: str


def _norm(text: str) -> str:
    text = text.replace("&", " and ").replace("\u2019", "'")
    return " ".join(re.sub(r"[^\w'()/]+", " ", text).split()).casefold()


def _base(title: str) -> str:
    """A title without its department or setting ("…, Board of Equalization") and options ("(General)")."""
    return re.sub(r"\s*\([^)]*\)", "", title.split(",")[0]).strip()


def _initials(words: str) -> str:
    letters = []
    for word in re.findall(r"[A-Za-z][\w'-]*", words):
        if re.fullmatch(_ROMAN, word) and word.isupper():
            letters.append(" " + word)
        elif word.lower() not in _FUNCTION:
            letters.append(word[0].upper())
    return "".join(letters).strip()


def abbreviations(title: str) -> set[str]:
    """The initials a class goes by: "Staff Services Analyst (General)" → SSA, SSA (G), SSA (GENERAL)."""
    base = _initials(_base(title))
    if len(base.replace(" ", "")) < 2:
        return set()
    found = {base}
    for option in re.findall(r"\(([^)]*)\)", title.split(",")[0]):
        found |= {f"{base} ({option.upper()})", f"{base} ({_initials(option)})"}
    return found


class ClassNames:
    """The library's classes, looked up by the names a position description gives them."""

    def __init__(self, classes: Iterable[NamedClass]) -> None:
        self.by_number: dict[str, list[str]] = {}
        self.by_title: dict[str, list[str]] = {}
        self.by_base: dict[str, list[str]] = {}
        self.by_initials: dict[str, list[str]] = {}
        for entry in classes:
            self.by_number.setdefault(entry.number, []).append(entry.key)
            self.by_title.setdefault(_norm(entry.title), []).append(entry.key)
            self.by_base.setdefault(_norm(_base(entry.title)), []).append(entry.key)
            for short in abbreviations(entry.title):
                self.by_initials.setdefault(short, []).append(entry.key)

    def resolve(self, stated: str) -> list[str]:
        """The classes a stated class names, best reading first; [] when it names none in the library."""
        text = _REMARKS.sub("", stated.strip())
        if not text:
            return []
        for number in re.findall(r"(?:\(|/|#|^)\s*([0-9]{4,6})\s*(?:\)|$)", text):
            if number in self.by_number:
                return list(self.by_number[number])
        # The name, the name before a remark in brackets, and a name spelled out in brackets ("PPT II (Personnel
        # Program Technician II)").
        readings = [text, re.sub(r"\s*\((?:to be|for|pending|formerly|vacant|new)\b[^)]*\)", "", text, flags=re.I)]
        readings += [inner for inner in re.findall(r"\(([^)]{6,})\)", text)]
        readings += [re.sub(r"\s*[/(].*$", "", text)]
        for reading in readings:
            reading = reading.strip(" ,;:-")
            if not reading:
                continue
            for table in (self.by_title, self.by_base):
                keys = table.get(_norm(reading))
                if keys:
                    return list(keys)
        for reading in readings:
            short = re.sub(r"\s+", " ", reading.strip(" ,;:-")).upper()
            if short in self.by_initials:
                return list(self.by_initials[short])
        return []
