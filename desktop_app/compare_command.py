"""`classcompare compare`: choose the classes, compare them, print or write the report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.core.compare import MAX_CLASSES, MIN_CLASSES, compare, default_labels
from desktop_app.core.compare.ladder_order import series_levels
from desktop_app.core.compare.options import OPTIONS, CompareOptions
from desktop_app.core.comparison_state import ComparisonState
from desktop_app.core.model import ClassSpec
from desktop_app.core.reports.comparison_report import ComparisonReport
from desktop_app.core.reports.formats import format_names, report_format
from desktop_app.core.reports.paper import PAPERS, PageSetup, paper_named
from desktop_app.files import write_atomically
from desktop_app.store.library import ClassNotFound, Library


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("numbers", nargs="*", metavar="NUMBER", help="65250, OH:65250 or 65251@1995-08-06")
    parser.add_argument("--series", metavar="CODE", help="every class of the series, in ladder order")
    parser.add_argument("--base", default="previous", metavar="previous|NUMBER",
                        help="compare each level with the previous one (default), or every class with one class")
    for option in OPTIONS:
        parser.add_argument(option.flag, dest=option.field, action="store_true", help=option.help)
    parser.add_argument("--differences-only", action="store_true", help="leave out rows that are the same")
    add_report_arguments(parser)
    parser.add_argument("--analyst", default="", help="analyst's name for the report's title block")
    parser.add_argument("--notes", metavar="FILE", help="a Markdown file of notes to print with the report")


def series_specs(library: Library, code: str) -> tuple[list[ClassSpec], int]:
    """The levels of a series to compare, in ladder order, and how many classes the series has."""
    jurisdiction, _, code = code.rpartition(":")
    entries = [e for e in library.classes(series_code=code)
               if not jurisdiction or e.jurisdiction == jurisdiction.upper()]
    if not entries:
        raise ClassNotFound(f"series {code}: no classes in the library")
    places = {e.jurisdiction for e in entries}
    if len(places) > 1:
        raise ClassNotFound(f"series {code}: in more than one jurisdiction; name one of "
                            + ", ".join(f"{j}:{code}" for j in sorted(places)))
    return series_levels(library.spec(e.jurisdiction, e.number) for e in entries)


def _fail(message: str, code: int = 2) -> int:
    print(f"classcompare compare: {message}", file=sys.stderr)
    return code


def run_compare(library: Library, args: argparse.Namespace) -> int:
    if args.series and args.numbers:
        return _fail("give class numbers or --series, not both")
    if args.series:
        specs, total = series_specs(library, args.series)
        if total > len(specs):
            print(f"classcompare compare: series {args.series} has {total} classes; "
                  f"comparing the first {len(specs)} levels", file=sys.stderr)
    else:
        specs = [library.spec_named(n) for n in args.numbers]
    if not MIN_CLASSES <= len(specs) <= MAX_CLASSES:
        return _fail(f"name {MIN_CLASSES} to {MAX_CLASSES} classes (got {len(specs)})")
    labels = default_labels(specs)
    base = None
    if args.base != "previous":
        # A label first: "65251" is the revision, not its draft ("65251@draft").
        matches = [label for label in labels if label == args.base] or [
            label for label, spec in zip(labels, specs)
            if args.base in (label, spec.number, f"{spec.jurisdiction}:{spec.number}")]
        if len(matches) != 1:
            return _fail(f"--base {args.base} is not one of {', '.join(labels)}")
        base = matches[0]
    options = CompareOptions(base=base, **{o.field: getattr(args, o.field) for o in OPTIONS})
    try:
        notes = Path(args.notes).read_text(encoding="utf-8") if args.notes else ""
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not a UTF-8 text file"
        return _fail(f"--notes {args.notes}: {reason}")
    state = ComparisonState(tuple(labels), options, notes, args.differences_only)
    report = ComparisonReport(compare(specs, options, labels),
                              state.report_info(args.analyst))
    return write_report(report, args, "compare")


def write_report(report, args: argparse.Namespace, command: str) -> int:
    """Print the report, or write it to ``-o FILE``, in ``--format``; PDF and Word need a file."""
    fmt = report_format(args.format)
    page = PageSetup(paper_named(args.paper).name, not args.portrait)

    def fail(message: str, code: int = 2) -> int:
        print(f"classcompare {command}: {message}", file=sys.stderr)
        return code

    if not fmt.text and not args.output:
        return fail(f"--format {fmt.name} needs -o FILE")
    if fmt.render is None:  # drawn on pages by Qt
        from desktop_app.ui.headless import headless_application
        from desktop_app.ui.pdf_report import write_pdf_report

        _app = headless_application()
        try:
            pages = write_pdf_report(report, args.output, page.paper, page.landscape)
        except OSError as e:
            return fail(f"cannot write {args.output}: {e.strerror or e}", 1)
        print(f"{args.output}: {pages} pages")
        return 0
    data = fmt.render(report, page)
    if not args.output:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        write_atomically(args.output, data)
    except OSError as e:
        return fail(f"cannot write {args.output}: {e.strerror or e}", 1)
    print(f"{args.output}: written")
    return 0


def add_report_arguments(parser: argparse.ArgumentParser, default: str = "md") -> None:
    """--format, -o, --paper, --portrait: how a report is written (compare and show)."""
    parser.add_argument("--format", choices=format_names(), default=default)
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (required for pdf and docx)")
    parser.add_argument("--paper", choices=[p.key for p in PAPERS], default=PAPERS[0].key)
    parser.add_argument("--portrait", action="store_true", help="portrait pages (default: landscape)")
