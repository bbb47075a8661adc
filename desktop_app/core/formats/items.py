"""Cutting running text into items (knowledge, skills, abilities lists); shared by formats. No Qt, no SQL."""

from __future__ import annotations

import re

from desktop_app.core.model import Item

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = set(_OPENERS.values())
# A final period is the sentence's, not the item's, unless the last word is an abbreviation.
_ABBREVIATIONS = {"etc.", "e.g.", "i.e.", "inc.", "co.", "mos.", "yrs.", "no.", "jr.", "sr.", "st.", "u.s."}


def split_outside_parentheses(text: str, separator: str = ";") -> list[str]:
    """Split at ``separator`` where it is not inside (), [] or {}: "(e.g., a; b)" stays one piece."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def list_items(text: str) -> list[Item]:
    """Items of a "a; b; c*." run: trimmed, the sentence's final period and a trailing ``*`` removed.

    A trailing ``*`` marks a characteristic developed after employment.
    """
    items: list[Item] = []
    for piece in split_outside_parentheses(text):
        piece = piece.strip()
        if piece.endswith(".") and not _ends_with_abbreviation(piece):
            piece = piece[:-1].rstrip()
        after = False
        if piece.endswith("*"):
            piece = piece.rstrip("*").rstrip()
            after = True
        if piece:
            items.append(Item(piece, after_employment=after))
    return items


def _ends_with_abbreviation(text: str) -> bool:
    last = text.rsplit(None, 1)[-1].lower()
    return last in _ABBREVIATIONS


LEAD_INS = re.compile(r"(?:^|(?<=[.;:]\s))(Knowledge of|Skills? in|Abilit(?:y|ies) to)\b\s*:?")


def split_characteristics(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut "Knowledge of …. Skill in …. Ability to …" into (lead-in, run) pairs.

    Returns the text before the first lead-in (usually empty) and the pairs in document order.
    """
    matches = list(LEAD_INS.finditer(text))
    if not matches:
        return text.strip(), []
    before = text[: matches[0].start()].strip()
    runs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        end = nxt.start() if nxt else len(text)
        runs.append((m.group(1), text[m.end() : end].strip()))
    return before, runs
