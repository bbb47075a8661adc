"""An X display of a test's own (Xvfb, with openbox when there is one), for driving the real window with xdotool."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time

import pytest


def needs_x_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian: xvfb, xdotool) to type into the real window")


@contextlib.contextmanager
def x_display(size: str = "1280x1024x24"):
    """Start Xvfb on a free display; yields the DISPLAY value. Only the processes started here are ended."""
    needs_x_tools()
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    manager = None
    if shutil.which("openbox"):
        manager = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=timeout, check=True).stdout


def wait_for_window(display: str, name: str, timeout: float = 30) -> str:
    """The id of the first visible window whose title holds ``name``."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = xdotool(display, "search", "--onlyvisible", "--name", name).split()
        except subprocess.CalledProcessError:
            found = []
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no window named {name!r} appeared within {timeout} s")


def settings_file(config: os.PathLike) -> str:
    """Where QSettings keeps the window's settings on Linux (organisation and application names of app.py)."""
    return os.path.join(config, "ClassSpecCompare", "Class Spec Compare.conf")


@contextlib.contextmanager
def killed_window(library_file: os.PathLike, config: os.PathLike, data: os.PathLike, restored: str):
    """The program in a real window on a virtual display, in front, once it has written ``restored`` into its
    settings (it has opened its library and brought its tabs back); killed at the end, with no chance to save or
    ask. Yields the display."""
    import signal
    import sys

    from tests.conftest import ROOT

    with x_display() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(config),
               "XDG_DATA_HOME": str(data)}
        app = subprocess.Popen([sys.executable, "-m", "desktop_app", "--library", str(library_file)], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            window = wait_for_window(display, os.path.basename(library_file))
            xdotool(display, "windowactivate", "--sync", window)
            end = time.monotonic() + 30
            while restored not in _text_of(settings_file(config)) and time.monotonic() < end:
                time.sleep(0.1)
            time.sleep(0.3)
            yield display
        finally:
            app.send_signal(signal.SIGKILL)
            app.wait(10)
        assert app.returncode == -signal.SIGKILL


def _text_of(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


@contextlib.contextmanager
def reopened_window(library_file: os.PathLike, config: os.PathLike):
    """The window started again, in this process, on the library and settings the killed one left; closed at the
    end without keeping what the test left in it."""
    from PySide6.QtCore import QSettings

    from desktop_app.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    make_application()
    window = MainWindow(library_file, Settings(QSettings(settings_file(config), QSettings.Format.IniFormat)))
    try:
        window.show()
        window.load_library()
        yield window
    finally:
        if window._audits is not None:
            window.audits.keeper.discard_all()
        window.keeper.discard_all()
        window.close()
        window.deleteLater()
