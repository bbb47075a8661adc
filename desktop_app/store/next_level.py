"""The next level up from a class, read from the library: its series, or the classes whose qualifications name
it (found through the search index). SQLite only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.core.fit.levels import next_level_up

# Classes whose text names a class, read to find those that ask for experience in it; past this, the rest are
# classes of other occupations that merely mention it.
NAMING_READ = 200


def next_level_key(library, key: str, order: Sequence[str] = ()) -> str | None:
    """The key of the class above ``key`` (a ``store.library.Library``), or None when none can be found."""
    jurisdiction, _, number = key.partition(":")
    try:
        current = library.spec(jurisdiction, number)
    except LookupError:
        return None
    series = []
    if current.series:
        series = [library.spec(e.jurisdiction, e.number)
                  for e in library.classes(series_code=current.series.code, jurisdiction=jurisdiction)]
    title = " ".join(re.sub(r"\([^)]*\)", " ", current.title).split())
    naming = []
    if title:
        hits = library.search(f'"{title}"', limit=NAMING_READ)
        naming = [library.spec(h.jurisdiction, h.number) for h in hits
                  if h.jurisdiction == jurisdiction and h.number != number]
    above = next_level_up(current, series, naming, order)
    return above.key if above else None
