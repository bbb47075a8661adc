"""Class titles as keys for matching (a heading or a table row to a class), and what a class number may look
like; shared by formats. Stdlib only."""

from __future__ import annotations

import re
from functools import lru_cache

# A class number as Ohio and California write them ("65251", "6410", "1154.1"): letters, digits, "." and "-".
CLASS_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,11}$", re.IGNORECASE)

# Punctuation becomes a space (an opening parenthesis stays, after a space); letters and digits stay.
_KEY_TABLE = str.maketrans(
    {ch: " " for ch in "!\"#$%&'*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014\ufffd\xa0"} | {"(": " ("}
)


@lru_cache(maxsize=8192)
def title_key(title: str) -> str:
    """A class title for matching headings and table rows to classes: lower case, words only."""
    return " ".join(title.lower().translate(_KEY_TABLE).split())
