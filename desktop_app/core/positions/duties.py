"""Duties and their shares of time, as position descriptions write them. No Qt, no SQL.

Seen in real descriptions: "1. (40%) …", "Duty 1 (35%): …", "40% – …", "35% E …" (California's essential and
marginal functions), "DUTY A - 35% of time - …", "Task 1 — 40% — …", "1. 40% (E) …", "A. 35% — …", a Word
table's row "35% | E | …", and a PDF's table run into one paragraph ("… to the analysts. 25% Supervision. …").
A share opens a duty only where a duty can open — at the start of a line, or after the end of a sentence — and
is followed by the duty's first word: "about 65% of call volume" or "grown 30%" inside a sentence is text. Some
descriptions give the share after the duty ("… for management. (40%)", or "Percent of time: 50%" on a line below
it): there each share closes the duty written since the one before. A table's share column read as text may
lose its "%" ("40      Processes …"): such numbers are shares when they add up to 100.
"""

from __future__ import annotations

import re

from desktop_app.core.positions.model import Duty

_NUMBER = r"(?P<percent>\d{1,3}(?:\.\d{1,2})?)(?>\s*)(?:%|per\s?cent\b)"
# What may stand before the share: "Duty 1", "Duty #1 –", "DUTY A -", "Task 1 —", "1.", "A.", "(a)".
# (Runs of spaces are read atomically, (?>\s*): a long run costs its length once, never its square.)
_BEFORE = (r"(?:(?:duty|task|function)(?>\s+)#?[A-Z0-9]{1,2}\b(?>\s*)(?:[-–—:](?>\s*))?"
           r"|(?-i:\(?[A-Z0-9]{1,2}[.)](?>\s+)))?")
# The share itself, in brackets or not, perhaps "of time", perhaps an essential/marginal mark.
_SHARE = (rf"\(?(?>\s*){_NUMBER}(?>\s*)\)?(?>\s*)(?:of(?>\s+)(?:the(?>\s+))?time(?>\s*))?"
          r"(?:\(?(?-i:[EM])\)?(?=\s))?")
# After the share, the duty's first word: a capital, or any word after a dash or colon ("40% - reviews …").
_AFTER = r"(?>\s*)(?:[-–—:](?>\s*)(?=[A-Za-z\"“(])|(?=(?-i:[A-Z\"“(])))"
_MARKER = re.compile(rf"(?=\S){_BEFORE}{_SHARE}{_AFTER}", re.IGNORECASE)
# Where a duty may open: the start of a line, or after a sentence's end.
# A table's heading row run into the text by a PDF ("% of Time Job Duties 30% …") ends in a heading word.
_OPENING = re.compile(r"(?:^|(?<=\n)|(?:(?<=[.;:!?)])|(?<=[Dd]uties)|(?<=DUTIES)|(?<=[Ff]unctions))\s+)[ \t]*",
                      re.MULTILINE)
# A share at a line's end (a table whose share column comes last): "Reviews contract packages … 40%"; the duty is
# the rest of its line.
_TRAILING = re.compile(rf"(?<![\d.]){_NUMBER}\)?[^\S\n]*+$", re.MULTILINE)
# A share that closes its duty: at the end of the duty's last line ("… for management. (40%)") or on a line of
# its own below it ("Percent of time: 50%").
_CLOSING = re.compile(
    r"(?<!\S)(?=[(\d%pPtT])(?:(?:percent(?:age)?[^\S\n]++of[^\S\n]++(?:the[^\S\n]++)?time|%[^\S\n]++of[^\S\n]++time"
    r"|time(?:[^\S\n]++spent)?)[^\S\n]*+[:=\-–]?[^\S\n]*+)?\(?[^\S\n]*+(?<![\d.])"
    r"(?P<percent>\d{1,3}(?:\.\d{1,2})?)[^\S\n]*+(?:%|per[^\S\n]?cent\b)[^\S\n]*+\)?"
    r"(?:[^\S\n]++of[^\S\n]++(?:the[^\S\n]++)?time)?[^\S\n]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# A table's share column read as text, its numbers without "%": "40      Processes applications …".
_BARE_SHARE = re.compile(r"^[^\S\n]*+(?P<percent>\d{1,3}(?:\.\d{1,2})?)(?:[^\S\n]{2,}|\t)[^\S\n]*(?=[A-Z\"“(])",
                         re.MULTILINE)
_LEADING_ITEM = re.compile(r"^(?:\(?[A-Z0-9]{1,2}[.)]|[•\-*–])\s+")
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
    closing = _closing(text) or _bare(text)
    if closing:
        return closing
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


def _closing(text: str) -> list[Duty]:
    """Duties whose shares come after them: each share closes the duty written since the share before it. Only
    where the text opens with a duty, not a share, and no share opens a duty on its own line's text."""
    shares = list(_CLOSING.finditer(text))
    if len(shares) < 2 or len(text[:shares[0].start()].split()) < 4:
        return []
    at = {m.start("percent") for m in shares}
    if any(m.start("percent") not in at for m in _markers(text)):
        return []  # a share that opens a duty: the shares come first
    duties, start = [], 0
    for match in shares:
        body = _LEADING_ITEM.sub("", _joined(text[start:match.start()]))
        if body:
            duties.append(Duty(body, float(match.group("percent"))))
        start = match.end()
    return duties if len(duties) >= 2 else []


def _bare(text: str) -> list[Duty]:
    """Shares without "%" at the starts of lines, as a table's column: only when they add up to about 100."""
    shares = list(_BARE_SHARE.finditer(text))
    numbers = [float(m.group("percent")) for m in shares]
    if len(shares) < 2 or not 95 <= sum(numbers) <= 105 or numbers == list(range(1, len(numbers) + 1)):
        return []  # not shares, or a numbered list ("1  Reviews …", "2  Drafts …")
    duties = []
    for n, match in enumerate(shares):
        end = shares[n + 1].start() if n + 1 < len(shares) else len(text)
        if body := _joined(text[match.end():end]):
            duties.append(Duty(body, float(match.group("percent"))))
    return duties


def _unshared(text: str) -> list[str]:
    if len(_ITEM.findall(text)) >= 2:
        parts = _ITEM.split(text)
        return [body for part in parts[1:] if (body := _joined(part))]
    return [body for part in re.split(r"\n\s*\n", text) if (body := _joined(part)) and len(body.split()) >= 4]


def _joined(text: str) -> str:
    return " ".join(text.split())
