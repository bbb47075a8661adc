"""Starting the desktop window: the window is painted first, the library and heavy modules load after."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.ui.settings import APPLICATION, ORGANIZATION

EXIT_AFTER_START_ENV = "CLASSCOMPARE_EXIT_AFTER_START"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run_window(library: str | None = None) -> int:
    app = make_application()
    from desktop_app.store.location import library_path
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(library_path(library))
    window.show()
    # Let the first paint happen, then open the library and fill the tree.
    exit_after_start = bool(os.environ.get(EXIT_AFTER_START_ENV))
    loaded = []

    def start(window: MainWindow = window) -> None:  # bound now: `window` is deleted after the loop
        window.load_library()
        loaded.append(window.catalog is not None)
        if exit_after_start:
            # For start-time measurements (tests/bench/frozen_start.py): quit once the library is loaded and the
            # filled window has had its paint; queued after load_library, so the paint events it posts come first.
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, start)
    code = app.exec()
    if exit_after_start and not all(loaded):
        code = 1  # the library could not be opened (the window said why)
    # Widgets must go before the application object, or Python's teardown may free them in the wrong order.
    window.close()
    del window
    return code
