"""Build the one-folder bundle dist/classcompare/ with PyInstaller, then print its size.

Usage: `uv run python packaging/build.py [--budget-mb N]`; exits 1 when the build fails or the bundle is over budget.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "classcompare.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "classcompare"
MB = 1_000_000


def executable() -> Path:
    return BUNDLE / ("classcompare.exe" if sys.platform == "win32" else "classcompare")


def bundle_size(folder: Path) -> tuple[int, int]:
    """Bytes and files, counting links as links (as `du -sb` does, less the folders' own entries)."""
    paths = [p for p in folder.rglob("*") if p.is_symlink() or p.is_file()]
    return sum(p.lstat().st_size for p in paths), len(paths)


def check_versions_agree() -> str:
    """The exe's version resource comes from desktop_app.__version__; pyproject.toml must say the same."""
    sys.path.insert(0, str(ROOT))
    from desktop_app import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    if project != __version__:
        raise SystemExit(f"build: pyproject.toml says version {project}, desktop_app/__init__.py {__version__}")
    return __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget-mb", type=float, help="fail when the bundle is larger (1 MB = 1,000,000 bytes)")
    args = parser.parse_args(argv)
    version = check_versions_agree()

    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(SPEC)]
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        print("build: PyInstaller failed", file=sys.stderr)
        return 1
    if not executable().is_file():
        print(f"build: {executable()} was not made", file=sys.stderr)
        return 1

    size, files = bundle_size(BUNDLE)
    print(f"{BUNDLE.relative_to(ROOT)}: Class Spec Compare {version}, {size / MB:.1f} MB in {files} files "
          f"({size} bytes), built in {time.monotonic() - started:.0f} s")
    print(f"run: {executable().relative_to(ROOT)} self-test")
    if args.budget_mb is not None and size > args.budget_mb * MB:
        print(f"build: the bundle is over its budget of {args.budget_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
