"""A Qt application object for work without a window: PDF reports from the command line and the self-test."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication


def headless_application() -> QApplication:
    """The running application, or a new one that needs no display; text layout needs one, no window is shown."""
    # Offscreen needs no display server. Not on Windows: there the offscreen platform looks for fonts only in Qt's
    # own fonts folder, which the wheels do not ship, so every PDF would come out without text; the native platform
    # needs no display there either, and shows nothing unless a window is opened.
    # An empty QT_QPA_PLATFORM counts as unset: Qt would pick the desktop's platform and abort without a display.
    if sys.platform != "win32" and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication.instance() or QApplication([sys.argv[0]])
