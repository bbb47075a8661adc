"""Speed of the window and reports: ``uv run python -m tests.bench.window [--library PATH]``.

Targets: start to a usable main window (library loaded, tree filled) within 1.5× the start of a bare PySide6
window measured in the same run; opening a three-level comparison ≤ 150 ms; a three-level report of the seed
series to PDF ≤ 1 s in-process; memory with the library open and five comparison tabs ≤ 300 MB.
Prints only; with ``--strict`` a missed target exits 1.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_RATIO = 1.5
OPEN_MS = 150.0
PDF_MS = 1000.0
MEMORY_MB = 300.0

# Each start prints time.monotonic() (one clock for every process) at the moment the window is usable.
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
def ready():
    print(time.monotonic())
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

# The same path as `classcompare` with no arguments (the command's module first, then the window's), quitting
# once the library is loaded and the tree filled.
OURS = """
import sys, time
import desktop_app.cli
from PySide6.QtCore import QTimer
from desktop_app.app import make_application
from desktop_app.ui.main_window import MainWindow
app = make_application()
window = MainWindow(sys.argv[1])
window.show()
def ready():
    print(time.monotonic())
    window.close()
    app.quit()
def loaded():
    window.load_library()
    QTimer.singleShot(0, ready)
QTimer.singleShot(0, loaded)
app.exec()
"""

# Library open and five comparison tabs; prints the peak resident memory in MB.
FIVE_TABS = """
import resource, sys
from desktop_app.app import make_application
from desktop_app.ui.main_window import MainWindow
app = make_application()
window = MainWindow(sys.argv[1])
window.show()
window.load_library()
keys = [e.key for e in window.library.classes()]
series = [(e.jurisdiction, e.series_code) for e in window.library.classes()]
window.compare_series("OH", "6525")
window.compare_classes(["OH:65250", "OH:65255"])
window.compare_classes(["OH:65251", "OH:65255"])
others = sorted({s for s in series if s != ("OH", "6525") and s[1]}, key=lambda s: -sum(x == s for x in series))[:2]
for jurisdiction, code in others:
    window.compare_series(jurisdiction, code)
while len(window.comparison_tabs()) < 5:
    window.compare_series("OH", "6525")
app.processEvents()
print(len(window.comparison_tabs()), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
window.close()
"""


# The offscreen platform warns that it cannot size windows to their hints; the figures need no such lines.
QUIET = "default.warning=false"

# Settings of the benchmark's own: a user's saved window (open comparisons) must not weigh on the figures.
SETTINGS_HOME = tempfile.mkdtemp(prefix="classcompare-bench-settings-")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", QUIET)
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_CONFIG_HOME"] = SETTINGS_HOME
    # An installed program runs from compiled bytecode; let both starts cache theirs (the warm-up run writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _seconds(script: str, *args: str) -> float:
    """From starting the process to the moment the script says its window is usable."""
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, env=_env(), cwd=ROOT,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1]) - start


def start_times(library: Path, runs: int = 11) -> tuple[float, float]:
    """Medians of the bare window and ours, started turn about."""
    _seconds(BARE), _seconds(OURS, str(library))  # warm the file cache
    bare, ours = [], []
    for _ in range(runs):
        bare.append(_seconds(BARE))
        ours.append(_seconds(OURS, str(library)))
    return statistics.median(bare), statistics.median(ours)


def in_process(library: Path) -> tuple[float, float, int]:
    """Median ms to open a three-level comparison tab, and to write its report to PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", QUIET)
    os.environ["XDG_CONFIG_HOME"] = SETTINGS_HOME
    from desktop_app.app import make_application
    from desktop_app.core.reports.comparison_report import ComparisonReport, ReportInfo
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pdf_report import write_pdf_report

    app = make_application()
    window = MainWindow(library)
    window.show()
    window.load_library()
    app.processEvents()
    opens = []
    for _ in range(15):
        start = time.perf_counter()
        tab = window.compare_series("OH", "6525")
        app.processEvents()
        opens.append(time.perf_counter() - start)
        window.close_current_tab()
        app.processEvents()
    tab = window.compare_series("OH", "6525")
    pdfs, pages = [], 0
    with tempfile.TemporaryDirectory() as folder:
        for n in range(7):
            start = time.perf_counter()
            report = ComparisonReport(tab.comparison, ReportInfo(analyst="Benchmark"))
            pages = write_pdf_report(report, Path(folder, f"{n}.pdf"))
            pdfs.append(time.perf_counter() - start)
    window.close()
    return statistics.median(opens) * 1000, statistics.median(pdfs) * 1000, pages


def memory_mb(library: Path) -> tuple[int, float]:
    out = subprocess.run([sys.executable, "-c", FIVE_TABS, str(library)], check=True, env=_env(), cwd=ROOT,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1])


def main(argv: list[str]) -> int:
    library = Path(argv[argv.index("--library") + 1]) if "--library" in argv else None
    with tempfile.TemporaryDirectory() as folder:
        library = library or Path(folder, "bench-library.sqlite")
        from desktop_app.store.location import open_library

        with open_library(library) as lib:
            classes = lib.counts()["classes"]
        bare, ours = start_times(library)
        open_ms, pdf_ms, pages = in_process(library)
        tabs, peak = memory_mb(library)
    ratio = ours / bare
    print(f"library: {classes} classes")
    print(f"bare PySide6 window start             {bare * 1000:7.0f} ms")
    print(f"Class Spec Compare start, tree filled {ours * 1000:7.0f} ms   ratio {ratio:.2f}x, target <= {START_RATIO}x")
    print(f"open a three-level comparison tab     {open_ms:7.1f} ms   target <= {OPEN_MS:.0f} ms")
    print(f"three-level report to PDF ({pages} pages)   {pdf_ms:7.1f} ms   target <= {PDF_MS:.0f} ms")
    print(f"memory, library + {tabs} comparison tabs   {peak:7.1f} MB   target <= {MEMORY_MB:.0f} MB")
    missed = ratio > START_RATIO or open_ms > OPEN_MS or pdf_ms > PDF_MS or peak > MEMORY_MB
    if missed:
        print("a target was missed")
    return 1 if missed and "--strict" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
