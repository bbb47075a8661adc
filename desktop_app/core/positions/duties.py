"""Duties and their shares of time, as position descriptions write them. No Qt, no SQL.

Seen in real descriptions: "1. (40%) …", "Duty 1 (35%): …", "40% – …", "35% E …" (California's essential and
marginal functions), "DUTY A - 35% of time - …", "Task 1 — 40% — …", "1. 40% (E) …", "A. 35% — …", a Word
table's row "35% | E | …", and a PDF's table run into one paragraph ("… to the analysts. 25% Supervision. …").
A share opens a duty only where a duty can open — at the start of a line, or after the end of a sentence — and
is followed by the duty's first word: "about 65% of call volume" or "grown 30%" inside a sentence is text.
"""

from __future__ import annotations

import re

from desktop_app.core.positions.model import Duty

_NUMBER = r"(?P<percent>\d{1,3}(?:\.\d{1,2})?)\s*%"
# What may stand before the share: "Duty 1", "DUTY A -", "Task 1 —", "1.", "A.", "(a)".
_BEFORE = r"(?:(?:duty|task|function)\s+[A-Z0-9]{1,2}\b\s*[-–—:]?\s*|(?-i:\(?[A-Z0-9]{1,2}[.)]\s+))?"
# The share itself, in brackets or not, perhaps "of time", perhaps an essential/marginal mark.
_SHARE = rf"\(?\s*{_NUMBER}\s*\)?(?:\s*of\s+(?:the\s+)?time)?(?:\s*\(?(?-i:[EM])\)?(?=\s))?"
_AFTER = r"\s*[-–—:]?\s*(?=(?-i:[A-Z\"“(]))"
_MARKER = re.compile(rf"(?=\S){_BEFORE}{_SHARE}{_AFTER}", re.IGNORECASE)
# Where a duty may open: the start of a line, or after a sentence's end.
# A table's heading row run into the text by a PDF ("% of Time Job Duties 30% …") ends in a heading word.
_OPENING = re.compile(r"(?:^|(?<=\n)|(?:(?<=[.;:!?)])|(?<=[Dd]uties)|(?<=DUTIES)|(?<=[Ff]unctions))\s+)[ \t]*",
                      re.MULTILINE)
# A share at a line's end (a table whose share column comes last): "Reviews contract packages … 40%"; the duty is
# the rest of its line.
_TRAILING = re.compile(rf"(?<![\d.]){_NUMBER}\)?[^\S\n]*+$", re.MULTILINE)
_TOTAL = re.compile(r"^[^\w\n]*+total\b.*$", re.IGNORECASE | re.MULTILINE)
# Numbered or bulleted duties without shares: "1.", "a)", "•", "-".
_ITEM = re.compile(r"^[^\S\n]*+(?:\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|[•\-*–])\s+", re.MULTILINE)


def _markers(text: str) -> list[re.Match]:
    found = []
    for opening in _OPENING.finditer(text):
        match = _MARKER.match(text, opening.end())
        if match and not (found and match.start() < found[-1].end()):
            found.append(match)
    return found


def parse_duties(text: str) -> list[Duty]:
    """The duties of a duties section, with their shares; without shares, one duty per numbered item or
    paragraph. Lines that total the shares ("Total: 100%") and a table's heading row are left out."""
    text = _TOTAL.sub("", text)
    markers = _markers(text)
    if markers:
        duties = []
        for n, match in enumerate(markers):
            end = markers[n + 1].start() if n + 1 < len(markers) else len(text)
            body = _joined(text[match.end():end])
            if body:
                duties.append(Duty(body, float(match.group("percent"))))
        return duties
    trailing = []
    for match in _TRAILING.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        body = text[start:match.start()].rstrip(" \t-–—|(")
        if len(body) >= 20 and body[:1].isupper():
            trailing.append(Duty(_joined(body), float(match.group("percent"))))
    if len(trailing) >= 2:
        return trailing
    return [Duty(body) for body in _unshared(text)]


def _unshared(text: str) -> list[str]:
    if len(_ITEM.findall(text)) >= 2:
        parts = _ITEM.split(text)
        return [body for part in parts[1:] if (body := _joined(part))]
    return [body for part in re.split(r"\n\s*\n", text) if (body := _joined(part)) and len(body.split()) >= 4]


def _joined(text: str) -> str:
    return " ".join(text.split())
