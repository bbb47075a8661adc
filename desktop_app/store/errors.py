"""The store's one error: a library that cannot be opened or written, said in one line. SQLite only, no Qt."""

from __future__ import annotations


class LibraryError(Exception):
    """A library file that cannot be opened, or written; what is already in the file stays as it was."""
