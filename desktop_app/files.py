"""Writing a file whole or not at all: a temporary file beside it, flushed to the disk, renamed over it. No Qt, no SQL.

A report written in place is truncated first: a full disk or a kill halfway leaves a broken file where the old
report was. Written this way, the old file stays until the new one is complete on the disk.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


def write_atomically(path: Path | str, data: bytes) -> None:
    """Make ``data`` the contents of the file at ``path``. OSError says why it could not be written (a missing
    folder, no permission, a full disk); the old file, if any, is then as it was and no temporary file is left."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to, not the link
    if _special(path):
        # A device or a pipe (/dev/stdout, /dev/full): nothing to rename over; written straight, errors and all.
        with open(path, "wb") as f:
            f.write(data)
        return
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # Made as open() makes a file (0666 less the umask), so the report's permissions are the usual ones.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    _sync_folder(path.parent)


def write_text_atomically(path: Path | str, text: str) -> None:
    write_atomically(path, text.encode("utf-8"))


def _special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def _sync_folder(folder: Path) -> None:
    """On POSIX, the rename itself reaches the disk only when the folder is flushed."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot flush a folder; the rename is still made
    finally:
        os.close(fd)
