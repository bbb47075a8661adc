"""A word a printed page broke at a line end and a later copy kept broken ("respon- sibility", "develop- ment"),
joined again where the page itself writes the whole word elsewhere; a hyphenated compound ("well- being",
"year- for- year") and a break the page gives no whole word for are left as they are. Pure: no Qt, no SQL."""

from __future__ import annotations

import re

_BROKEN = re.compile(r"\b([a-z]{2,})- ([a-z]{2,})\b")
_WORD = re.compile(r"[a-z]+")


def page_words(texts) -> frozenset[str]:
    return frozenset(w for text in texts for w in _WORD.findall(text.lower()))


def joined(text: str, words: frozenset[str]) -> str:
    """``text`` with each broken word the page knows whole joined again."""
    if "- " not in text:
        return text
    return _BROKEN.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower() in words
                       else m.group(0), text)
