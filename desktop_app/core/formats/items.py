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
