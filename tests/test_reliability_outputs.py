"""A report is written whole or not at all: a full disk or a kill leaves the old report as it was, and a write
that failed exits non-zero with one line."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.files import write_atomically
from tests.conftest import ROOT

FORMATS = ["md", "html", "json", "pdf"]
LIMIT = 40_000  # bytes a process may write to a file: a disk that fills up while the report is written
OLD_REPORT = b"the report of last week, which must survive\n" * 1000
STRACE = shutil.which("strace")


@pytest.fixture
def library(tmp_path):
    """A library with the seed series; the commands below run on it."""
    from desktop_app.store.location import open_library

    path = tmp_path / "lib.sqlite"
    open_library(path).close()
    return path


def compare_to(output: Path, fmt: str, library: Path, notes: Path | None = None) -> list[str]:
    args = [sys.executable, "-m", "desktop_app", "compare", "--series", "6525", "--library", str(library),
            "--format", fmt, "-o", str(output)]
    return args + (["--notes", str(notes)] if notes else [])


def quiet_env() -> dict:
    # No bytecode files: the only file these commands write is the report.
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_to_a_full_device_fails_with_one_line(fmt, library):
    result = subprocess.run(compare_to(Path("/dev/full"), fmt, library), cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "classcompare compare: cannot write /dev/full: No space left on device\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_disk_that_fills_up_during_a_report_leaves_the_old_report(fmt, library, tmp_path):
    report = tmp_path / "reports" / f"review.{fmt}"
    report.parent.mkdir()
    report.write_bytes(OLD_REPORT)
    notes = tmp_path / "notes.md"
    notes.write_text("Reviewed with the unit.\n\n" * 3000)  # every report well past LIMIT

    def disk_full_past_limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    result = subprocess.run(compare_to(report, fmt, library, notes), cwd=ROOT, capture_output=True, text=True,
                            env=quiet_env(), preexec_fn=disk_full_past_limit)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"classcompare compare: cannot write {report}: File too large\n"
    assert report.read_bytes() == OLD_REPORT
    assert [p.name for p in report.parent.iterdir()] == [report.name]


@pytest.mark.skipif(STRACE is None, reason="strace is not installed (it kills the command at its write)")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kill_while_a_report_is_written_leaves_the_old_report(fmt, library, tmp_path):
    report = tmp_path / f"review.{fmt}"
    report.write_bytes(OLD_REPORT)
    # The command prints nothing before the report is written: its first write(2) is the report's.
    result = subprocess.run([STRACE, "-qq", "-o", os.devnull, "-e", "trace=write",
                             "-e", "inject=write:signal=KILL:when=1", *compare_to(report, fmt, library)],
                            cwd=ROOT, capture_output=True, env=quiet_env())
    assert result.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL)
    assert report.read_bytes() == OLD_REPORT


def test_a_file_written_atomically_replaces_the_old_one_whole(tmp_path):
    path = tmp_path / "report.md"
    path.write_bytes(OLD_REPORT)
    write_atomically(path, b"new report\n")
    assert path.read_bytes() == b"new report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    path = tmp_path / "report.md"
    path.write_bytes(OLD_REPORT)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomically(path, b"new report\n")
    assert path.read_bytes() == OLD_REPORT
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_link_to_a_report_keeps_pointing_at_it(tmp_path):
    target = tmp_path / "report.md"
    target.write_bytes(OLD_REPORT)
    link = tmp_path / "latest.md"
    link.symlink_to(target)
    write_atomically(link, b"new report\n")
    assert link.is_symlink() and target.read_bytes() == b"new report\n"
