"""Where the library lives (user data folder, CLASSCOMPARE_LIBRARY, --library) and filling a new one."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.paths import resource

LIBRARY_ENV = "CLASSCOMPARE_LIBRARY"
APP_FOLDER = "ClassSpecCompare"


def default_library_path() -> Path:
    import platformdirs  # only when no library was named: it is a measurable part of the window's start

    return platformdirs.user_data_path(APP_FOLDER, appauthor=False) / "library.sqlite"


def library_path(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(LIBRARY_ENV):
        return Path(os.environ[LIBRARY_ENV]).expanduser()
    return default_library_path()


def bundled_specs() -> Path:
    return resource("specs")


def open_library(explicit: str | os.PathLike | None = None):
    """Open the library; a library that does not exist yet is created with the bundled specs in it."""
    # Imported here: the window resolves the path before its first paint, and opens the library after;
    # the importers load only when a new library is to be filled.
    from desktop_app.store.library import Library

    path = _checked_path(explicit)
    new = _is_new(path)
    # A file of no bytes with a journal beside it is a library this program was making when it was stopped.
    was_empty = new and path.is_file() and not any(Path(f"{path}{s}").exists() for s in ("-journal", "-wal"))
    library = Library(path)
    if new:
        from desktop_app.store.importing import import_paths

        import_paths(library, [bundled_specs()])
    if was_empty:
        # Adopted, but said: an empty file may have been meant for something else.
        library.notice = f"{path} was an empty file; it is now a new library with the bundled specs"
    return library


def open_catalog(explicit: str | os.PathLike | None = None):
    """Open the library to list and search it (a Catalog), as the window does before its first paint; a
    library that does not exist yet is created and filled first (open_library)."""
    path = _checked_path(explicit)
    if _is_new(path):
        return open_library(explicit).catalog
    from desktop_app.store.catalog import Catalog

    return Catalog(path)


def _checked_path(explicit: str | os.PathLike | None) -> Path:
    path = library_path(explicit)
    if not path.parent.is_dir() and path != default_library_path():
        from desktop_app.store.schema import LibraryError

        # A mistyped --library or CLASSCOMPARE_LIBRARY should not quietly make folders and a library.
        raise LibraryError(f"{path}: the folder {path.parent} does not exist")
    return path


def _is_new(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0
