"""What a CalHR heading means: section kind, class scope label, "Either I / Or II" label; stdlib only, no Qt, no SQL."""

from __future__ import annotations

import re
from functools import lru_cache

# Roles beyond the model's section kinds: "abilities_group" (a Knowledge and Abilities heading, cut into
# knowledge / skills / abilities items), "banner" (the page's "California State Personnel Board
# Specification" line) and "history" (Class History: its dates are read from the table).
_BANNER = "california state personnel board specification"

# First match wins; each rule is (words the normalised heading contains or starts with, role).
# Order matters: "Desirable Qualifications" before "qualifications", "Definition of Series" before
# "definition", "Special Personal Requirements" before anything about knowledge ("Special Knowledge").
_STARTS = (
    ("minimum qualification", "qualifications"),
    ("minimum requirement", "qualifications"),
    ("class history", "history"),
)
_CONTAINS = (
    ("desirable", "other"),
    ("competenc", "other"),
    ("alternate range", "other"),
    ("factors affecting", "other"),
    ("allocation", "other"),
    ("special personal", "conditions"),
    ("special physical", "conditions"),
    ("special and personal", "conditions"),
    ("special requirement", "conditions"),
    ("special characteristic", "conditions"),
    ("special medical", "conditions"),
    ("special license", "conditions"),
    ("special qualification", "conditions"),
    ("additional special", "conditions"),
    ("knowledge", "abilities_group"),
    ("knowlege", "abilities_group"),
    ("abilit", "abilities_group"),
    ("abilties", "abilities_group"),
    ("ablilit", "abilities_group"),
    ("abiilt", "abilities_group"),
    ("skills", "abilities_group"),
    ("typical task", "duties"),
    ("example of duties", "duties"),
    ("examples of duties", "duties"),
    ("typical duties", "duties"),
    ("scope", "purpose"),
    ("definition of series", "purpose"),
    ("description of series", "purpose"),
    ("distinguishing characteristics of series", "purpose"),
    ("series definition", "purpose"),
    ("definition", "concept"),
    ("description of level", "concept"),
    ("levels description", "concept"),
    ("distinguishing characteristic", "concept"),
    ("job characteristic", "concept"),
    ("job description", "concept"),
    ("class concept", "concept"),
    ("training requirement", "training"),
    ("training", "training"),
    ("experience requirement", "qualifications"),
    ("education requirement", "qualifications"),
    ("requirement", "conditions"),
    ("disqualification", "conditions"),
    ("age limitation", "conditions"),
    ("minimum age", "conditions"),
    ("background investigation", "conditions"),
    ("psychological screening", "conditions"),
    ("medical examination", "conditions"),
    ("willingness", "conditions"),
    ("peace officer standards", "conditions"),
)
_FOOTNOTE = re.compile(r"\[\d+\]|\(\*+\)|\*+")


@lru_cache(maxsize=4096)
def normalise_heading(text: str) -> str:
    """Lower case, footnote marks ("[1]", "*") and a final colon dropped: only for matching, never shown."""
    text = _FOOTNOTE.sub(" ", text).lower()
    return " ".join(text.split()).rstrip(":;., ")


@lru_cache(maxsize=4096)
def heading_role(text: str) -> str | None:
    """The role of a section heading, or None when the heading is not one CalHR pages use for sections."""
    h = normalise_heading(text)
    if not h:
        return None
    if h == _BANNER:
        return "banner"
    for start, role in _STARTS:
        if h.startswith(start):
            return role
    for word, role in _CONTAINS:
        if word in h:
            return role
    return None


# "Either I", "Or II", "OR III", "Or Pattern II", "AND Either I". "Either" with its numeral glued to the
# next word ("Either Ithree Years …", a conversion artifact) still counts when the numeral is upper case.
_ALTERNATIVE = re.compile(
    r"^(?P<label>(?:and\s+)?(?:either|or)\s+(?:pattern\s+)?(?P<numeral>iv|vi|v|i{1,3}))(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def alternative_label(text: str) -> tuple[str, str] | None:
    """("Either I", rest) when ``text`` opens a minimum-qualifications alternative, else None."""
    m = _ALTERNATIVE.match(text) if text[:1] in "AaEeOo" else None
    if not m:
        return None
    rest = m.group("rest")
    if rest and rest[0].isalpha():
        # Only "Either" is glued to its text; "Or In the …" / "Or Investigative …" are words.
        glued = "either" in m.group("label").lower() and m.group("numeral").isupper() and rest[0].islower()
        if not glued:
            return None
    rest = rest.lstrip(" .:)-–—")
    return m.group("label"), rest


_CONNECTOR = re.compile(r"^(?:and|or|and/or)[:;,]?$", re.IGNORECASE)


def is_connector(text: str) -> bool:
    """A paragraph that is only "and" / "or", joining the requirement before it to the one after it."""
    return bool(_CONNECTOR.match(text))


# "All Levels:", "Both Classes:", "At All Levels:", "All Levels Except …", "… and Above".
_ALL = re.compile(r"^(?:at\s+)?(?:all|both)\b", re.IGNORECASE)
_EXCEPT = re.compile(r"\bexcept\b", re.IGNORECASE)
_AND_ABOVE = re.compile(r"^(?P<lowest>.+?)(?<!\s)\s++(?:levels?\s++)?and\s++above\b", re.IGNORECASE)


def group_label(text: str) -> tuple[str, str] | None:
    """("all", except-text) or ("from", lowest class) for a heading naming a group of levels, else None."""
    h = normalise_heading(text)
    m = _AND_ABOVE.match(h)
    if m:
        return "from", m.group("lowest")
    if _ALL.match(h):
        parts = _EXCEPT.split(h, maxsplit=1)
        return "all", parts[1].strip() if len(parts) > 1 else ""
    return None


# Requirements that are part of the minimum qualifications when they stand under that heading
# ("License and Certification Requirements", "Education Requirement:").
_QUALIFYING = ("license", "certification", "credential", "registration", "education", "experience")


def is_qualifying_subheading(text: str) -> bool:
    h = normalise_heading(text)
    return any(word in h for word in _QUALIFYING)
