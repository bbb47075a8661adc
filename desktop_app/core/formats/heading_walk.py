"""A document's paragraphs cut into parts, one per section heading, for the heading-driven format.

Headings are found by the vocabulary (section_headings) in any style, and by their looks where the
vocabulary does not know them (a line in capitals, a short label ending in a colon). A heading that has
nothing under it before the next (a tab name over the document's own heading, "Essential Functions" then
"ESSENTIAL FUNCTIONS") gives way to the next. Inside a section, a label ending in a colon ("Physical
Demands:", "Option 1:", "License/Certificate:") is a sub-heading: it stays in the section. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.core.formats.class_identity import field_of
from desktop_app.core.formats.document_lines import LIST_MARK, Paragraph
from desktop_app.core.formats.items import lead_in
from desktop_app.core.formats.section_headings import MAX_HEADING_WORDS, heading_role

# A heading is a short line; a paragraph longer than this is text, whatever its words.
_HEADING_CHARS = 90
# "Definition: Under general supervision, …": a heading at the start of a paragraph, before a colon.
_INLINE_CHARS = 50
_INLINE_WORDS = 6
# Roles whose headings a section takes in as sub-headings: a licence or an "Education:" line under the
# qualifications, "Knowledge:" under KNOWLEDGE, SKILLS AND ABILITIES.
_TAKES_IN = {
    "qualifications": frozenset(("qualifications", "licence", "training")),
    "conditions": frozenset(("conditions", "licence")),
    "ksa": frozenset(("knowledge", "skills", "abilities", "ksa")),
}
_KSA_ROLES = frozenset(("ksa", "knowledge", "skills", "abilities"))
_MAIN_ROLES = frozenset(("concept", "duties", "ksa", "knowledge", "skills", "abilities", "qualifications"))


class Entry(NamedTuple):
    """A paragraph of a part, or a sub-heading (``label`` True) that stays in its section."""

    text: str
    line: int = 0
    label: bool = False


@dataclass
class Part:
    role: str
    heading: str
    line: int = 0
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Walk:
    """The head (paragraphs before the first section), the parts in order, and every field line."""

    head: list[Paragraph] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    fields: list[Paragraph] = field(default_factory=list)

    def roles(self) -> set[str]:
        return {p.role for p in self.parts}


def walk(paragraphs: list[Paragraph]) -> Walk:
    found = Walk()
    current: Part | None = None
    for p in paragraphs:
        text = p.text
        if field_of(text, in_head=current is None):
            found.fields.append(p)
            if current is None:
                found.head.append(p)
            continue
        heading = _heading(p, current)
        if heading is None and current is not None and current.role not in _KSA_ROLES and _opens_run(text, current):
            # "Knowledge of:" under the minimum qualifications: the knowledge and abilities start there.
            current = _open(found, current, "ksa", "Knowledge, skills and abilities", p.line)
            current.entries.append(Entry(text, p.line))
            continue
        if heading is None:
            inline = _inline_heading(text, current)
            if inline is not None:
                role, words, rest = inline
                current = _open(found, current, role, words, p.line)
                current.entries.append(Entry(rest, p.line))
            elif current is None:
                found.head.append(p)
            else:
                current.entries.append(Entry(text, p.line))
            continue
        role, sub = heading
        if role == "banner":
            if current is None:
                found.head.append(p)
            continue
        if sub and current is not None:
            current.entries.append(Entry(text, p.line, label=True))
            continue
        current = _open(found, current, role, text, p.line)
    return found


def _open(found: Walk, current: Part | None, role: str, heading: str, line: int) -> Part:
    heading = heading.strip().rstrip(":").strip()
    if current is not None and not current.entries:
        # Nothing under the heading before this one: a tab name, a group label, the same heading again.
        current.role, current.heading, current.line = role, heading, line
        return current
    part = Part(role, heading, line)
    found.parts.append(part)
    return part


def _heading(p: Paragraph, current: Part | None) -> tuple[str, bool] | None:
    """(role, is a sub-heading) when the paragraph is a heading, else None."""
    text = p.text.strip()
    if len(text) > _HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS or lead_in(text):
        return None
    if text.endswith((".", ";", ",")) and not p.level:
        return None
    role = heading_role(text)
    capitals = _in_capitals(text)
    colon = text.endswith(":")
    if role is None:
        # Before the first section, unknown lines in capitals are the title or a banner, not sections.
        if current is None or (LIST_MARK.match(text) and not p.level):
            return None
        if capitals or p.level:
            return "other", colon
        if colon and len(text.split()) <= _INLINE_WORDS and text[0].isupper():
            return "other", True
        return None
    if current is None:
        return role, False
    if not current.entries:
        # "MINIMUM QUALIFICATIONS:" over "Education and Experience:": the heading in capitals stays the heading.
        under = role == current.role or role in _TAKES_IN.get(current.role, ())
        return role, under and _in_capitals(current.heading) and not capitals
    if current.role == "qualifications" and role in _TAKES_IN["qualifications"]:
        return role, True  # "License/Certificate", "Education:", "Option 1:" are parts of the qualifications
    if role != current.role:
        return role, role in _TAKES_IN.get(current.role, ())
    # The same kind again: a label under the heading ("Physical Demands:" under PHYSICAL AND MENTAL DEMANDS),
    # or a section of its own ("DISTINGUISHING CHARACTERISTICS" after DEFINITION, WORKING CONDITIONS).
    inside = set(_words(text)) <= set(_words(current.heading))
    return role, (colon and not capitals) or inside


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in ("and", "or", "the", "of")]


def _opens_run(text: str, current: Part) -> bool:
    """"Knowledge of:" anywhere, or "Knowledge of …" under the qualifications, starts the knowledge and abilities
    ("Ability to attend evening meetings" under the special requirements is a requirement)."""
    m = lead_in(text)
    return bool(m and (m.group("colon") or current.role == "qualifications"))


def _inline_heading(text: str, current: Part | None) -> tuple[str, str, str] | None:
    """(role, heading, the rest) for "Definition: Under general supervision, …" where the words before the
    colon name a section other than the current one; None for "Education: …" under the qualifications."""
    head, colon, rest = text[:_INLINE_CHARS].partition(":")
    if not colon or len(head.split()) > _INLINE_WORDS or lead_in(text):
        return None
    role = heading_role(head)
    rest = (rest + text[_INLINE_CHARS:]).strip()
    if role is None or not rest or role in ("banner", "posting") and current is not None:
        return None
    if current is not None and role in _TAKES_IN.get(current.role, frozenset((current.role,))):
        return None
    if current is not None and role not in _MAIN_ROLES:
        return None
    return role, head, rest


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def strip_mark(text: str) -> str:
    """A list item's text without its mark ("1. Assists …", "• Assists …", "1.Directs …")."""
    return LIST_MARK.sub("", text, count=1).strip() if LIST_MARK.match(text) else text


def is_mark_only(text: str) -> bool:
    """A paragraph that is a list mark alone ("1." on its line, the item's text on the next)."""
    return bool(re.fullmatch(r"\(?\d{1,3}[.)]?|[•·●○◦▪■➢►\uf0b7*–-]", text.strip()))
