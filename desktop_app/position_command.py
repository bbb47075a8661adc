"""`classcompare position` (import, list, show, delete) and `classcompare fit`: positions in the library, ranked against
its classes, printed or written as a report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.compare_command import add_report_arguments as compare_report_arguments
from desktop_app.compare_command import write_report
from desktop_app.core.errors import DocumentError
from desktop_app.core.reports.formats import report_format
from desktop_app.core.reports.info import ReportInfo
from desktop_app.store.positions import PositionNotFound

DEFAULT_TOP = 10


def add_position_arguments(parser: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("import", parents=[common], help="import position descriptions (.txt, .docx, .pdf)")
    p.add_argument("paths", nargs="+", metavar="FILE")
    actions.add_parser("list", parents=[common], help="list the positions in the library")
    p = actions.add_parser("show", parents=[common], help="print a position as Markdown or JSON")
    p.add_argument("id", type=int, metavar="POSITION_ID")
    p.add_argument("--format", choices=["md", "json"], default="md")
    p = actions.add_parser("delete", parents=[common], help="delete a position and its audits")
    p.add_argument("id", type=int, metavar="POSITION_ID")


def add_fit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("position", metavar="PD_FILE|POSITION_ID",
                        help="a position description file, or the number of a position in the library")
    parser.add_argument("--top", type=int, default=DEFAULT_TOP, metavar="N", help="how many classes to list")
    add_report_arguments(parser)


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """The report arguments of `compare`, and the analyst's name for the report."""
    compare_report_arguments(parser)
    parser.add_argument("--analyst", default="", help="analyst's name for the report")


def _fail(command: str, message: str, code: int = 2) -> int:
    print(f"classcompare {command}: {message}", file=sys.stderr)
    return code


def run_position(library, args: argparse.Namespace) -> int:
    if args.action == "import":
        return _import_positions(library, args.paths)
    from desktop_app.store import positions

    if args.action == "list":
        entries = positions.positions(library.conn)
        if not entries:
            print("no positions", file=sys.stderr)
            return 1
        for e in entries:
            stated = f"  current: {e.current_class}" if e.current_class else ""
            asked = f"  asks for: {e.requested_class}" if e.requested_class else ""
            audits = f"  {e.audits} audit{'' if e.audits == 1 else 's'}" if e.audits else ""
            print(f"{e.id:<4} {e.title}{stated}{asked}{audits}")
        return 0
    if args.action == "delete":
        try:
            title = positions.position(library.conn, args.id).position.title
            gone = positions.delete_position(library.conn, args.id)
        except PositionNotFound as e:
            return _fail("position", e.args[0], 1)
        print(f"deleted position {args.id} ({title}) and its {gone} audit{'' if gone == 1 else 's'}")
        return 0
    try:
        stored = positions.position(library.conn, args.id)
    except PositionNotFound as e:
        return _fail("position", e.args[0], 1)
    if args.format == "json":
        from desktop_app.core.positions.to_json import position_to_dict

        print(json.dumps({"id": stored.id, **position_to_dict(stored.position)}, indent=2, ensure_ascii=False))
    else:
        from desktop_app.core.positions.markdown import position_to_markdown

        sys.stdout.write(position_to_markdown(stored.position))
    return 0


def _import_positions(library, paths: list[str]) -> int:
    from desktop_app.core.positions.parse import read_position
    from desktop_app.store.positions import save_position

    failed = 0
    for name in paths:
        try:
            position = read_position(Path(name).read_bytes(), name)
        except OSError as e:
            print(f"{name}: refused: cannot be read ({e.strerror or e})")
            failed += 1
            continue
        except DocumentError as e:
            print(f"{name}: refused: {e}")
            failed += 1
            continue
        position_id, new = save_position(library.conn, position, name)
        duties = f"{len(position.duties)} dut{'y' if len(position.duties) == 1 else 'ies'}"
        status = "imported as position" if new else "unchanged: already position"
        print(f"{name}: {status} {position_id} ({position.title}; {duties})")
        for warning in position.warnings:
            print(f"{name}: warning: {warning}")
    return 1 if failed else 0


def load_position(library, argument: str):
    """The position a command names: a file to read, or the number of a stored position."""
    from desktop_app.core.positions.parse import read_position
    from desktop_app.store.positions import position

    path = Path(argument)
    if argument.isdigit() and not path.exists():
        return position(library.conn, int(argument)).position
    return read_position(path.read_bytes(), argument)


def fit_position(library, position, top: int = DEFAULT_TOP, quiet: bool = False):
    """(the fit, the next level up of the current class) of a position against the library."""
    from desktop_app.store.audit_work import fit_with_next_level

    def progress(done: int, total: int) -> None:
        if done == 0 and total and not quiet:
            print(f"classcompare fit: reading {total:,} classes of the library for the fit (once)…",
                  file=sys.stderr, flush=True)

    return fit_with_next_level(library, position, top, on_progress=progress)


def run_fit(library, args: argparse.Namespace) -> int:
    from desktop_app.core.reports.fit_report import FitReport

    if args.top < 1:
        return _fail("fit", "--top must be 1 or more")
    if not report_format(args.format).text and not args.output:
        return _fail("fit", f"--format {args.format} needs -o FILE")
    try:
        position = load_position(library, args.position)
    except PositionNotFound as e:
        return _fail("fit", e.args[0], 1)
    except OSError as e:
        return _fail("fit", f"{args.position}: cannot be read ({e.strerror or e})", 1)
    except DocumentError as e:
        return _fail("fit", f"{args.position}: {e}", 1)
    result, upper = fit_position(library, position, args.top)
    report = FitReport(result, ReportInfo(analyst=args.analyst), upper)
    return write_report(report, args, "fit")
