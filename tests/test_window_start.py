"""`classcompare` with no command: the window starts on a new library; the start-time hook quits it when loaded."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_app.store.library import Library
from desktop_app.store.location import open_library
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_the_window_starts_fills_a_new_library_and_quits_when_asked(tmp_path):
    library = tmp_path / "first-run" / "library.sqlite"
    library.parent.mkdir()
    env = dict(os.environ, CLASSCOMPARE_LIBRARY=str(library), CLASSCOMPARE_EXIT_AFTER_START="1",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "desktop_app"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with Library(library) as opened:
        assert [e.number for e in opened.classes()] == ["65250", "65251", "65255"]


def test_a_library_in_a_missing_folder_is_refused_and_the_window_says_so(tmp_path):
    library = tmp_path / "no-such-folder" / "library.sqlite"
    env = dict(os.environ, CLASSCOMPARE_LIBRARY=str(library), CLASSCOMPARE_EXIT_AFTER_START="1",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "desktop_app"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert not library.parent.exists()


def test_the_first_start_makes_the_default_library_in_the_data_folder(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CLASSCOMPARE_LIBRARY"}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), CLASSCOMPARE_EXIT_AFTER_START="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "desktop_app"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with Library(tmp_path / "data" / "ClassSpecCompare" / "library.sqlite") as opened:
        assert [e.number for e in opened.classes()] == ["65250", "65251", "65255"]


# The start as the benchmark times it; prints whether anything read PySide6's Qt namespace, whose ~90 enums cost
# about 40 ms to build (see desktop_app/ui/roles.py).
NAMESPACE_READ = """
import sys
import PySide6.QtCore
from desktop_app.app import make_application
from desktop_app.ui.main_window import MainWindow
app = make_application()
window = MainWindow(sys.argv[1])
window.show()
window.load_library()
app.processEvents()
print("Qt namespace read" if "Qt" in vars(PySide6.QtCore) else "Qt namespace not read")
print(window.panel.count_label.text())
heavy = [m for m in ("desktop_app.core.compare.engine", "desktop_app.core.compare.comparison",
                     "desktop_app.core.reports.outline", "desktop_app.core.drafts", "desktop_app.store.library",
                     "desktop_app.ui.session", "desktop_app.store.saved_comparisons", "desktop_app.core.jurisdictions",
                     "json", "html", "rapidfuzz", "sqlite_utils", "markdown", "docx", "pypdf")
         if m in sys.modules]
print("loaded before first use:", ", ".join(heavy) or "none")
"""


def test_the_start_to_a_filled_tree_never_reads_the_qt_namespace(tmp_path):
    library = tmp_path / "library.sqlite"
    open_library(library).close()  # the bundled series: the tree has classes with their ticks to paint
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", NAMESPACE_READ, str(library)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Qt namespace not read", "3 classes in 1 series",
                                          "loaded before first use: none"]
