"""A class spec this program printed, read back: the Markdown of `show --format md`, or the Word document of
`show --format docx`, a redline or a clean draft (read as that Markdown, word_markdown), edited or not. The analyst can
revise a printed spec in a word processor and bring it back as the class's draft. No Qt, no SQL.

The printout keeps what its reader needs and a person reading it cannot see: each class's jurisdiction code,
number, series code and the kind of each section by its heading (spec_markdown.printout_identity), as JSON in
a comment (Markdown) or a last paragraph of hidden text (Word). What a reader can see and edit comes from the
text: the title, the dates, the bargaining unit, the sections and their items. A section added under a heading
of its own reads by the vocabulary of headings (a heading none knows is kept as ``other``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.errors import DocumentError
from desktop_app.core.jurisdictions import Jurisdictions
from desktop_app.core.model import SECTION_KINDS, ClassSpec, Document, Item, Section, Series
from desktop_app.core.spec_markdown import AFTER_EMPLOYMENT, KIND_LETTERS, PRINTOUT_MARKER

NAME = "printout"
LABEL = "a class specification printed by Class Spec Compare (Markdown or Word)"
# None of its own: a folder's Markdown files are notes and READMEs far more often than printouts, so a folder import
# leaves them out; a printout named on its own (or chosen in a file dialog under "All files") is read.
SUFFIXES = ()
NAMED_IN_REFUSALS = False  # "not a CalHR page, …": what a government's document could be, not this program's own
SERIES_PURPOSE = "series-purpose"
_KINDS = {letter: kind for kind, letter in KIND_LETTERS.items()}
_COMMENT = re.compile(r"^<!-- " + PRINTOUT_MARKER + r" (\{.*\}) -->$", re.MULTILINE)
_FACT = re.compile(r"^- \*\*(.+?):\*\* (.*)$")
_NUMBERED = re.compile(r"^\d{1,3}\. ")
_FIELD_LINE = re.compile(r"([A-Z][\w ]{0,30}): (.+)")  # "Effective date: 2025-07-01", as a redline gives it
_AFTER = f" *({AFTER_EMPLOYMENT})*"
# What Markdown escaping wrote (reports/markdown.py, core/text_escape.py), undone in the reverse order.
_BACKSLASHED = re.compile(r"\\([\\`*_\[\]{}|#>+\-=.)])")


def looks_like(text: str) -> bool:
    return _COMMENT.search(text) is not None


def unescape(text: str) -> str:
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return _BACKSLASHED.sub(r"\1", text)


@dataclass
class _Class:
    known: list  # [jurisdiction code, number, series code or None, [[heading, kind letter], …]]
    title_line: str
    facts: dict[str, str] = field(default_factory=dict)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)


def _noted(found: re.Match | None) -> dict[str, list]:
    """The classes a printout's note names, by number ({} where the note is missing or damaged)."""
    try:
        known = json.loads(found.group(1))["classes"]
        return {k[1]: k for k in known if _well_formed(k)}
    except (AttributeError, ValueError, KeyError, TypeError, IndexError):
        return {}


def parse(text: str, source: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    found = _COMMENT.search(text)
    numbers = _noted(found)
    if not numbers:
        raise DocumentError("a Class Spec Compare printout whose closing note is damaged: print the class "
                            "again")
    classes = _classes([line.rstrip() for line in text[: found.start()].splitlines() if line.strip()], numbers)
    if not classes:
        raise DocumentError("a Class Spec Compare printout that names none of its classes in a heading")
    # The classes name their series by its code; the series themselves (their agencies, dates and purpose as the
    # library has them) are not in a printout, and the library keeps them as they are.
    return Document(NAME, (), tuple(_spec(c, source) for c in classes))


def _well_formed(known) -> bool:
    """[jurisdiction, number, series code or None, [[heading, kind letter], …]], as printout_identity writes it."""
    return (isinstance(known, list) and len(known) == 4 and isinstance(known[0], str) and isinstance(known[1], str)
            and (known[2] is None or isinstance(known[2], str)) and isinstance(known[3], list)
            and all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in known[3]))


def _classes(blocks: list[str], numbers: dict[str, list]) -> list[_Class]:
    classes: list[_Class] = []
    for block in blocks:
        if block.startswith("# "):
            head = unescape(block[2:])
            number = head.split(" ", 1)[0].removesuffix("@draft")
            if number in numbers:
                classes.append(_Class(numbers[number], head))
            continue
        if not classes:
            continue
        current = classes[-1]
        if block.startswith("#"):
            current.sections.append((unescape(block.lstrip("#").strip()), []))
        elif not current.sections and (fact := _FACT.match(block)):
            current.facts[unescape(fact.group(1))] = unescape(fact.group(2))
        elif current.sections:
            current.sections[-1][1].append(block)
    return classes


