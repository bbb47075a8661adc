"""`classcompare draft` (a draft from a document; its state; delete; adopt) and `classcompare redline` (the draft
against the current revision as a Word file with tracked changes, or the clean draft)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop_app.core.drafts import DRAFT
from desktop_app.store.library import ClassNotFound, Library


def add_draft_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NUMBER", help="65251, OH:65251 or 65251@draft")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--from", dest="source", metavar="FILE",
                      help="save the class as FILE gives it (any document the importer reads) as its draft")
    what.add_argument("--delete", action="store_true", help="delete the class's draft")
    what.add_argument("--adopt", metavar="DATE", help="make the draft a revision effective DATE (YYYY-MM-DD)")
    parser.add_argument("--replace", action="store_true", help="with --from: replace a draft the class has")


def add_redline_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NUMBER", help="65251, OH:65251 or 65251@draft")
    parser.add_argument("-o", "--output", metavar="FILE.docx",
                        help="where to write it (default: NUMBER-redline.docx, or NUMBER-draft.docx with --clean)")
    parser.add_argument("--analyst", metavar="NAME",
                        help="the author of the tracked changes (default: your user name)")
    parser.add_argument("--clean", action="store_true", help="the draft alone, with no tracked changes")


def _fail(command: str, message: str, code: int = 1) -> int:
    print(f"classcompare {command}: {message}", file=sys.stderr)
    return code


def _class(library: Library, name: str) -> tuple[str, str]:
    jurisdiction, number, revision = library.resolve(name)
    if revision not in (None, DRAFT):
        raise ClassNotFound(f"{name}: name the class (65251) or its draft (65251@draft), not a revision")
    return jurisdiction, number


def run_draft(library: Library, args: argparse.Namespace) -> int:
    jurisdiction, number = _class(library, args.number)
    key = f"{jurisdiction}:{number}"
    if args.source:
        return _draft_from(library, jurisdiction, number, Path(args.source), args.replace)
    if args.delete:
        if not library.delete_draft(jurisdiction, number):
            return _fail("draft", f"{key} has no draft")
        print(f"{key}@draft: deleted")
        return 0
    if args.adopt:
        return _adopt(library, jurisdiction, number, args.adopt)
    draft = library.draft(jurisdiction, number)
    if draft is None:
        return _fail("draft", f"{key} has no draft; make one in the window (Draft a Revision…) "
                              "or from a document (--from FILE)")
    proposed = draft.effective_date.isoformat() if draft.effective_date else "no effective date yet"
    based = library.draft_based_on(jurisdiction, number)
    print(f"{key}@draft: {draft.title}, proposed effective {proposed}; drafted from the revision effective "
          f"{based.isoformat() if based else '(none)'}")
    print(_against_current(library, jurisdiction, number))
    return 0


def _draft_from(library: Library, jurisdiction: str, number: str, source: Path, replacing: bool) -> int:
    from desktop_app.store.drafts import NoClassInDocument, class_from_document

    key = f"{jurisdiction}:{number}"
    if library.draft(jurisdiction, number) is not None and not replacing:
        return _fail("draft", f"{key} has a draft already; give --replace to replace it with {source}, "
                              f"or delete it first (classcompare draft {number} --delete)")
    try:
        draft = class_from_document(source, jurisdiction, number)
    except NoClassInDocument as e:
        return _fail("draft", str(e))
    library.save_draft(draft, source=str(source))
    print(f"{key}@draft: saved from {source}")
    print(_against_current(library, jurisdiction, number))
    proposed = draft.effective_date
    if proposed is not None and proposed in library.revision_dates(jurisdiction, number):
        print(f"The document's effective date, {proposed.isoformat()}, is that of a revision {key} already has: "
              f"adopt the draft with the date its new text takes effect (classcompare draft {number} --adopt "
              "YYYY-MM-DD).")
    return 0


LISTED = 8  # changed, added and dropped items named one a line under the figures


def _against_current(library: Library, jurisdiction: str, number: str) -> str:
    """“Against the current revision: 2 items changed, 1 added, 1 dropped, 1 the same”, then one line for each
    item that is not the same: its status, section and number, and the words around what changed."""
    from desktop_app.core.compare import compare
    from desktop_app.core.draft_changes import changed_items

    comparison = compare([library.spec(jurisdiction, number), library.spec(jurisdiction, number, DRAFT)])
    summary = comparison.summary
    changed = summary.items_changed + summary.items_related
    lines = [f"Against the current revision: {changed} item{'' if changed == 1 else 's'} changed, "
             f"{summary.items_added} added, {summary.items_dropped} dropped, {summary.items_same} the same"]
    differing = changed_items(comparison)
    lines += [f"  {line}" for line in differing[:LISTED]]
    if len(differing) > LISTED:
        lines.append(f"  and {len(differing) - LISTED} more")
    if differing:
        lines.append(f"  (classcompare compare {number} {number}@draft shows them side by side)")
    return "\n".join(lines)


def _adopt(library: Library, jurisdiction: str, number: str, when: str) -> int:
    from desktop_app.store.drafts import DraftNotAdopted

    try:
        effective = date.fromisoformat(when)
    except ValueError:
        return _fail("draft", f"--adopt {when}: not a date (YYYY-MM-DD)", 2)
    try:
        adopted = library.adopt_draft(jurisdiction, number, effective)
    except DraftNotAdopted as e:
        return _fail("draft", str(e))
    standing = ("it is now the current revision" if adopted.current
                else "it becomes the current revision on that day" if adopted.waiting
                else "a later revision stays the current one")
    print(f"{adopted.key}: the draft is the revision effective {effective.isoformat()}; {standing}")
    if adopted.later:
        dates = ", ".join(d.isoformat() for d in adopted.later)
        print(f"{adopted.key}: the revision effective {dates} was drafted from another text and does not carry "
              "this draft's changes; draft it again from this revision if it should")
    return 0


def run_redline(library: Library, args: argparse.Namespace) -> int:
    from desktop_app.redline_files import os_user_name, write_redline

    jurisdiction, number = _class(library, args.number)
    output = args.output or f"{number}-{'draft' if args.clean else 'redline'}.docx"
    author = os_user_name() if args.analyst is None else args.analyst
    try:
        written = write_redline(library, jurisdiction, number, output, author, clean=args.clean)
    except OSError as e:
        return _fail("redline", f"cannot write {output}: {e.strerror or e}")
    print(f"{written.path}: written" if args.clean else written.line())
    return 0
