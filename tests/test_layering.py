"""The layering of architecture.md, enforced, and the enforcement checked: a planted forbidden import fails it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=root, capture_output=True, text=True, env=env)


def test_import_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.fixture
def copy(tmp_path) -> Path:
    """The package and its contracts in a folder of their own, to plant imports in."""
    shutil.copytree(ROOT / "desktop_app", tmp_path / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


PLANTED = [
    # An indirect import: the comparison command pulls in the store, sqlite and Qt.
    ("core/theme.py", "import desktop_app.compare_command", "The core is pure"),
    ("core/model.py", "import desktop_app.self_test", "The core is pure"),
    ("store/catalog.py", "import desktop_app.ui.roles", "The store knows SQLite"),
    ("store/catalog.py", "import desktop_app.cli", "The store knows SQLite"),
    ("ui/roles.py", "import sqlite3", "The ui never speaks SQL itself"),
    ("ui/icons.py", "import sqlite_utils", "The ui never speaks SQL itself"),
    ("ui/icons.py", "import desktop_app.app", "The ui is composed by the command line"),
]


@pytest.mark.parametrize(("module", "statement", "contract"), PLANTED)
def test_a_planted_import_breaks_its_contract(copy, module, statement, contract):
    path = copy / "desktop_app" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{statement}\n", encoding="utf-8")
    result = lint(copy)
    assert result.returncode == 1, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith(" BROKEN")]
    assert any(line.startswith(contract) for line in broken), result.stdout
