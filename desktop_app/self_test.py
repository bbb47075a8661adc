"""`classcompare self-test`: a build checks itself end to end (library, import, ladder, PDF) and answers by exit code.

A windowed Windows build has no console, so the answer is the exit code — 0 when every step passed, else
10 + the number of the step that failed (11 library … 15 check; 10 when not even the folder and its log could be
made) — and a short log file, `self-test.log`, next to the temporary library. The same lines are printed when
a console exists. The folder is kept so the log and the report can be looked at.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from desktop_app import APP_NAME, __version__
from desktop_app.paths import bundle_root, is_frozen

SERIES = "6525"
LADDER = ("65250", "65251", "65255")
LOG_NAME = "self-test.log"
LIBRARY_NAME = "library.sqlite"
REPORT_NAME = "report.pdf"
FIRST_FAILURE_CODE = 10


class CheckFailed(Exception):
    """A step ran, but what it produced is not what a working build produces."""


@dataclass
class Run:
    """What the steps share: the folder, and what earlier steps made for later ones."""

    folder: Path
    made: dict[str, Any] = field(default_factory=dict)


class Log:
    """Lines to the log file, flushed one by one (a crash still leaves the lines before it), and to a console."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: TextIO = path.open("w", encoding="utf-8")

    def line(self, text: str) -> None:
        self._file.write(text + "\n")
        self._file.flush()
        _echo(text)

    def close(self) -> None:
        self._file.close()


def _echo(text: str) -> None:
    # A windowed build has no stdout at all; a console in a legacy code page cannot show every character of a path.
    out = sys.stdout
    if out is None:
        return
    try:
        print(text, file=out, flush=True)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=out, flush=True)
    except OSError:
        pass


def _step_library(run: Run) -> str:
    from desktop_app.paths import migrations_folder
    from desktop_app.store.library import Library

    path = run.folder / LIBRARY_NAME
    if path.exists():
        raise CheckFailed(f"{path} already exists; the self-test needs a new library")
    library = Library(path)
    run.made["library"] = library
    classes = library.counts()["classes"]
    if classes:
        raise CheckFailed(f"a new library should be empty; it has {classes} classes")
    return f"created {path} (migrations from {migrations_folder()})"


def _step_import(run: Run) -> str:
    from desktop_app.store.importing import import_paths
    from desktop_app.store.location import bundled_specs

    library = run.made["library"]
    outcomes = import_paths(library, [bundled_specs()])
    if not outcomes:
        raise CheckFailed(f"no documents in {bundled_specs()}")
    failed = [o.line() for o in outcomes if o.status != "imported"]
    if failed:
        raise CheckFailed("; ".join(failed))
    numbers = tuple(e.number for e in library.classes(series_code=SERIES))
    if sorted(numbers) != sorted(LADDER):
        raise CheckFailed(f"series {SERIES} has classes {', '.join(numbers) or 'none'}; expected {', '.join(LADDER)}")
    names = ", ".join(Path(o.path).name for o in outcomes)
    documents = "1 document" if len(outcomes) == 1 else f"{len(outcomes)} documents"
    return f"{documents} imported ({names}); series {SERIES}: {', '.join(numbers)}"


def _step_compare(run: Run) -> str:
    from desktop_app.compare_command import series_specs
    from desktop_app.core.compare import CompareOptions, compare, default_labels

    specs, _total = series_specs(run.made["library"], SERIES)
    order = tuple(spec.number for spec in specs)
    if order != LADDER:
        raise CheckFailed(f"ladder order is {' -> '.join(order)}; expected {' -> '.join(LADDER)}")
    comparison = compare(specs, CompareOptions(), default_labels(specs))
    rows = sum(len(section.rows) for section in comparison.sections)
    if not rows:
        raise CheckFailed("the comparison has no rows")
    run.made["comparison"] = comparison
    return f"series {SERIES} in ladder order {' -> '.join(order)}: {len(comparison.sections)} sections, {rows} rows"


def _step_report(run: Run) -> str:
    from PySide6.QtCore import qVersion

    from desktop_app.core.reports.comparison_report import ComparisonReport, ReportInfo
    from desktop_app.ui.headless import headless_application
    from desktop_app.ui.pdf_report import write_pdf_report

    app = headless_application()
    path = run.folder / REPORT_NAME
    pages = write_pdf_report(ComparisonReport(run.made["comparison"], ReportInfo(analyst="self-test")), path)
    run.made["pages"] = pages
    if not path.is_file() or path.stat().st_size == 0:
        raise CheckFailed(f"{path} was not written")
    return f"{path.name}: {pages} pages, {path.stat().st_size} bytes (Qt {qVersion()}, platform {app.platformName()})"


def _step_check(run: Run) -> str:
    from pypdf import PdfReader

    reader = PdfReader(run.folder / REPORT_NAME)
    pages = len(reader.pages)
    if pages < 1 or pages != run.made["pages"]:
        raise CheckFailed(f"the PDF has {pages} pages; the report said {run.made['pages']}")
    # Qt's PDF places words one by one; the extracted text separates them with tabs and newlines.
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    wanted = (f"Page 1 of {pages}", *LADDER)
    missing = [w for w in wanted if w not in text]
    if missing:
        raise CheckFailed(f"not in the PDF's text: {', '.join(repr(w) for w in missing)} ({len(text)} characters)")
    return f"{pages} pages; found {', '.join(repr(w) for w in wanted)}"


STEPS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("library", _step_library),
    ("import", _step_import),
    ("compare", _step_compare),
    ("report", _step_report),
    ("check", _step_check),
)


def run_self_test(folder: str | Path | None = None) -> int:
    """Run every step in the folder (a new temporary one unless given); 0 when all passed, else 10 + the step."""
    try:
        folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="classcompare-self-test-"))
        folder.mkdir(parents=True, exist_ok=True)
        log = Log(folder / LOG_NAME)
    except OSError as e:
        _echo(f"FAILED: no folder for the self-test and its log: {e}")
        return FIRST_FAILURE_CODE
    run = Run(folder)
    try:
        build = "frozen" if is_frozen() else "from source"
        log.line(f"{APP_NAME} {__version__} self-test ({build}); Python {platform.python_version()}, "
                 f"{platform.system()} {platform.machine()}")
        log.line(f"bundle: {bundle_root()}")
        log.line(f"folder: {folder}")
        for number, (name, step) in enumerate(STEPS, start=1):
            try:
                detail = step(run)
            except CheckFailed as e:
                return _failed(log, number, name, str(e))
            except Exception as e:  # noqa: BLE001 - every failure must become an exit code, never a crash dialog
                log.line(traceback.format_exc().rstrip())
                return _failed(log, number, name, f"{type(e).__name__}: {e}")
            log.line(f"ok {name}: {detail}")
        log.line(f"passed: {len(STEPS)} steps; log {log.path}")
        return 0
    finally:
        library = run.made.get("library")
        if library is not None:
            library.close()
        log.close()


def _failed(log: Log, number: int, name: str, reason: str) -> int:
    code = FIRST_FAILURE_CODE + number
    log.line(f"FAILED {name}: {reason}")
    log.line(f"failed at step {number} ({name}); exit code {code}; log {log.path}")
    return code
