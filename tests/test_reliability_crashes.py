"""A process killed at any moment of an import: the library reopens whole, and nothing is left running."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.store.library import Library
from tests.calhr_pages import calhr_batch
from tests.conftest import CORPUS, ROOT

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


# ---- killed at a chosen write ---------------------------------------------------------------------------------

STRACE = shutil.which("strace")
needs_strace = pytest.mark.skipif(STRACE is None, reason="strace is not installed (it kills the import at a write)")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the CalHR corpus is not at {CORPUS}")
# Enough pages for several checkpoints (every 1,000 pages of -wal) and a search-index batch.
PAGES = 300


def library_writes(trace: Path, library: Path) -> list[str]:
    """Each pwrite64 of a traced run: "wal" (to the -wal), "main" (to the library itself: a checkpoint) or
    "other" (a temporary file, the rollback journal of the file's first page)."""
    kinds = []
    for line in trace.read_text().splitlines():
        if "pwrite64(" not in line:
            continue
        target = line.split("<", 1)[1].split(">", 1)[0]
        kinds.append("wal" if target == f"{library}-wal" else "main" if target == str(library) else "other")
    return kinds


def runs(kinds: list[str], kind: str) -> list[range]:
    """The runs of consecutive writes of one kind, as ranges of write numbers (1 = the first write)."""
    found, start = [], None
    for n, k in enumerate([*kinds, None], start=1):
        if k == kind and start is None:
            start = n
        elif k != kind and start is not None:
            found.append(range(start, n))
            start = None
    return found


@pytest.fixture(scope="module")
def import_plan(tmp_path_factory):
    """The pages to import, and the writes a whole import of them makes into a new library, traced."""
    folder = tmp_path_factory.mktemp("kills")
    pages = sorted(CORPUS.glob("*.html"))[:PAGES]
    library = folder / "traced.sqlite"
    trace = folder / "trace.log"
    subprocess.run([STRACE, "-qq", "--seccomp-bpf", "-y", "-e", "trace=pwrite64", "-e", "signal=none", "-o", str(trace),
                    *command("import", "--library", str(library), *map(str, pages))],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    with Library(library) as whole:
        classes = whole.counts()["classes"]
    return pages, library_writes(trace, library), classes


def kill_points(kinds: list[str]) -> dict[str, int]:
    checkpoints = runs(kinds, "main")
    appends = runs(kinds, "wal")
    assert len(checkpoints) >= 4, checkpoints  # the page count gives several checkpoints
    middle = lambda r: r[len(r) // 2]  # noqa: E731
    return {
        "the library's first page": 1,
        "a page appended to the -wal": middle(appends[len(appends) // 2]),
        "the first checkpoint": middle(checkpoints[0]),
        "a checkpoint in the middle": middle(checkpoints[len(checkpoints) // 2]),
        "the checkpoint of the closing library": middle(checkpoints[-1]),
    }


@needs_strace
@needs_corpus
@pytest.mark.slow
def test_an_import_killed_at_any_write_leaves_a_library_that_opens_whole(tmp_path, import_plan):
    pages, kinds, whole_classes = import_plan
    for where, n in kill_points(kinds).items():
        library = tmp_path / f"killed-at-{n}.sqlite"
        killed = subprocess.run(
            [STRACE, "-qq", "--seccomp-bpf", "-o", os.devnull, "-e", "trace=pwrite64", "-e", f"inject=pwrite64:signal=KILL:when={n}",
             *command("import", "--library", str(library), *map(str, pages))],
            cwd=ROOT, capture_output=True, timeout=300,
        )
        assert killed.returncode == -signal.SIGKILL or killed.returncode == 128 + signal.SIGKILL, where
        listed = subprocess.run(command("list", "--library", str(library)), cwd=ROOT, capture_output=True, text=True)
        assert listed.stderr in ("", "no classes\n"), (where, listed.stderr)
        with Library(library) as reopened:
            assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
            classes = reopened.counts()["classes"]
            assert len(listed.stdout.splitlines()) == classes, where
            assert reopened.conn.execute(
                "SELECT count(*) FROM classes WHERE current_revision IS NULL").fetchone()[0] == 0, where
        again = subprocess.run(command("import", "--library", str(library), *map(str, pages)),
                               cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, (where, again.stderr)
        with Library(library) as finished:
            assert finished.counts()["classes"] == whole_classes, where
            assert finished.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0, where
