"""The `classcompare` command line: import, list, search, show, compare, draft, redline, position, fit, audit,
audits, self-test; with no arguments, the window."""

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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
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
    p.add_argument("--jurisdiction", metavar="NAME",
                   help="the jurisdiction of documents that do not say which one they come from "
                        "(a name such as 'City of Eastvale', or the code of one in the library)")

    p = commands.add_parser("list", parents=[common], help="list the classes in the library")
    p.add_argument("--series", metavar="CODE", help="only the classes of one series")

    p = commands.add_parser("search", parents=[common], help="full-text search over titles and spec text")
    p.add_argument("query", nargs="+")

    p = commands.add_parser("show", parents=[common], help="print class specs, or write them as PDF, Word, HTML…")
    p.add_argument("numbers", nargs="*", metavar="NUMBER", help="65251, OH:65251 or 65251@1995-08-06")
    p.add_argument("--all", action="store_true", help="every class in the library")
    p.add_argument("--revision", metavar="DATE", help="the revision in effect from DATE (YYYY-MM-DD)")
    if argv is None or "show" in argv:
        from desktop_app.compare_command import add_report_arguments

        add_report_arguments(p)

    p = commands.add_parser("compare", parents=[common], help="compare 2–8 classes, or the levels of a series")
    if argv is None or "compare" in argv:
        # Its flags come from the comparison's option and format tables, which load the engine: only when asked.
        from desktop_app.compare_command import add_arguments

        add_arguments(p)

    p = commands.add_parser("draft", parents=[common],
                            help="a class's draft: from a document (--from FILE), --delete, --adopt DATE")
    if argv is None or "draft" in argv:
        from desktop_app.draft_command import add_draft_arguments

        add_draft_arguments(p)

    p = commands.add_parser("redline", parents=[common],
                            help="a class's draft against its current revision, as Word tracked changes")
    if argv is None or "redline" in argv:
        from desktop_app.draft_command import add_redline_arguments

        add_redline_arguments(p)

    p = commands.add_parser("position", parents=[common], help="position descriptions: import, list, show, delete")
    p2 = commands.add_parser("fit", parents=[common], help="rank the library's classes for a position description")
    if argv is None or "position" in argv or "fit" in argv:
        from desktop_app.position_command import add_fit_arguments, add_position_arguments

        add_position_arguments(p, common)
        add_fit_arguments(p2)

    p = commands.add_parser("audit", parents=[common],
                            help="a position against 1–4 classes side by side, the decision, the audit report")
    p2 = commands.add_parser("audits", parents=[common], help="list the audits of the library")
    if argv is None or "audit" in argv or "audits" in argv:
        from desktop_app.audit_command import add_audit_arguments, add_audits_arguments

        add_audit_arguments(p)
        add_audits_arguments(p2)

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
    parser = build_parser(argv)
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
        outcomes = import_paths(library, args.paths, on_progress=report, jurisdiction=args.jurisdiction)
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
        if entry.missing:
            print(f"  {entry.missing_line()}")


def _list(library: Library, args: argparse.Namespace) -> int:
    entries = library.classes(series_code=args.series)
    if not entries:
        print("no classes" + (f" in series {args.series}" if args.series else ""), file=sys.stderr)
        return 1
    drafts = library.drafts()
    # Columns as wide as their widest entry: a city's series ("Code Enforcement") is longer than a state's code.
    key_width = max(len(e.jurisdiction) + 1 + max(len(e.number), 8) for e in entries)
    series_width = max(6, *(len(e.series_code) for e in entries))
    for e in entries:
        when = e.effective_date.isoformat() if e.effective_date else "-"
        extra = f"  abolished {e.abolished.isoformat()}" if e.abolished else ""
        extra += "  (draft)" if e.key in drafts else ""
        key = f"{e.jurisdiction}:{e.number}"
        print(f"{key:<{key_width}} {e.series_code:<{series_width}} {when:<10}  {e.title}{extra}")
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
    from desktop_app.compare_command import write_report
    from desktop_app.core.reports.spec_report import SpecReport, revision_standing

    standings = tuple(revision_standing(s, library.spec(s.jurisdiction, s.number).effective_date) if "@" in n else ""
                      for n, s in zip(names, specs))
    names = {s.jurisdiction: library.jurisdiction_name(s.jurisdiction) for s in specs}
    return write_report(SpecReport(tuple(specs), as_list=args.all, jurisdictions=names, standings=standings), args,
                        "show")


def _compare(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.compare_command import run_compare

    return run_compare(library, args)


def _draft(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.draft_command import run_draft

    return run_draft(library, args)


def _redline(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.draft_command import run_redline

    return run_redline(library, args)


def _position(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.position_command import run_position

    return run_position(library, args)


def _fit(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.position_command import run_fit

    return run_fit(library, args)


def _audit(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.audit_command import run_audit

    return run_audit(library, args)


def _audits(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.audit_command import run_audits

    return run_audits(library, args)


COMMANDS = {"import": _import, "list": _list, "search": _search, "show": _show, "compare": _compare,
            "draft": _draft, "redline": _redline, "position": _position, "fit": _fit, "audit": _audit,
            "audits": _audits}
CATALOG_COMMANDS = frozenset(("list", "search"))


if __name__ == "__main__":
    sys.exit(main())
