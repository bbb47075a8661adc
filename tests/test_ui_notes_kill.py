"""The analyst types notes into the real window, the program is killed, and the notes are there on restart."""

from __future__ import annotations

import time

import pytest

from tests.conftest import SEED
from tests.xdisplay import killed_window, reopened_window, settings_file, xdotool

pytestmark = pytest.mark.slow

FIRST = "Finding: the position leads a team"
SECOND = " and plans the unit's work"


def test_notes_typed_before_a_kill_are_there_after_restart(tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from desktop_app.store.importing import import_paths
    from desktop_app.store.library import Library
    from desktop_app.ui.settings import Settings

    library_file = tmp_path / "audit.sqlite"
    with Library(library_file) as library:
        import_paths(library, [SEED])
    config = tmp_path / "config"
    Settings(QSettings(settings_file(config), QSettings.Format.IniFormat)).open_comparisons = [
        {"classes": ["OH:65251", "OH:65255"]}]

    # The library opens after the first paint, then the comparison comes back and the window writes its open
    # comparisons again, in full (with keys the test did not write).
    with killed_window(library_file, config, tmp_path / "data", restored="merge_identical") as display:
        xdotool(display, "key", "--clearmodifiers", "alt+n")  # Audit notes, from the keyboard
        xdotool(display, "type", "--delay", "40", FIRST)
        with Library(library_file) as library:
            end = time.monotonic() + 15
            while not library.notes_drafts() and time.monotonic() < end:
                time.sleep(0.1)
            assert [d.notes for d in library.notes_drafts()] == [FIRST]
        xdotool(display, "type", "--delay", "40", SECOND)  # killed while typing

    with reopened_window(library_file, config) as window:
        (tab,) = window.comparison_tabs()
        assert tab.title() == "65251 → 65255"
        # Everything up to the last pause in typing; the draft is written a second after the last key.
        assert tab.notes_text().startswith(FIRST)
        assert tab.modified and window.tabs.tabText(1) == "• 65251 → 65255"
