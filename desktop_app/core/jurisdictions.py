"""Jurisdictions: the short code a class is filed under and the name it is known by; codes made from names.

The library keeps the list (one row per jurisdiction); an import is handed the rows it knows and, for documents
that do not say where they come from, the jurisdiction the user named. No Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that say what kind of place a name is, not which one ("City of Eastvale" is EASTVALE); a county keeps
# a mark, since a county and its seat often share a name ("County of Alder" is ALDERCO).
_PLACE_KINDS = frozenset(("city", "town", "village", "township", "borough", "state", "commonwealth", "province",
                          "government", "municipality", "region", "shire", "district", "council", "of", "the",
                          "and", "for", "de", "du", "des", "la", "le"))
_COUNTY = frozenset(("county", "parish"))
# A code up to this many letters is the name itself ("LOSANGELES"); longer, its initials ("SBCO").
_WHOLE_CODE = 12
_BRACKETS = re.compile(r"\([^()]*+\)")  # innermost brackets: a run of "(" is read once, not once per "("


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str


@dataclass(frozen=True)
class Jurisdictions:
    """What an import knows of jurisdictions: the library's rows, and the one the user named (``default``) for
    documents that do not say which jurisdiction they come from."""

    known: tuple[Jurisdiction, ...] = ()
    default: Jurisdiction | None = None

    def named(self, name: str) -> Jurisdiction:
        """The jurisdiction a name or code stands for: a known one (by code or name, in any case, or a name that
        makes the code another name made), else a new one with a code made from the name, numbered where a
        jurisdiction of another name has it ("Commonwealth of Australia" is not California's CA: CA2)."""
        wanted = " ".join(name.split())
        for j in self.known:
            if wanted.casefold() == j.code.casefold() or _plain(wanted) == _plain(j.name):
                return j
        code = code_for(wanted)
        for j in self.known:
            # "Eastvale" and "City of Eastvale" make one code: one jurisdiction, worded two ways.
            if j.code == code and code_for(j.name) == code:
                return j
        taken = {j.code for j in self.known}
        unique = code if code not in taken else next(f"{code}{n}" for n in range(2, 1000) if f"{code}{n}" not in taken)
        return Jurisdiction(unique, wanted)


def code_for(name: str) -> str:
    """A short code for a jurisdiction's name: a code as given ("EV"), the place's name ("City of Eastvale" →
    EASTVALE, "Government of Canada" → CANADA, "County of Alder" → ALDERCO), or the initials of a long one
    ("San Bernardino County" → SBCO)."""
    name = " ".join(name.split())
    if re.fullmatch(r"[A-Za-z0-9]{1,8}", name):
        return name.upper()
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", _BRACKETS.sub(" ", ascii_name))
    county = any(w.lower() in _COUNTY for w in words)
    kept = [w for w in words if w.lower() not in _PLACE_KINDS | _COUNTY] or words or ["X"]
    suffix = "CO" if county else ""
    whole = "".join(kept).upper() + suffix
    return whole if len(whole) <= _WHOLE_CODE else "".join(w[0] for w in kept).upper() + suffix


def _plain(name: str) -> str:
    """A name for comparing: without remarks in brackets, in one case ("State of California (CalHR)")."""
    return " ".join(_BRACKETS.sub(" ", name).split()).casefold()
