"""Write transactions on a library: one writer at a time, which waits its turn; a write that cannot be made says why
in one line. SQLite only, no Qt."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from desktop_app.store.errors import LibraryError

# How long a writer waits for another to finish (another import's document, or its search-index batch) before
# it gives up and says so. Each of those takes well under a second.
BUSY_SECONDS = 30


class LibraryBusy(LibraryError):
    """Another program held the library for writing all the while a writer waited."""


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction that writes: all of it is saved, or nothing.

    BEGIN IMMEDIATE takes the write lock first, waiting on the busy timeout while another writer holds it. A
    transaction that read first and wrote after (BEGIN DEFERRED) could not wait: once another program had
    written in between, SQLite refuses it at once ("database is locked").
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as e:
        raise write_error(e, conn) from None
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(e, sqlite3.DatabaseError):
            raise write_error(e, conn) from None
        raise


def write_error(e: sqlite3.Error, conn: sqlite3.Connection | None = None, path: object = None) -> LibraryError:
    """The one line a failed write says, in the user's words, after the library's path."""
    path = path or (_file_of(conn) if conn is not None else "")
    where = f"{path}: " if path else ""
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF  # the primary code of an extended one
    text = str(e)
    if code == sqlite3.SQLITE_BUSY or "database is locked" in text:
        return LibraryBusy(f"{where}another program is writing to the library (another import?); "
                           "try again when it has finished")
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return LibraryError(f"{where}the disk is full: the library could not be written, "
                            "and holds what was saved before")
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or code == sqlite3.SQLITE_CANTOPEN:
        return LibraryError(f"{where}the library is read-only (the file or its folder cannot be written); "
                            "nothing was changed")
    if code == sqlite3.SQLITE_CORRUPT:
        return LibraryError(f"{where}the library is damaged ({text}); nothing was changed")
    return LibraryError(f"{where}the library could not be written ({text}); nothing was changed")


def _file_of(conn: sqlite3.Connection) -> str:
    try:
        return next((f for _seq, name, f in conn.execute("PRAGMA database_list") if name == "main"), "")
    except sqlite3.Error:
        return ''
