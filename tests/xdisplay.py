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
