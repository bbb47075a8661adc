"""The frozen program's entry script with no console at all, as a windowed Windows build starts it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

# What the windowed bootloader gives Python on Windows: no sys.stdout, no sys.stderr.
pytestmark = pytest.mark.slow


NO_CONSOLE = """
import runpy, sys
sys.stdout = sys.stderr = None
sys.argv = ["classcompare", *{args!r}]
runpy.run_path("packaging/classcompare_main.py", run_name="__main__")
"""


@pytest.mark.parametrize(("args", "exit_code"), [
    (["--version"], 0),  # argparse prints the version, then exits
    (["list"], 0),  # print() alone would let a None stdout pass …
    (["compare", "65250", "65251"], 0),  # … sys.stdout.write() would not
    (["show", "99999"], 1),  # the error line goes to stderr
    (["no-such-command"], 2),  # argparse's usage goes to stderr
])
def test_commands_answer_by_exit_code_without_a_console(args, exit_code):
    result = subprocess.run([sys.executable, "-c", NO_CONSOLE.format(args=args)], cwd=ROOT, capture_output=True)
    assert (result.returncode, result.stdout, result.stderr) == (exit_code, b"", b"")


def test_the_self_test_passes_without_a_console_and_leaves_its_log(tmp_path):
    folder = tmp_path / "self-test"
    args = ["self-test", "--folder", str(folder)]
    result = subprocess.run([sys.executable, "-c", NO_CONSOLE.format(args=args)], cwd=ROOT, capture_output=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert (folder / "self-test.log").read_text(encoding="utf-8").splitlines()[-1].startswith("passed: 5 steps")
