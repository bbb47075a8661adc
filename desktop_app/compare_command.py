"""`classcompare compare`: choose the classes, compare them, print or write the report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.core.compare import CompareOptions, compare, default_labels, ladder
from desktop_app.core.compare.comparison import MAX_CLASSES
from desktop_app.core.model import ClassSpec
from desktop_app.core.report import ReportInfo
from desktop_app.files import write_text_atomically
from desktop_app.store.library import ClassNotFound, Library


def series_specs(library: Library, code: str) -> list[ClassSpec]:
    jurisdiction, _, code = code.rpartition(":")
    entries = [e for e in library.classes(series_code=code)
               if not jurisdiction or e.jurisdiction == jurisdiction.upper()]
    if not entries:
        raise ClassNotFound(f"series {code}: no classes in the library")
    places = {e.jurisdiction for e in entries}
    if len(places) > 1:
        raise ClassNotFound(f"series {code}: in more than one jurisdiction; name one of "
                            + ", ".join(f"{j}:{code}" for j in sorted(places)))
    return ladder([library.spec(e.jurisdiction, e.number) for e in entries])


def run_compare(library: Library, args: argparse.Namespace) -> int:
    if args.series and args.numbers:
        print("classcompare compare: give class numbers or --series, not both", file=sys.stderr)
        return 2
    if args.series:
        specs = series_specs(library, args.series)
        if len(specs) > MAX_CLASSES:
            print(f"classcompare compare: series {args.series} has {len(specs)} classes; "
                  f"comparing the first {MAX_CLASSES} levels", file=sys.stderr)
            specs = specs[:MAX_CLASSES]
    else:
        specs = [library.spec_named(n) for n in args.numbers]
    if not 2 <= len(specs) <= MAX_CLASSES:
        print(f"classcompare compare: name 2 to {MAX_CLASSES} classes (got {len(specs)})", file=sys.stderr)
        return 2
    labels = default_labels(specs)
    base = None
    if args.base != "previous":
        matches = [label for label, spec in zip(labels, specs)
                   if args.base in (label, spec.number, f"{spec.jurisdiction}:{spec.number}")]
        if len(matches) != 1:
            print(f"classcompare compare: --base {args.base} is not one of {', '.join(labels)}", file=sys.stderr)
            return 2
        base = matches[0]
    options = CompareOptions(base=base, ignore_case=args.ignore_case, ignore_punctuation=args.ignore_punctuation,
                             and_equals_ampersand=args.and_equals_ampersand, ignore_numbering=args.ignore_numbering)
    comparison = compare(specs, options, labels)
    try:
        notes = Path(args.notes).read_text(encoding="utf-8") if args.notes else ""
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not a UTF-8 text file"
        print(f"classcompare compare: --notes {args.notes}: {reason}", file=sys.stderr)
        return 2
    info = ReportInfo(analyst=args.analyst, notes=notes, differences_only=args.differences_only)

    if args.format == "pdf":
        if not args.output:
            print("classcompare compare: --format pdf needs -o FILE", file=sys.stderr)
            return 2
        from desktop_app.ui.headless import headless_application
        from desktop_app.ui.report_export import export_report

        _app = headless_application()
        try:
            pages = export_report(comparison, info, "pdf", args.output,
                                  args.paper.title() if args.paper != "a4" else "A4", not args.portrait)
        except OSError as e:
            print(f"classcompare compare: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(f"{args.output}: {pages} pages")
        return 0
    from desktop_app.ui.report_export import report_text

    text = report_text(comparison, info, args.format)
    if args.output:
        try:
            write_text_atomically(args.output, text)
        except OSError as e:
            print(f"classcompare compare: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(f"{args.output}: written")
    else:
        sys.stdout.write(text)
    return 0
