"""Cutting running text into items (knowledge, skills, abilities lists); shared by formats. No Qt, no SQL."""

from __future__ import annotations

import re

from desktop_app.core.model import Item

_BRACKETS = re.compile(r"[;()\[\]{}]")
# A final period is the sentence's, not the item's, unless the last word is an abbreviation.
_ABBREVIATIONS = ("etc.", "e.g.", "i.e.", "inc.", "co.", "mos.", "yrs.", "no.", "jr.", "sr.", "st.", "u.s.")


def split_outside_parentheses(text: str) -> list[str]:
    """Split at semicolons that are not inside (), [] or {}: "(e.g., a; b); c" gives two pieces."""
    if "(" not in text and "[" not in text and "{" not in text:
        return text.split(";")
    pieces: list[str] = []
    depth = 0
    start = 0
    for m in _BRACKETS.finditer(text):
        ch = m.group()
        if ch == ";":
            if depth == 0:
                pieces.append(text[start : m.start()])
                start = m.end()
        elif ch in "([{":
            depth += 1
        else:
            depth = max(0, depth - 1)
    pieces.append(text[start:])
    return pieces


def list_items(text: str, stars: bool = True) -> list[Item]:
    """Items of a "a; b; c*." run: trimmed, the sentence's final period removed.

    With ``stars`` (Ohio's convention), a trailing ``*`` marks a characteristic developed after employment
    and is removed from the text.
    """
    items: list[Item] = []
    for piece in split_outside_parentheses(text):
        piece = piece.strip()
        if piece.endswith(".") and not piece.lower().endswith(_ABBREVIATIONS):
            piece = piece[:-1].rstrip()
        after = False
        if stars and piece.endswith("*"):
            piece = piece.rstrip("*").rstrip()
            after = True
        if piece:
            items.append(Item(piece, after_employment=after))
    return items


# The lead-in of a knowledge, skill or ability run, the one pattern every format reads them by: "Knowledge of",
# "Skill in", "Ability to", "Abilities as", a word of degree before ("Thorough knowledge of", "Working knowledge
# of") and a second noun after ("Knowledge of and skill in"), then a colon or not.
_LEAD = (
    # Possessive and anchored at a word's start, so that a long run of letters is read once (linear time).
    r"(?P<lead>(?:\b(?!(?:knowledges?|skills?|abilit(?:y|ies))\b)[a-z][\w-]*+\s++)?+"
    r"(?P<noun>\bknowledges?|\bskills?|\babilit(?:y|ies))\s++(?:of|in|to|as)\b"
    r"(?:\s+and\s+(?:skills?\s+in|abilit(?:y|ies)\s+to)\b)?)(?P<colon>\s*:)?\s*"
)
LEAD_IN = re.compile(_LEAD, re.IGNORECASE)
# Inside running text a run starts a sentence: at the start, or after ". ", "; " or ": ", with a capital.
_RUN_START = re.compile(r"(?:^|(?<=[.;:]\s))(?=(?-i:[A-Z]))" + _LEAD, re.IGNORECASE)
_KINDS = {"k": "knowledge", "s": "skills", "a": "abilities"}


def lead_in(text: str) -> re.Match | None:
    """The lead-in that opens ``text`` ("Knowledge of:", "Thorough knowledge of"), or None."""
    return LEAD_IN.match(text)


def characteristic_kind(lead: str) -> str:
    """knowledge, skills or abilities: the kind of items a lead-in introduces ("Working knowledge of" → knowledge)."""
    m = LEAD_IN.match(lead)
    return _KINDS[(m.group("noun") if m else lead)[0].lower()]


def split_runs(text: str, colon: bool = False) -> list[str]:
    """``text`` cut before each run that starts inside it ("… procedures. Ability to: …"); with ``colon``, only
    before lead-ins followed by a colon (a paragraph that only mentions an ability goes on)."""
    starts = [m.start() for m in _RUN_START.finditer(text) if m.start() and (m.group("colon") or not colon)]
    if not starts:
        return [text]
    bounds = [0, *starts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def split_characteristics(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut "Knowledge of …. Skill in …. Ability to …" into (lead-in, run) pairs.

    Returns the text before the first lead-in (usually empty) and the pairs in document order.
    """
    matches = list(_RUN_START.finditer(text))
    if not matches:
        return text.strip(), []
    before = text[: matches[0].start()].strip()
    runs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        end = nxt.start() if nxt else len(text)
        runs.append((m.group("lead"), text[m.end() : end].strip()))
    return before, runs
