"""`classcompare audit`: a position held against candidate classes, the decision recorded, the audit report
printed or written; `classcompare audits` lists the audits of the library."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop_app.compare_command import write_report
from desktop_app.core.errors import DocumentError
from desktop_app.core.reports.formats import report_format
from desktop_app.core.reports.info import ReportInfo
from desktop_app.position_command import add_report_arguments, load_position


def add_audit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("position", nargs="?", metavar="PD_FILE|POSITION_ID",
                        help="a position description file, or the number of a position in the library")
    parser.add_argument("--open", type=int, metavar="AUDIT_ID", help="a saved audit, as it was decided")
    parser.add_argument("--with", dest="classes", nargs="+", metavar="CLASS",
                        help="1 to 4 classes to compare (default: the best fit, the current class, the next level up)")
    parser.add_argument("--choose", metavar="CLASS", help="the class the position is allocated to")
    parser.add_argument("--effective", metavar="DATE", help="when the allocation takes effect (YYYY-MM-DD)")
    parser.add_argument("--rationale", metavar="FILE", help="a Markdown file: why the position belongs there")
    parser.add_argument("--save", action="store_true",
                        help="keep the audit and its decision in the library (a file is imported as a position)")
    add_report_arguments(parser)


def add_audits_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--position", type=int, metavar="POSITION_ID", help="only the audits of one position")


def _fail(message: str, code: int = 2) -> int:
    print(f"classcompare audit: {message}", file=sys.stderr)
    return code


def run_audits(library, args: argparse.Namespace) -> int:
    from desktop_app.store.audits import audits

    entries = audits(library.conn, args.position)
    if not entries:
        print("no audits", file=sys.stderr)
        return 1
    for e in entries:
        chosen = e.chosen_class or "not decided"
        when = f" from {e.effective_date.isoformat()}" if e.effective_date else ""
        print(f"{e.id:<4} position {e.position_id} {e.position_title}: {chosen}{when}")
    return 0


def run_audit(library, args: argparse.Namespace) -> int:
    from desktop_app.core.audit.decision import Decision
    from desktop_app.core.reports.audit_report import AuditReport
    from desktop_app.store.library import ClassNotFound

    if not report_format(args.format).text and not args.output:
        return _fail(f"--format {args.format} needs -o FILE")
    if args.open is not None:
        return _reopen(library, args)
    if not args.position:
        return _fail("name a position (PD_FILE or POSITION_ID), or --open AUDIT_ID")
    if args.classes and not 1 <= len(args.classes) <= 4:
        return _fail(f"--with names 1 to 4 classes (got {len(args.classes)})")
    try:
        effective = date.fromisoformat(args.effective) if args.effective else None
    except ValueError:
        return _fail(f"--effective {args.effective}: not a date (YYYY-MM-DD)")
    try:
        rationale = Path(args.rationale).read_text(encoding="utf-8") if args.rationale else ""
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not a UTF-8 text file"
        return _fail(f"--rationale {args.rationale}: {reason}")
    try:
        position = load_position(library, args.position)
    except LookupError as e:
        return _fail(e.args[0], 1)
    except OSError as e:
        return _fail(f"{args.position}: cannot be read ({e.strerror or e})", 1)
    except DocumentError as e:
        return _fail(f"{args.position}: {e}", 1)
    try:
        classes = [library.spec_named(k).key for k in args.classes] if args.classes else None
        chosen = library.spec_named(args.choose).key if args.choose else None
    except ClassNotFound as e:
        return _fail(e.args[0], 1)
    from desktop_app.store.audit_work import prepare_audit

    work = prepare_audit(library, position, classes)
    decision = Decision(chosen, effective, rationale)
    audit_id = _save(library, args, work, decision) if args.save else None
    report = AuditReport(work.audit, work.ranking, decision, ReportInfo(analyst=args.analyst), work.next_level,
                         audit_id)
    code = write_report(report, args, "audit")
    if audit_id is not None and code == 0:
        print(f"saved as audit {audit_id}", file=sys.stderr)
    return code


def _save(library, args: argparse.Namespace, work, decision) -> int:
    from desktop_app.store.audits import save_audit
    from desktop_app.store.positions import save_position

    position_id = int(args.position) if args.position.isdigit() and not Path(args.position).exists() else \
        save_position(library.conn, work.position, args.position)[0]
    return save_audit(library.conn, position_id, [s.key for s in work.classes], list(work.ranking),
                      decision.chosen_class, decision.effective_date, decision.rationale, analyst=args.analyst or "")


def _reopen(library, args: argparse.Namespace) -> int:
    from desktop_app.core.audit.comparison import audit_comparison, coverage_of
    from desktop_app.core.audit.decision import Decision
    from desktop_app.core.reports.audit_report import AuditReport
    from desktop_app.store.audits import audit
    from desktop_app.store.positions import position

    try:
        saved = audit(library.conn, args.open)
    except LookupError as e:
        return _fail(e.args[0], 1)
    stored = position(library.conn, saved.position_id)
    classes = [library.spec_named(k) for k in saved.classes]
    upper = next((c["key"] for c in saved.ranking if c.get("next_level_up")), None)
    report = AuditReport(audit_comparison(stored.position, classes, coverage=coverage_of(saved.ranking)),
                         tuple(saved.ranking),
                         Decision(saved.chosen_class, saved.effective_date, saved.rationale),
                         ReportInfo(analyst=args.analyst or saved.analyst), upper, saved.id)
    return write_report(report, args, "audit")
