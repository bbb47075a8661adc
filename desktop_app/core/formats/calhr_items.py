"""Paragraphs of a CalHR section to items: duties, knowledge/ability runs, MQ alternatives; no Qt, no SQL."""

from __future__ import annotations

import re

from desktop_app.core.formats.calhr_headings import alternative_label, is_connector
from desktop_app.core.formats.calhr_parts import Part
from desktop_app.core.formats.items import characteristic_kind, lead_in, list_items, split_runs
from desktop_app.core.model import Item, Section

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# A footnote of the printed page: "* Additional information …", "*Additional information …".
_FOOTNOTE = re.compile(r"^\*+\s*[A-Z]")
_FOOTNOTE_HEADING = "Note"
_SENTENCE_END = tuple(".!?:;)\"”")
_LIST_MARK = re.compile(r"^(?:\d+|[a-z])[.)]\s", re.IGNORECASE)
# A heading inside Minimum Qualifications ("Education Requirements", "License and Certification Requirements"):
# it names the requirements after it, and is no requirement of its own.
_SUBHEADING = re.compile(r"^[A-Z][\w/-]*(?:\s+(?:and|of|for|[A-Z][\w/-]*)){0,5}?\s+Requirements?$")
# The next alternative's label inside a paragraph, after a sentence end ("… Range B. Or II Three years …").
_INLINE_ALTERNATIVE = re.compile(r"(?<=[.;])\s+((?:Or|OR)\s+(?:Pattern\s+)?(?:I{1,3}|IV|VI{0,3}|IX|X))\s+(?=[A-Z0-9])")
# A requirement that lists what it asks for ("… in the following areas: 1. Child growth … 2. …", "… at
# either: 1. A school district …; or 2. …").
_LISTS_AFTER = re.compile(r"\bthe following\b[^.:]{0,200}:|:$", re.IGNORECASE)  # bounded: linear on any text


def part_sections(part: Part) -> list[Section]:
    """The sections one part of a page contributes (a Knowledge and Abilities part gives up to four)."""
    if part.role == "abilities_group":
        return _characteristics(part)
    texts = [b.text for b in part.blocks]
    if part.role == "qualifications":
        return [Section("qualifications", part.heading, tuple(Item(t) for t in qualification_texts(part)))]
    kind = part.role if part.role != "history" else "other"
    if kind == "concept":
        texts, notes = mended_concept(texts)
        if notes:
            return [Section(kind, part.heading, tuple(Item(t) for t in texts)),
                    Section("other", _FOOTNOTE_HEADING, tuple(Item(t) for t in notes))]
    return [Section(kind, part.heading, tuple(Item(t) for t in texts))]


def mended_concept(texts: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs of a concept with the printed page's footnotes taken out ("* Additional information …
    is contained in a separate document titled Allocation Guidelines."), and a paragraph the footnote cut in two
    ("Under general supervision," / "incumbents perform …") joined again. Returns (paragraphs, footnotes)."""
    paragraphs: list[str] = []
    notes: list[str] = []
    for text in texts:
        if _FOOTNOTE.match(text):
            notes.append(text)
        elif paragraphs and text[:1].islower() and not paragraphs[-1].endswith(_SENTENCE_END):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
    return paragraphs, notes


def qualification_texts(part: Part) -> list[str]:
    """One text per "Either I / Or II" alternative (label kept), else one per paragraph.

    A paragraph that is only "and" / "or" stays with the requirement before it, as the page prints
    "… in the California state service. and" at the end of the paragraph it continues. So do the numbered
    lines of a requirement that asks for "the following:". A heading of the section ("Education
    Requirements") opens the requirement after it; at the end of the part it heads another class's text and
    is left out.
    """
    items: list[str] = []
    current: list[str] | None = None
    waiting = ""
    listing = False  # the last item lists its parts in the numbered lines after it
    for b in part.blocks:
        if current is None and _SUBHEADING.match(b.text):
            waiting = f"{waiting} {b.text}".strip()
            continue
        numbered = bool(_LIST_MARK.match(b.text))
        if current is None and items and not waiting and numbered and (listing or _LISTS_AFTER.search(items[-1])):
            items[-1] = f"{items[-1]} {b.text}"
            listing = True
            continue
        listing = False
        found = alternative_label(b.text)
        if found and (b.kind in _HEADINGS or not found[1]):
            if current:
                items.append(" ".join(current))
            current = [found[0]] + ([found[1]] if found[1] else [])
            continue
        if current is not None:
            first, *others = _INLINE_ALTERNATIVE.split(b.text)
            current.append(first)
            for label, text in zip(others[::2], others[1::2]):
                items.append(" ".join(current))
                current = [label, text]
        elif is_connector(b.text):
            if items:
                items[-1] = f"{items[-1]} {b.text}"
            else:
                waiting = f"{waiting} {b.text}".strip()
        else:
            items.append(f"{waiting} {b.text}".strip())
            waiting = ""
    if current:
        items.append(" ".join(current))
    elif waiting and not _SUBHEADING.match(waiting):
        items.append(waiting)
    return items


def _characteristics(part: Part) -> list[Section]:
    """Knowledge / skills / abilities sections keyed by their lead-in ("Knowledge of"), and the rest as other."""
    runs: dict[tuple[str, str], tuple[str, list[Item]]] = {}
    others: list[Item] = []
    current: tuple[str, str] | None = None
    open_list = False
    for b in part.blocks:
        # Two runs in one paragraph need two colons; most paragraphs are not looked at again.
        for paragraph in split_runs(b.text, colon=True) if b.text.count(":") > 1 else (b.text,):
            m = lead_in(paragraph)
            if m:
                lead = m.group("lead")
                current = (characteristic_kind(lead), lead.lower())
                runs.setdefault(current, (lead, []))
                rest = paragraph[m.end():]
                runs[current][1].extend(characteristic_items(rest))
                open_list = not rest or rest.endswith(":")
            elif current and (open_list or b.kind == "li" or _LIST_MARK.match(paragraph)):
                runs[current][1].extend(characteristic_items(paragraph))
            else:
                others.append(Item(paragraph))
    sections = [Section(kind, lead, tuple(items)) for (kind, _), (lead, items) in runs.items() if items]
    if others:
        sections.append(Section("other", part.heading, tuple(others)))
    return sections


def characteristic_items(run: str) -> list[Item]:
    """Items of an "a; b; c." run, cut at semicolons outside parentheses, the final ";" or "." removed."""
    return list_items(run, stars=False)
