"""`classcompare self-test` from source: the exit code and the log lines an analyst (or CI) reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from desktop_app.cli import main
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


HEADER = "Class Spec Compare 0.1.0 self-test (from source); Python "


def log_lines(folder: Path) -> list[str]:
    return (folder / "self-test.log").read_text(encoding="utf-8").splitlines()


def assert_passed(lines: list[str], folder: Path) -> None:
    pages = len(pypdf.PdfReader(str(folder / "report.pdf")).pages)
    assert pages >= 1
    assert lines[0].startswith(HEADER)
    assert lines[1:5] == [
        f"bundle: {ROOT}",
        f"folder: {folder}",
        f"ok library: created {folder / 'library.sqlite'} (migrations from {ROOT / 'db'})",
        "ok import: 1 document imported (6525-benefits-management.txt); series 6525: 65250, 65251, 65255",
    ]
    assert lines[5].startswith("ok compare: series 6525 in ladder order 65250 -> 65251 -> 65255: ")
    assert lines[6].startswith(f"ok report: report.pdf: {pages} pages, ")
    assert lines[7:] == [
        f"ok check: {pages} pages; found 'Page 1 of {pages}', '65250', '65251', '65255'",
        f"passed: 5 steps; log {folder / 'self-test.log'}",
    ]


def test_self_test_in_process_passes_and_logs_each_step(tmp_path, capsys):
    folder = tmp_path / "self-test"
    assert main(["self-test", "--folder", str(folder)]) == 0
    lines = log_lines(folder)
    assert_passed(lines, folder)
    assert capsys.readouterr().out.splitlines() == lines
    # It made a library of its own: the one CLASSCOMPARE_LIBRARY names was never created.
    assert not Path(os.environ["CLASSCOMPARE_LIBRARY"]).exists()


def test_self_test_as_python_m_desktop_app(tmp_path):
    folder = tmp_path / "self-test"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "self-test", "--folder", str(folder)],
                            cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == log_lines(folder)
    assert_passed(log_lines(folder), folder)


def test_without_a_folder_it_makes_a_new_temporary_one(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert main(["self-test"]) == 0
    (folder,) = tmp_path.glob("classcompare-self-test-*")
    assert_passed(log_lines(folder), folder)


def test_a_folder_that_already_has_a_library_fails_at_step_1(tmp_path):
    folder = tmp_path / "self-test"
    folder.mkdir()
    (folder / "library.sqlite").write_text("someone's library")
    assert main(["self-test", "--folder", str(folder)]) == 11
    assert log_lines(folder)[3:] == [
        f"FAILED library: {folder / 'library.sqlite'} already exists; the self-test needs a new library",
        f"failed at step 1 (library); exit code 11; log {folder / 'self-test.log'}",
    ]
    assert (folder / "library.sqlite").read_text() == "someone's library"


def test_missing_bundled_specs_fail_at_step_2(tmp_path, monkeypatch):
    empty = tmp_path / "no-specs"
    empty.mkdir()
    monkeypatch.setattr("desktop_app.store.location.bundled_specs", lambda: empty)
    folder = tmp_path / "self-test"
    assert main(["self-test", "--folder", str(folder)]) == 12
    assert log_lines(folder)[-2:] == [
        f"FAILED import: no documents in {empty}",
        f"failed at step 2 (import); exit code 12; log {folder / 'self-test.log'}",
    ]


def test_a_crash_while_writing_the_pdf_is_exit_code_14_with_the_traceback_in_the_log(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("no paint engine")

    monkeypatch.setattr("desktop_app.ui.pdf_report.write_pdf_report", broken)
    folder = tmp_path / "self-test"
    assert main(["self-test", "--folder", str(folder)]) == 14
    lines = log_lines(folder)
    assert lines[-2:] == [
        "FAILED report: RuntimeError: no paint engine",
        f"failed at step 4 (report); exit code 14; log {folder / 'self-test.log'}",
    ]
    assert "Traceback (most recent call last):" in lines



def test_a_folder_that_cannot_be_made_is_exit_code_10(tmp_path, capsys):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    assert main(["self-test", "--folder", str(not_a_folder)]) == 10
    assert capsys.readouterr().out.startswith("FAILED: no folder for the self-test and its log: ")
