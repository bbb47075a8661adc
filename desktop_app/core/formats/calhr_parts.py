"""A CalHR page cut into parts: a section heading, the classes it applies to, its paragraphs; no Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.formats.calhr_classes import ClassMatcher
from desktop_app.core.formats.calhr_headings import (
    alternative_label,
    heading_role,
    is_connector,
    is_qualifying_subheading,
    normalise_heading,
)
from desktop_app.core.formats.html_blocks import Block
from desktop_app.core.formats.items import lead_in
from desktop_app.core.formats.titles import title_key

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Headings that are not headings: rules ("_____"), page numbers ("-2-"), list labels ("Ii.", "C.").
_DECORATION = re.compile(r"^(?:[\W_]*+|-\s*\w{1,2}\s*-|[ivxlc]{1,4}\.|[a-z]\.)\s*\)?$", re.IGNORECASE)
# Words of a sentence a conversion wrapped into a heading ("2000.", "213. )"): they end the paragraph before.
_FRAGMENT = re.compile(r"^[\d\s.,;:()-]+$")
# A heading ending in one of these words goes on in the next heading ("Minimum Qualifications for" / "… Class").
_DANGLING = re.compile(r"\b(?:for|of|and|the|in|to|at|on|with|or)$|,$", re.IGNORECASE)
# A paragraph standing for a heading ("Definition:", "Knowledges and abilities:") is short and ends in a colon.
_PSEUDO_WORDS = 6
_PSEUDO_LEVEL = 7
_SECTION_ROLES = frozenset(
    ("purpose", "concept", "duties", "abilities_group", "qualifications", "training", "conditions", "other")
)
# The running header of a page printed from a PDF: the class title and a page number ("… 2-").
_PAGE_MARK = re.compile(r"(?<!\s)\s*+-?\s*+\d{1,3}\s*+-?\s*+")
# "Typical Tasks: Installs, …" — only the main headings are taken from the start of a paragraph;
# "Training: …" or "Experience: …" there is a requirement, not a section.
_INLINE_HEADING_CHARS = 40
# A paragraph that is exactly one of these names is a heading set as a paragraph.
_BARE_HEADINGS = frozenset(
    (
        "definition", "typical tasks", "minimum qualifications", "knowledge and abilities", "scope",
        "distinguishing characteristics", "definition of levels", "definition of series",
        "special personal characteristics", "special physical characteristics", "additional desirable qualifications",
    )
)
_BARE_LONGEST = max(len(h) for h in _BARE_HEADINGS)
_INLINE_ROLES = frozenset(("concept", "duties", "qualifications", "abilities_group"))


@dataclass
class Part:
    """Paragraphs under one heading for some classes of the page (``targets`` None: every class)."""

    role: str
    heading: str
    targets: frozenset[int] | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class _Walk:
    matcher: ClassMatcher
    own_title: str
    parts: list[Part] = field(default_factory=list)
    role: str | None = None
    heading: str = ""
    level: int = 9
    scope: frozenset[int] | None = None
    part: Part | None = None
    fresh: bool = True
    listing: bool = False
    unheaded: str = "other"  # the role of paragraphs before the first heading

    def open_section(self, role: str, heading: str, level: int) -> None:
        self.role, self.heading, self.level, self.scope = role, heading, level, None
        self.part, self.fresh, self.listing = None, True, False

    def open_scope(self, targets: frozenset[int]) -> None:
        # Class headings one after another with nothing between them share what follows
        # ("Supervising Veterinarian (General)" / "Managing Veterinarian (General)" / their qualifications).
        if self.listing and self.scope is not None:
            targets = self.scope | targets
        self.scope, self.part, self.listing = targets, None, True

    def add(self, block: Block) -> None:
        if self.part is None:
            role = self.role or self.unheaded
            if role == "purpose" and self.scope is not None and len(self.scope) < len(self.matcher.keys):
                # "Definition of Series" going on class by class describes each class: their concepts.
                role = "concept"
            self.part = Part(role, self.heading, self.scope)
            self.parts.append(self.part)
        self.part.blocks.append(block)
        self.fresh = self.listing = False

    def extend_last(self, text: str) -> None:
        if self.part and self.part.blocks:
            last = self.part.blocks[-1]
            self.part.blocks[-1] = last._replace(text=f"{last.text} {text}")


def page_parts(content: list[Block], titles: list[str], own_title: str = "") -> list[Part]:
    """Cut the page's content into parts, in document order.

    ``titles`` are the classes of a series page (headings naming them scope what follows to them);
    ``own_title`` is a single-class page's title (a heading repeating it is no section).
    """
    walk = _Walk(ClassMatcher(titles), own_title)
    if own_title:
        # A single-class page whose "Definition" heading was lost opens with the definition itself.
        walk.unheaded = "concept"
    exact = walk.matcher.exact if len(titles) > 1 else None
    add = walk.add
    for b in _join_wrapped(content, walk.matcher):
        text = b.text
        if b.kind in _HEADINGS:
            _heading(walk, text, int(b.kind[1]))
        elif own_title and text.startswith(own_title) and _PAGE_MARK.fullmatch(text[len(own_title) :]):
            continue
        elif exact is not None and (index := exact(text)) is not None:
            # A class title set as a paragraph ("SENIOR BENEFIT PROGRAM SPECIALIST (CalPERS)") heads its part.
            walk.open_scope(frozenset((index,)))
        elif (text[-1] == ":" or (len(text) <= _BARE_LONGEST and text.lower() in _BARE_HEADINGS)) and (
            _is_pseudo_heading(text)
        ):
            _heading(walk, text, _PSEUDO_LEVEL)
        elif ":" in text[:_INLINE_HEADING_CHARS] and (inline := _inline_heading(text)):
            _heading(walk, inline[0], _PSEUDO_LEVEL)
            add(b._replace(text=inline[1]))
        else:
            add(b)
    return walk.parts


def _is_pseudo_heading(text: str) -> bool:
    return (
        len(text.split()) <= _PSEUDO_WORDS
        and not lead_in(text)  # a knowledge / skill / ability run is a paragraph, never a heading
        and heading_role(text) not in (None, "banner", "history")
    )


def _inline_heading(text: str) -> tuple[str, str] | None:
    """("Typical Tasks:", "Installs, …") for a paragraph that starts with one of the main headings."""
    head, _, rest = text.partition(":")
    if rest.strip() and _is_pseudo_heading(head) and heading_role(head) in _INLINE_ROLES:
        return head + ":", rest.strip()
    return None


def _heading(walk: _Walk, text: str, level: int) -> None:
    if len(text) < 8 or not text[0].isalpha():
        if _DECORATION.match(text):
            return
        if _FRAGMENT.match(text):
            walk.extend_last(text)
            return
    if walk.role == "qualifications" and (alternative_label(text) or is_connector(text)):
        walk.add(Block("h3", text))
        return
    role = heading_role(text)
    if role == "banner":
        return
    # A class title first ("Training Officer" is a class, not a Training section); other ways of naming
    # classes ("All Levels:", "… and Above", a mistyped title) only for headings that name no section.
    exact = walk.matcher.exact(text)
    targets = frozenset((exact,)) if exact is not None else None if role else walk.matcher.classes(text)
    if targets is not None:
        walk.open_scope(targets)
        return
    if role is not None:
        sub = level > walk.level and role == walk.role
        if walk.role == "qualifications" and (
            (role == "qualifications" and not normalise_heading(text).startswith("minimum"))
            or (role == "conditions" and is_qualifying_subheading(text))
        ):
            sub = True
        if not sub:
            walk.open_section(role, text, level)
            return
    elif walk.own_title and _names_own_class(text, walk.own_title):
        return
    elif walk.role is None or not (level > walk.level or walk.fresh):
        walk.open_section("other", text, level)
        return
    # A sub-heading inside a section ("Education Requirement:", a group of tasks): its words stay in the section.
    walk.add(Block("h3", text))


def _names_own_class(text: str, own_title: str) -> bool:
    key, own = title_key(text), title_key(own_title)
    return bool(key) and (own == key or own.startswith(key + " "))


def _join_wrapped(content: list[Block], matcher: ClassMatcher) -> list[Block]:
    """Join headings the page wrapped onto two or three heading lines."""
    out: list[Block] = []
    for b in content:
        prev = out[-1] if out else None
        if prev is not None and b.kind in _HEADINGS and prev.kind in _HEADINGS:
            joined = f"{prev.text} {b.text}"
            if (
                (_DANGLING.search(prev.text) and not alternative_label(b.text))
                # "Minimum Qualifications for Research Program Specialist" / "(Demography) Class"
                or (b.text[:1] == "(" and not prev.text.endswith(":") and heading_role(prev.text) in _SECTION_ROLES)
            ) or (
                len(matcher.keys) > 1
                and heading_role(prev.text) is None
                and matcher.exact(prev.text) is None
                and matcher.completes(joined)
            ):
                out[-1] = prev._replace(text=joined)
                continue
        out.append(b)
    return out
