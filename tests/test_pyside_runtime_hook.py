"""The bundle's PySide6 run-time hook: Qt is not loaded at start, and the qt.conf is there once QtCore is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PyInstaller
import pytest

from tests.conftest import ROOT

HOOK = ROOT / "packaging" / "hooks" / "rthooks" / "pyi_rth_pyside6_deferred.py"

# Runs the hook as the bootloader would, with sys._MEIPASS at the real site-packages so Qt's folders exist.
SCRIPT = f"""
import runpy, sys, os
from pathlib import Path
import PySide6
sys.path.insert(0, {str(Path(PyInstaller.__file__).parent / "fake-modules")!r})
sys._MEIPASS = str(Path(PySide6.__file__).parent.parent)
from _pyi_rth_utils import qt
calls = []
register = qt.create_embedded_qt_conf
qt.create_embedded_qt_conf = lambda *args: (calls.append(args), register(*args))
runpy.run_path({str(HOOK)!r})
qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
print("QtCore loaded by the hook:", "PySide6.QtCore" in sys.modules, calls)
print("plugins:", os.environ["QT_PLUGIN_PATH"] == os.path.join(qt_path, "plugins"))
from PySide6.QtCore import QFile, QLibraryInfo
print("qt.conf registered:", calls == [("PySide6", qt_path)], QFile.exists(":/qt/etc/qt.conf"))
print("prefix:", QLibraryInfo.path(QLibraryInfo.LibraryPath.PrefixPath) == qt_path)
import PySide6.QtGui
print("once:", len(calls))
"""


# On Windows PySide6/ itself is Qt's folder; the Windows bundle's own checks cover that layout.
@pytest.mark.skipif(sys.platform == "win32", reason="the paths asserted are the Linux layout")
def test_qt_loads_only_when_imported_and_then_has_its_qt_conf():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "QtCore loaded by the hook: False []",
        "plugins: True",
        "qt.conf registered: True True",
        "prefix: True",
        "once: 1",
    ]
