"""Screenshots for the README, taken of the real window on a virtual screen (`xvfb-run`)."""

import os

# Under xvfb-run, the window on the X screen: tests/conftest.py, which the scripts take their fixtures from, would
# otherwise put it on Qt's offscreen screen of 800×800 pixels.
if os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def opened_window(prefix: str, width: int, height: int):
    """The real window on a fresh default library, with settings, drafts' session locks and everything else of
    its own in a new folder: (that folder, the application, the window, settle(seconds) to let it paint)."""
    import tempfile
    import time
    from pathlib import Path

    work = Path(tempfile.mkdtemp(prefix=prefix))
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        os.environ[variable] = str(work / folder)
    os.environ["CLASSCOMPARE_LIBRARY"] = str(work / "library.sqlite")
    from desktop_app.app import make_application
    from desktop_app.store.location import library_path
    from desktop_app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(library_path())
    window.resize(width, height)
    window.show()
    window.load_library()
    window.settings.analyst_name = "Pat Analyst"

    def settle(seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    return work, app, window, settle