def _spec(found: _Class, source: str) -> ClassSpec:
    jurisdiction, number, series_code, printed_kinds = found.known
    draft = found.title_line.split(" ", 1)[0].endswith("@draft")
    title = found.title_line.split(" ", 1)[1].strip() if " " in found.title_line else ""
    # Each section's kind as printed under its heading; a heading the analyst added reads by its words.
    by_heading: dict[str, list[str]] = {}
    for heading, letter in printed_kinds:
        by_heading.setdefault(heading, []).append(_KINDS.get(letter, "other"))
    kinds = [(by_heading[heading].pop(0) if by_heading.get(heading) else _kind_of(heading))
             for heading, _lines in found.sections]
    series_purpose: tuple[str, ...] = ()
    sections = []
    for (heading, lines), kind in zip(found.sections, kinds):
        note, items = _note_and_items(lines)
        if kind == SERIES_PURPOSE:
            series_purpose = tuple(item.text for item in items)
            continue
        sections.append(Section(kind if kind in SECTION_KINDS else "other", heading, tuple(items), note))
    facts = found.facts
    series = None
    if series_code is not None:
        shown = facts.get("Series", "")
        series_title = shown[len(series_code):].strip() if shown.startswith(series_code) else shown
        series = Series(jurisdiction, series_code, series_title, purpose=series_purpose)
    effective = facts.get("Proposed effective") or facts.get("Effective") or facts.get("Effective date")
    return ClassSpec(
        jurisdiction=jurisdiction, number=number, title=title, series=series,
        bargaining_unit=facts.get("Bargaining unit", ""), effective_date=_date(effective, "effective"),
        sections=tuple(sections), established=_date(facts.get("Established"), "established"),
        abolished=_date(facts.get("Abolished"), "abolished"), source=source, draft=draft,
    )


def _note_and_items(lines: list[str]) -> tuple[str, list[Item]]:
    note, items = "", []
    for n, line in enumerate(lines):
        if n == 0 and len(line) > 2 and line.startswith("*") and line.endswith("*") and not line.endswith(_AFTER):
            note = unescape(line[1:-1])
            continue
        text = line[2:] if line.startswith("- ") else _NUMBERED.sub("", line, count=1)
        after = text.endswith(_AFTER)
        if after:
            text = text[: -len(_AFTER)]
        text = unescape(text).strip()
        if text:
            items.append(Item(text, after))
    return note, items


def _kind_of(heading: str) -> str:
    from desktop_app.core.formats.section_headings import heading_role

    words = heading.casefold().split()
    lead = {"knowledge": "knowledge", "skill": "skills", "skills": "skills", "ability": "abilities",
            "abilities": "abilities"}.get(words[0] if words else "")
    if lead and len(words) <= 2:  # "Knowledge of", "Skill in", "Ability to": a lead-in as a heading
        return lead
    role = heading_role(heading)
    if role == "licence":
        return "qualifications"  # licences and certificates are ways in, as the importers read them
    if role == "ksa":
        words = heading.casefold()
        return "skills" if "skill" in words else "abilities" if "abilit" in words else "knowledge"
    return role if role in SECTION_KINDS else "other"


def _date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DocumentError(f"the {what} date “{text}” is not a date (YYYY-MM-DD, such as 2025-07-01)") from None


# ---- a printout written as Word (extract.py reads its text through these) ---------------------------------


def is_word_printout(document) -> bool:
    """A class spec this program wrote as Word: its last paragraph, hidden, is the printout's note."""
    paragraphs = document.paragraphs
    return bool(paragraphs) and paragraphs[-1].text.startswith(f"<!-- {PRINTOUT_MARKER} ")


def word_markdown(document) -> str:
    """A class spec this program wrote as Word (a spec report, a redline or a clean draft), as the Markdown it
    writes of the same spec, which ``parse`` reads: its title and section headings by their styles, its fields by
    its first table (or its "Label: value" lines before the first heading, as a redline and a clean draft give
    them), its items one a paragraph, a section's note by its italics. Tracked changes read as accepted: what
    was inserted is kept, what was deleted is gone (a redline reviewed in Word comes back as the reviewers left
    it)."""
    from docx.oxml.ns import qn
    from docx.table import Table

    from desktop_app.core.formats.page_layout import clean_line
    from desktop_app.core.text_escape import markdown_inline as md

    note = document.paragraphs[-1].text
    numbers = list(_noted(_COMMENT.search(note)))
    after = f" ({AFTER_EMPLOYMENT})"
    text_tag, italic = qn("w:t"), f"{qn('w:rPr')}/{qn('w:i')}"
    lines: list[str] = []
    in_body = False
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            if not in_body:
                for row in block.rows:
                    cells = [clean_line(" ".join(p.text for p in cell.paragraphs)) for cell in row.cells]
                    if len(cells) >= 2 and cells[0]:
                        lines.append(f"- **{md(cells[0])}:** {md(cells[1])}")
            continue
        text = clean_line("".join(t.text or "" for t in block._p.iter(text_tag)))  # w:delText is not w:t
        if not text or text.startswith(f"<!-- {PRINTOUT_MARKER} "):
            continue
        style = block.style.name if block.style is not None else ""
        if style == "Title":
            if numbers and text.split(" ", 1)[0].removesuffix("@draft") not in numbers:
                text = f"{numbers[0]} {text}"  # a redline's title is the class's title alone
            lines.append(f"# {md(text)}")
        elif style.startswith("Heading"):
            level = 1 if style == "Heading 1" else int(style.split()[-1]) if style[-1:].isdigit() else 2
            lines.append(f"{'#' * level} {md(text)}")
            in_body = in_body or level >= 2
        elif not in_body and (pair := _FIELD_LINE.fullmatch(text)):
            lines.append(f"- **{md(pair.group(1))}:** {md(pair.group(2))}")
        elif all(r.find(italic) is not None for r in block._p.iter(qn("w:r"))
                 if "".join(t.text or "" for t in r.iter(text_tag)).strip()):
            lines.append(f"*{md(text)}*")  # a section's note
        elif text.endswith(after):
            lines.append(f"- {md(text[: -len(after)])} *({AFTER_EMPLOYMENT})*")
        else:
            lines.append(f"- {md(text)}")
    lines.append(note)
    return "\n\n".join(lines) + "\n"
