"""A process killed at any moment of an import: the library reopens whole, and nothing is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.calhr_pages import page
from tests.conftest import ROOT

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", *args]


def children_of(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while being read
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def calhr_batch(folder: Path, count: int) -> Path:
    """``count`` CalHR pages, each a class of its own: enough for the import's worker processes."""
    folder.mkdir()
    text = page("0010.html")
    for n in range(count):
        number = str(9000 + n)
        (folder / f"{number}.html").write_text(
            text.replace("0010", number).replace("County/State Liaison", f"Liaison {number}"), encoding="utf-8"
        )
    return folder


@linux_only
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the import parses in its own process")
def test_parsing_workers_end_with_an_import_that_is_killed(tmp_path):
    folder = calhr_batch(tmp_path / "batch", 400)
    importer = subprocess.Popen(command("import", "--library", str(tmp_path / "lib.sqlite"), str(folder)),
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        assert importer.stdout.readline().endswith(b"9000.html: imported\n")
        workers = children_of(importer.pid)
        assert len(workers) >= 2  # the workers and multiprocessing's resource tracker
        importer.send_signal(signal.SIGKILL)
        importer.wait()
        deadline = time.monotonic() + 10
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p for p in workers if alive(p)] == []
    finally:
        importer.kill()
        importer.wait()
        for pid in workers:  # only what this test started, were it left running
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
