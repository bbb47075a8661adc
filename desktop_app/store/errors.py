"""The store's one error: a library that cannot be opened, read or written, said in one line. SQLite only, no Qt."""

from __future__ import annotations

import sqlite3


class LibraryError(Exception):
    """A library file that cannot be opened, read or written; what is already in the file stays as it was."""


def read_error(e: sqlite3.Error, path: object) -> LibraryError:
    """The one line a failed read says (a damaged page, a file that went away)."""
    return LibraryError(f"{path}: the library could not be read ({e})")


def guarded(call, path: object):
    """``call()``, which reads the library; a read that fails at SQLite's level (a damaged page, a file that went
    away) becomes the one line of read_error, so that a caller without SQL of its own (the window) can say it."""
    try:
        return call()
    except sqlite3.DatabaseError as e:
        raise read_error(e, path) from None
