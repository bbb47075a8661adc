"""The analyst writes an audit's rationale in the real window, the program is killed, and the rationale is there on
restart."""

from __future__ import annotations

import time

import pytest

from tests.conftest import FIXTURES, SEED
from tests.xdisplay import killed_window, reopened_window, settings_file, xdotool

pytestmark = pytest.mark.slow

FIRST = "Duties fit the first level"
SECOND = " and its liaison casework"


def test_a_rationale_written_before_a_kill_is_there_after_restart(tmp_path):
    from PySide6.QtCore import QSettings

    from desktop_app.core.positions.parse import read_position
    from desktop_app.store.audit_drafts import audit_drafts
    from desktop_app.store.audits import save_audit
    from desktop_app.store.importing import import_paths
    from desktop_app.store.library import Library
    from desktop_app.store.positions import save_position
    from desktop_app.ui.settings import Settings

    library_file = tmp_path / "audit.sqlite"
    pd = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"
    with Library(library_file) as library:
        import_paths(library, [SEED])
        position_id, _new = save_position(library.conn, read_position(pd.read_bytes(), str(pd)), str(pd))
        audit_id = save_audit(library.conn, position_id, ["OH:65250", "OH:65251"], [], None, None, "")
    config = tmp_path / "config"
    Settings(QSettings(settings_file(config), QSettings.Format.IniFormat)).open_audits = [audit_id]

    # The library opens after the first paint, the audit comes back, then the window writes its open tabs (with
    # the comparisons the test did not write).
    with killed_window(library_file, config, tmp_path / "data", restored="comparisons") as display:
        xdotool(display, "key", "--clearmodifiers", "alt+r")  # Rationale, from the keyboard
        xdotool(display, "type", "--delay", "40", FIRST)
        with Library(library_file) as library:
            end = time.monotonic() + 15
            while not audit_drafts(library.conn) and time.monotonic() < end:
                time.sleep(0.1)
            assert [d.rationale for d in audit_drafts(library.conn)] == [FIRST]
        xdotool(display, "type", "--delay", "40", SECOND)  # killed while typing

    with reopened_window(library_file, config) as window:
        (tab,) = window.audits.tabs()
        # Everything up to the last pause in writing; the draft is written a second after the last key.
        assert tab.rationale.toPlainText().startswith(FIRST)
        assert tab.modified and tab.audit_id == audit_id
