"""A word a printed page broke at a line end and a later copy kept broken ("respon- sibility", "develop- ment"),
joined again where the page itself writes the whole word elsewhere; a hyphenated compound ("well- being",
"year- for- year") and a break the page gives no whole word for are left as they are. Pure: no Qt, no SQL."""

from __future__ import annotations

import re

_BROKEN = re.compile(r"\b([a-z]{2,})- ([a-z]{2,})\b")


def joined(texts: list[str]) -> list[str]:
    """The texts of one page, each broken word the page knows whole joined again. Most pages have no break:
    they cost one search."""
    page = "\n".join(texts)
    breaks = set()
    at = page.find("- ")
    while at != -1:  # str.find, not the pattern over the whole page: a page has few "- " and much text
        if page[at - 1:at].islower() and page[at + 2:at + 3].islower():
            start = at - 1
            while start > 0 and page[start - 1].isalpha():
                start -= 1
            found = _BROKEN.match(page, start)
            if found:
                breaks.add(found.group(1) + found.group(2))
        at = page.find("- ", at + 2)
    if not breaks:
        return texts
    lower = page.lower()
    whole = {word for word in breaks if re.search(rf"\b{word}\b", lower)}
    if not whole:
        return texts
    return [_BROKEN.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in whole else m.group(0), t)
            if "- " in t else t for t in texts]
