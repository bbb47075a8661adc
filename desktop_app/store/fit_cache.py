"""The fit's profiles of the library's classes, kept in a cache file beside the library. SQLite only, no Qt.

Reading a class for the fit (its tasks and their meaning tokens) takes milliseconds a class, seconds for a state's
plan; so each current revision's profile is made once and kept, keyed by the revision's content hash and the
profile version, and the whole index by the set of those hashes. The library file itself is never written by a
fit: the cache is a file of its own (``library.sqlite.fit-cache``), which can be deleted at any time and is made
again; where it cannot be written, the profiles live in memory for the session.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.core.fit.index import FitIndex, UnitsLoader
from desktop_app.core.fit.profile import ClassProfile, Unit, class_profile, class_units, profile_version

CACHE_SUFFIX = ".fit-cache"
_BATCH = 100

_SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (hash TEXT NOT NULL, version TEXT NOT NULL, data TEXT NOT NULL,
                                     PRIMARY KEY (hash, version));
CREATE TABLE IF NOT EXISTS indexes (digest TEXT PRIMARY KEY, data TEXT NOT NULL);
"""


class FitCancelled(Exception):
    """The fit's preparation was stopped (its should_cancel answered True)."""


def cache_path(library_path: Path | str) -> Path:
    path = Path(library_path)
    return path.with_name(path.name + CACHE_SUFFIX)


def _open_cache(library_path: Path | str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(cache_path(library_path)), isolation_level=None, check_same_thread=False,
                               timeout=30)
        # A cache: losing its last writes to a crash costs a rebuild, never the library.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
    except sqlite3.Error:
        # A read-only folder, a damaged cache: the profiles live in memory for this session.
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.executescript(_SCHEMA)
    return conn


def _current(library) -> list[tuple[str, str, str]]:
    """(jurisdiction, number, content hash) of every class's current revision."""
    return library.conn.execute(
        """SELECT c.jurisdiction, c.number, r.content_hash FROM classes c JOIN revisions r ON r.id = c.current_revision
           ORDER BY c.jurisdiction, c.number""").fetchall()


def kept_profiles(library) -> list[ClassProfile]:
    """The profiles the cache keeps of the library's classes as they stand (after ``open_fit_index``)."""
    return _profiles(_open_cache(library.path), [h for _j, _n, h in _current(library)], profile_version())


def open_fit_index(library, on_progress: Callable[[int, int], None] | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> FitIndex:
    """The fit index of the library as it stands (a ``store.library.Library``): read from the cache, or made
    from the profiles there and those it lacks, read now (``on_progress(done, total)`` as classes are read)."""
    rows = _current(library)
    version = profile_version()
    hashes = {f"{j}:{n}": h for j, n, h in rows}
    digest = hashlib.sha256("\n".join([version, *(f"{k} {h}" for k, h in hashes.items())]).encode()).hexdigest()
    cache = _open_cache(library.path)
    units = units_loader(library)
    stored = cache.execute("SELECT data FROM indexes WHERE digest = ?", [digest]).fetchone()
    if stored is not None:
        try:
            return FitIndex.from_json(stored[0], units)
        except (ValueError, KeyError, TypeError):
            pass  # a cache of another version: made again below
    try:
        cache.execute("DELETE FROM profiles WHERE version != ?", [version])  # made by another reading
    except sqlite3.Error:
        pass
    kept = {h for (h,) in cache.execute("SELECT hash FROM profiles WHERE version = ?", [version])}
    missing = [(j, n, h) for j, n, h in rows if h not in kept]
    _make_profiles(library, cache, missing, version, on_progress, should_cancel)
    profiles = _profiles(cache, [h for _j, _n, h in rows], version)
    index = FitIndex.from_profiles(profiles, units)
    try:
        with cache:
            cache.execute("BEGIN")
            cache.execute("DELETE FROM indexes")  # only the library's latest state is worth keeping
            cache.execute("INSERT OR REPLACE INTO indexes (digest, data) VALUES (?, ?)", [digest, index.to_json()])
    except sqlite3.Error:
        pass  # another program holds the cache; this index is made again next time
    return index


def _make_profiles(library, cache: sqlite3.Connection, missing: list[tuple[str, str, str]], version: str,
                   on_progress, should_cancel) -> None:
    total = len(missing)
    done = 0
    if on_progress is not None:
        on_progress(0, total)
    for start in range(0, total, _BATCH):
        if should_cancel is not None and should_cancel():
            raise FitCancelled()
        part = missing[start:start + _BATCH]
        batch = [library.spec(j, n) for j, n, _h in part]
        made = [class_profile(spec).to_dict() for spec in batch]
        rows = [(h, version, json.dumps(data, ensure_ascii=False)) for (_j, _n, h), data in zip(part, made)]
        try:
            with cache:  # one transaction a batch
                cache.execute("BEGIN")
                cache.executemany("INSERT OR REPLACE INTO profiles (hash, version, data) VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            pass  # another program holds the cache: these are read again next time
        done += len(batch)
        if on_progress is not None:
            on_progress(done, total)


def _profiles(cache: sqlite3.Connection, hashes: list[str], version: str) -> list[ClassProfile]:
    found = {}
    for start in range(0, len(hashes), 500):
        part = hashes[start:start + 500]
        marks = ",".join("?" * len(part))
        for h, data in cache.execute(f"SELECT hash, data FROM profiles WHERE version = ? AND hash IN ({marks})",
                                     [version, *part]):
            found[h] = ClassProfile.from_dict(json.loads(data))
    return [found[h] for h in hashes if h in found]


def units_loader(library) -> UnitsLoader:
    """The units of classes read from the library (their current revisions), for the few a fit explains."""

    def units(keys: Sequence[str]) -> dict[str, tuple[Unit, ...]]:
        found = {}
        for key in keys:
            jurisdiction, _, number = key.partition(":")
            try:
                found[key] = class_units(library.spec(jurisdiction, number))
            except LookupError:
                continue  # a class gone since the index was made
        return found

    return units
