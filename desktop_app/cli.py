"""The `classcompare` command line: import, list, search, show, compare, self-test; with no arguments, the window."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app import APP_NAME, __version__

# The store and the importers load in the commands that use them: `classcompare` with no command opens the
# window, whose start should not wait for them.
if TYPE_CHECKING:
    import argparse

    from desktop_app.store.importing import ImportOutcome
    from desktop_app.store.library import Library


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here: `classcompare` alone opens the window without parsing anything

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library", metavar="PATH", default=argparse.SUPPRESS,
        help="library file to use (default: $CLASSCOMPARE_LIBRARY, else the one in your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="classcompare", parents=[common],
        description=f"{APP_NAME}: compare classification specifications. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", parents=[common], help="import spec documents (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--report", action="store_true", help="print per format which sections were found")

    p = commands.add_parser("list", parents=[common], help="list the classes in the library")
    p.add_argument("--series", metavar="CODE", help="only the classes of one series")

    p = commands.add_parser("search", parents=[common], help="full-text search over titles and spec text")
    p.add_argument("query", nargs="+")

    p = commands.add_parser("show", parents=[common], help="print class specs as Markdown or JSON")
    p.add_argument("numbers", nargs="*", metavar="NUMBER", help="65251, OH:65251 or 65251@1995-08-06")
    p.add_argument("--all", action="store_true", help="every class in the library")
    p.add_argument("--format", choices=["md", "json"], default="md")
    p.add_argument("--revision", metavar="DATE", help="the revision in effect from DATE (YYYY-MM-DD)")

    p = commands.add_parser("compare", parents=[common], help="compare 2–8 classes, or the levels of a series")
    p.add_argument("numbers", nargs="*", metavar="NUMBER", help="65250, OH:65250 or 65251@1995-08-06")
    p.add_argument("--series", metavar="CODE", help="every class of the series, in ladder order")
    p.add_argument("--base", default="previous", metavar="previous|NUMBER",
                   help="compare each level with the previous one (default), or every class with one class")
    p.add_argument("--ignore-case", action="store_true")
    p.add_argument("--ignore-punctuation", action="store_true")
    p.add_argument("--and-equals-ampersand", action="store_true", help="count '&' and 'and' as the same word")
    p.add_argument("--ignore-numbering", action="store_true", help="ignore item numbers such as '1.' or 'a)'")
    p.add_argument("--differences-only", action="store_true", help="leave out rows that are the same")
    p.add_argument("--format", choices=["md", "json", "html", "pdf"], default="md")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (required for pdf)")
    p.add_argument("--paper", choices=["letter", "a4", "legal"], default="letter")
    p.add_argument("--portrait", action="store_true", help="portrait pages (default: landscape)")
    p.add_argument("--analyst", default="", help="analyst's name for the report's title block")
    p.add_argument("--notes", metavar="FILE", help="a Markdown file of notes to print with the report")

    # No --library: the self-test always makes a new library of its own.
    p = commands.add_parser("self-test", help="check this installation end to end; exit code 0 when it works")
    p.add_argument("--folder", metavar="DIR",
                   help="where to put the test library, report and self-test.log (default: a new temporary folder)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`classcompare list | head`): not an error of ours.
        sys.stderr.close()
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # the window on the usual library: nothing to parse
        return _open_window(None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_window(getattr(args, "library", None))
    if args.command == "self-test":
        from desktop_app.self_test import run_self_test

        return run_self_test(args.folder)
    from desktop_app.store.location import open_catalog, open_library
    from desktop_app.store.schema import LibraryError

    if args.command == "import" and not all(args.paths):
        print("classcompare import: an empty name is not a file or folder", file=sys.stderr)
        return 2
    # Listing and searching read the catalog alone: the rest of the store does not load for them.
    opener = open_catalog if args.command in CATALOG_COMMANDS else open_library
    try:
        with opener(getattr(args, "library", None)) as library:
            if library.notice:
                print(f"classcompare: {library.notice}", file=sys.stderr)
            return COMMANDS[args.command](library, args)
    except LibraryError as e:
        print(f"classcompare: {e}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as e:  # a damaged page, met while reading
        from desktop_app.store.errors import read_error
        from desktop_app.store.location import library_path

        print(f"classcompare: {read_error(e, library_path(getattr(args, 'library', None)))}", file=sys.stderr)
        return 2
    except LookupError as e:
        from desktop_app.store.library import ClassNotFound

        if not isinstance(e, ClassNotFound):
            raise
        print(f"classcompare: {e.args[0]}", file=sys.stderr)
        return 1


def _open_window(library: str | None) -> int:
    try:
        from desktop_app.app import run_window
    except ImportError:
        print(f"{APP_NAME}: the desktop window is not part of this build yet; "
              "use a command (classcompare --help).", file=sys.stderr)
        return 2
    return run_window(library)


def _import(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.store.importing import ImportStopped, import_paths, summary_line

    outcomes: list[ImportOutcome] = []

    def report(done: int, total: int, outcome: ImportOutcome) -> None:
        print(outcome.line(), flush=True)

    try:
        outcomes = import_paths(library, args.paths, on_progress=report)
    except ImportStopped as e:
        print(summary_line(e.outcomes), flush=True)
        print(f"classcompare: {e}", file=sys.stderr)
        return 2
    print(summary_line(outcomes))
    if not outcomes:
        print("no documents found", file=sys.stderr)
        return 1
    if args.report:
        _print_coverage(outcomes)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _print_coverage(outcomes: list[ImportOutcome]) -> None:
    from desktop_app.core.formats.section_coverage import ImportFailure, coverage_by_format

    coverage = coverage_by_format(
        [o.found for o in outcomes if o.found is not None],
        [ImportFailure(o.path, o.format or "unknown", o.reason) for o in outcomes if o.status == "failed"],
    )
    print("\nSections found, per format:")
    for entry in coverage.values():
        print(f"  {entry.summary()}")
        if entry.single_incomplete:
            print(f"  {entry.format}: single-class specs without all of concept, duties, qualifications: "
                  f"{', '.join(entry.single_incomplete)}")


def _list(library: Library, args: argparse.Namespace) -> int:
    entries = library.classes(series_code=args.series)
    if not entries:
        print("no classes" + (f" in series {args.series}" if args.series else ""), file=sys.stderr)
        return 1
    for e in entries:
        when = e.effective_date.isoformat() if e.effective_date else "-"
        extra = f"  abolished {e.abolished.isoformat()}" if e.abolished else ""
        print(f"{e.jurisdiction}:{e.number:<8} {e.series_code:<6} {when:<10}  {e.title}{extra}")
    return 0


def _search(library: Library, args: argparse.Namespace) -> int:
    hits = library.search(" ".join(args.query), limit=None)
    if not hits:
        print("no matches", file=sys.stderr)
        return 1
    for hit in hits:
        print(f"{hit.jurisdiction}:{hit.number:<8} {hit.title}\n    {hit.snippet}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    if args.all:
        names = [e.key for e in library.classes()]
    elif args.numbers:
        names = args.numbers
    else:
        print("classcompare show: name one or more classes, or --all", file=sys.stderr)
        return 2
    if args.revision:
        names = [n if "@" in n else f"{n}@{args.revision}" for n in names]
    specs = [library.spec_named(n) for n in names]
    if args.format == "json":
        import json

        from desktop_app.core.spec_json import spec_to_dict

        data = [spec_to_dict(s) for s in specs]
        print(json.dumps(data[0] if len(data) == 1 and not args.all else data, indent=2, ensure_ascii=False))
    else:
        from desktop_app.core.spec_markdown import spec_to_markdown

        print("\n".join(spec_to_markdown(s) for s in specs), end="")
    return 0


def _compare(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.compare_command import run_compare

    return run_compare(library, args)


COMMANDS = {"import": _import, "list": _list, "search": _search, "show": _show, "compare": _compare}
CATALOG_COMMANDS = frozenset(("list", "search"))


if __name__ == "__main__":
    sys.exit(main())
