"""Shared fixtures: the seed document, throw-away libraries, offscreen Qt, isolated settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "specs" / "6525-benefits-management.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus" / "calhr"


@pytest.fixture(autouse=True)
def _private_library(tmp_path, monkeypatch):
    """No test ever touches the user's own library or data folder."""
    monkeypatch.setenv("CLASSCOMPARE_LIBRARY", str(tmp_path / "library.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_document(seed_text):
    from desktop_app.core.formats.das import parse_das

    return parse_das(seed_text, str(SEED))


@pytest.fixture
def seed_specs(seed_document):
    return {spec.number: spec for spec in seed_document.classes}


@pytest.fixture
def library(tmp_path):
    from desktop_app.store.library import Library

    lib = Library(tmp_path / "test-library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def seeded_library(library):
    from desktop_app.store.importing import import_paths

    import_paths(library, [SEED])
    return library


@pytest.fixture
def settings_store(tmp_path):
    """A QSettings file of the test's own, so no test reads or writes the user's settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, tmp_path, settings_store):
    """Opens main windows on a throw-away library (filled with the seed on first use) and closes them."""
    from desktop_app.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    make_application()
    windows = []

    def make(library=None):
        window = MainWindow(library or tmp_path / "gui-library.sqlite", Settings(settings_store))
        # Not qtbot.addWidget: pytest-qt closes its widgets before this fixture's end, and a window with a test's
        # notes in it would ask Save / Discard / Cancel with nobody there to answer.
        window.show()
        qtbot.waitExposed(window)
        window.load_library()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.library is not None:
            window.keeper.discard_all()
            if window._audits is not None:
                window._audits.keeper.discard_all()
            window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window):
    return make_window()


def ended(window) -> None:
    """The program of ``window`` is no longer running, as after a crash or a kill: its session's lock is free, so
    the next window on the library reopens its drafts and tabs (a real kill: tests/xdisplay.py)."""
    window.session.close()
