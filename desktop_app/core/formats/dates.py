"""Dates as class specifications write them ("10/20/1931", "4/11/06", "May 20, 1975"); shared by formats."""

from __future__ import annotations

import re
from datetime import date

_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
_WORDED = re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
# "2019-03-14", and the day before the month: "14 March 2019" (the British and Australian way).
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
# "04-19-18", "03-14-2019": the month first, as with slashes.
_DASHED = re.compile(r"^\d{1,2}-\d{1,2}-\d{2,4}\b")
# Dates before this year are typing errors ("07/02/0181"); the state civil service began in 1913.
_EARLIEST_YEAR = 1900


def parse_date(text: str) -> date | None:
    """A date as a spec writes it ("10/20/1931", "4/11/06", "04-19-18", "2019-03-14", "May 20, 1975",
    "14 March 2019"), or None ("--", garbled)."""
    # OCR of older pages spelled some digits out ("January 2four, 2006", "16four").
    text = text.replace("four", "4").strip()
    m = _NUMERIC.match(text.replace("-", "/", 2) if _DASHED.match(text) else text)
    if m:
        month, day, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            # Two-digit years on these pages run from the 1940s to the 2010s.
            year += 2000 if year < 40 else 1900
    elif m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif (m := _WORDED.search(text)) and m.group(1).lower() in _MONTHS:
        month, day, year = _MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
    elif (m := _DAY_FIRST.search(text)) and m.group(2).lower() in _MONTHS:
        day, month, year = int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3))
    else:
        return None
    if year < _EARLIEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
