"""All benchmarks in one command: ``uv run python -m tests.bench``.

Runs the engine, the library (the CalHR corpus, when ../shared/corpus is present) and the window
benchmarks, the window also on the corpus library when there is one, the fit of positions on that library,
the heading-driven importer on the Eastvale specs (when ../shared/corpus/neogov-eastvale is present), then
the frozen bundle's start against the source when dist/classcompare/ has been built. Each prints its figures,
the baseline measured in the same run and the ratio. With ``--strict``, a missed target makes the exit status 1.
"""

from __future__ import annotations

import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.generic import CORPUS as EASTVALE
from tests.bench.library import CORPUS


def run(module: str, *args: str) -> int:
    print(f"\n== {module} ==", flush=True)
    return subprocess.call([sys.executable, "-m", f"tests.bench.{module}", *args])


def main(argv: list[str]) -> int:
    print(f"Python {platform.python_version()} on {platform.platform()}, {platform.processor() or platform.machine()}")
    failures = run("engine", *argv)
    failures |= run("alignment", *argv)
    with tempfile.TemporaryDirectory() as folder:
        failures |= run("window", *argv)
        if CORPUS.is_dir():
            library = Path(folder, "corpus.sqlite")
            failures |= run("calhr", *argv)
            failures |= run("library", "--keep", str(library), *argv)
            print("\n(the window again, on the corpus library)")
            failures |= run("window", "--library", str(library), *argv)
            failures |= run("fit", "--library", str(library), *argv)
    if EASTVALE.is_dir():
        failures |= run("generic", *argv)
    # The bundle's start against the source, when packaging/build.py has made one.
    failures |= run("frozen_start", *argv)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
