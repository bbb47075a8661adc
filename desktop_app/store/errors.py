"""The store's one error: a library that cannot be opened, read or written, said in one line. SQLite only, no Qt."""

from __future__ import annotations

import sqlite3


class LibraryError(Exception):
    """A library file that cannot be opened, read or written; what is already in the file stays as it was."""


def read_error(e: sqlite3.Error, path: object) -> LibraryError:
    """The one line a failed read says (a damaged page, a file that went away)."""
    return LibraryError(f"{path}: the library could not be read ({e})")
