"""This program's session: a lock file held while it runs, so that another program on the same library can tell
whether the drafts a session wrote belong to a window still open (left alone) or to one closed, crashed or
killed (reopened). A killed program's lock is found stale by its process id (QLockFile)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile


def sessions_folder() -> Path:
    import platformdirs  # here: not before the window's first paint

    from desktop_app.store.location import APP_FOLDER

    return platformdirs.user_data_path(APP_FOLDER, appauthor=False) / "sessions"


class Session:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or sessions_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.id = os.urandom(16).hex()  # as unique as a uuid4, without loading uuid before the first paint
        self._lock = QLockFile(str(self._path(self.id)))
        self._lock.setStaleLockTime(0)  # held for as long as the program runs
        self._lock.tryLock(0)

    def _path(self, session: str) -> Path:
        return self.folder / f"{session}.lock"

    def running_elsewhere(self, session: str | None) -> bool:
        """A draft of ``session`` belongs to another program still running (not to this one, not to one that
        has stopped, not to a draft older than sessions)."""
        if not session or session == self.id or not self._path(session).exists():
            return False
        probe = QLockFile(str(self._path(session)))
        probe.setStaleLockTime(0)
        if probe.tryLock(0):  # its program stopped without unlocking: a crash or a kill
            probe.unlock()
            return False
        return True

    def others_running(self) -> bool:
        """Another program holds a session: this one is a second window, and starts with no tabs of its own."""
        return any(self.running_elsewhere(path.stem) for path in self.folder.glob("*.lock"))

    def close(self) -> None:
        self._lock.unlock()
