"""A redline as a Word document whose insertions and deletions are Word revisions (``w:ins``, ``w:del`` with the
analyst as author and the date), to Accept or Reject in Word; and the clean copy of a draft. No Qt, no SQL.

A paragraph wholly new or gone also has its paragraph mark inserted or deleted (``w:pPr/w:rPr/w:ins|w:del``), so
that accepting a deleted item, or rejecting an inserted one, leaves no empty paragraph behind.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, timezone
from itertools import count

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop_app.core.compare.comparison import DELETE, EQUAL, INSERT
from desktop_app.core.model import ClassSpec
from desktop_app.core.redline import FACT, HEADING, ITEM, NOTE, TITLE, Paragraph, redline, spec_paragraphs
from desktop_app.core.spec_markdown import printout_identity

STYLES = {TITLE: "Title", FACT: "Normal", HEADING: "Heading 2", NOTE: "Normal", ITEM: "Normal"}
_REVISION = {INSERT: "w:ins", DELETE: "w:del"}


def word_date(when: datetime) -> str:
    """A revision's date as Word writes it: UTC, to the second."""
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def redline_docx(current: ClassSpec, draft: ClassSpec, author: str, when: datetime) -> bytes:
    """The draft against the current revision, every change a Word revision by ``author`` at ``when``."""
    against = current.effective_date.isoformat() if current.effective_date else "with no effective date"
    header = f"{draft.key} {draft.title}: draft against the revision effective {against} (tracked changes)"
    return docx_bytes(redline(current, draft), title=f"Redline of {draft.key} {draft.title}", header=header,
                      author=author, when=when, track_changes=True, note=printout_identity([draft]))


def clean_docx(draft: ClassSpec, author: str, when: datetime) -> bytes:
    """The draft alone, as it would be adopted."""
    proposed = f", proposed effective {draft.effective_date.isoformat()}" if draft.effective_date else ""
    return docx_bytes(spec_paragraphs(draft), title=f"{draft.key} {draft.title} (draft)",
                      header=f"{draft.key} {draft.title}: draft{proposed}", author=author, when=when,
                      track_changes=False, note=printout_identity([draft]))


def docx_bytes(paragraphs: Sequence[Paragraph], *, title: str, header: str, author: str, when: datetime,
               track_changes: bool, note: str = "") -> bytes:
    """The paragraphs as a .docx. ``track_changes``: the document keeps tracking, so that edits made in it
    during the review are revisions too (the redline); the clean copy does not. ``note``: what reading the
    document back as the draft needs (formats/printed.py), kept as hidden text at its end."""
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.last_modified_by = author
    document.core_properties.created = when
    document.core_properties.revision = 1
    document.sections[0].header.paragraphs[0].text = header
    ids = count(1)
    stamp = {"w:author": author, "w:date": word_date(when)}
    for paragraph in paragraphs:
        p = document.add_paragraph(style=STYLES[paragraph.role])
        if paragraph.role == ITEM:
            p.paragraph_format.space_after = Pt(6)
        if paragraph.mark != EQUAL:
            properties = p._p.get_or_add_pPr()
            marks = OxmlElement("w:rPr")
            marks.append(_revision(paragraph.mark, ids, stamp))
            properties.append(marks)  # after w:pStyle, as the schema orders a paragraph's properties
        for run in paragraph.runs:
            element = _run(run.text, run.italic, deleted=run.op == DELETE)
            if run.op == EQUAL:
                p._p.append(element)
            else:
                revision = _revision(run.op, ids, stamp)
                revision.append(element)
                p._p.append(revision)
    if note:
        from desktop_app.core.reports.word import add_hidden_note

        add_hidden_note(document, note)
    if track_changes:
        _track_changes(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _revision(op: str, ids, stamp: dict[str, str]):
    element = OxmlElement(_REVISION[op])
    element.set(qn("w:id"), str(next(ids)))
    for name, value in stamp.items():
        element.set(qn(name), value)
    return element


def _run(text: str, italic: bool, deleted: bool):
    run = OxmlElement("w:r")
    if italic:
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:i"))
        run.append(properties)
    # A deleted run keeps its text in w:delText, as Word writes it; w:t there would read as kept text.
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


# Elements of w:settings that the schema puts after w:trackRevisions (the first of them found is where it goes).
_AFTER_TRACKING = ("w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection", "w:autoFormatOverride",
                   "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop")


def _track_changes(document) -> None:
    settings = document.settings.element
    tracking = OxmlElement("w:trackRevisions")
    for name in _AFTER_TRACKING:
        found = settings.find(qn(name))
        if found is not None:
            found.addprevious(tracking)
            return
    settings.append(tracking)
