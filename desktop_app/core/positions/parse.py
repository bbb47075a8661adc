"""Read a position description (.txt, .docx, .pdf or pasted text) into a Position; refuse what is not one.

Pure: no Qt, no SQL. A document with no duties, or one that is a class specification, is refused with one line
(DocumentError), so that nothing is stored.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.text_input import PAGE_BREAK, clean_lines, decode
from desktop_app.core.positions import headings as h
from desktop_app.core.positions.duties import parse_duties
from desktop_app.core.positions.model import Duty, Position, percent_text

# A position description is a few pages; past this it is something else.
MAX_POSITION_BYTES = 5 * 1024 * 1024
POSITION_SUFFIXES = (".txt", ".text", ".docx", ".pdf")
# Shares that add up to within this of 100 add up to 100 (rounding of thirds).
TOTAL_TOLERANCE = 0.5

# The marks of a class specification: a position description names its class, it does not define one.
# Also as Markdown writes them ("## CLASS CONCEPT", "- **Class number:** 65250"): a spec printed by this program.
_CLASS_SPEC_HEADINGS = re.compile(
    r"^[^\S\n]*+(?:#{1,6}[^\S\n]++)?(?:\*\*)?"
    r"(?:class concept|definition(?: of (?:series|levels))?|typical tasks|distinguishing characteristics"
    r"|examples? of (?:duties|work|essential (?:duties|functions))|essential (?:duties|functions)|job summary"
    r"|class code|class number|class title|series purpose|minimum qualifications|physical(?: and mental)? demands)"
    r"[^\S\n]*+:?(?:\*\*)?[^\S\n]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# A class's fields, as a specification gives them on a line of their own ("Class Code: 00003", "Salary: …").
_CLASS_FIELDS = re.compile(
    r"^[^\S\n]*+(?:[-*][^\S\n]++)?(?:\*\*)?(class (?:code|title|number)|job code|salary(?: range)?|bargaining unit"
    r"|flsa(?: status)?)[^\S\n]*+:", re.IGNORECASE | re.MULTILINE)
# What only a class specification says of itself ("Class specifications are intended to present …").
_CLASS_SENTENCE = re.compile(r"\bclass specifications? (?:are|is) intended\b"
                             r"|\bperformed by employees in (?:the|this) class\b"
                             r"|\b(?:this|the) class is distinguished from\b", re.IGNORECASE)
# What only a position description says: a class specification speaks of incumbents and supervision too.
_POSITION_SIGNS = re.compile(
    r"position description|duty statement|working title|position (?:control )?(?:no\.?|number|#)"
    r"|current classification|proposed classification|classification requested|(?:employee|incumbent)'?s? name"
    r"|supervisor'?s? name|% of (?:the )?time|percent of (?:the )?time",
    re.IGNORECASE,
)
_NO_CLASS = re.compile(r"^\s*(?:n/?a|none|vacant|new|tbd|to be determined|unknown|-+)\b", re.IGNORECASE)
_AGENCY_WORDS = re.compile(r"\b(?:department|board|agency|commission|office|services|authority|division|"
                           r"university|county|city)\b", re.IGNORECASE)
_FORM_TITLE = re.compile(r"position description|duty statement|request for|^state of\b|reclassification",
                         re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-•*–]|\(?[0-9a-z]{1,2}[.)])\s+")


def read_position(data: bytes, name: str = "") -> Position:
    """A position description from the bytes of a file (text, Word .docx or PDF), whatever its format."""
    if len(data) > MAX_POSITION_BYTES:
        raise DocumentError(f"the file is {len(data) / 1048576:.1f} MB; a position description is at most "
                            f"{MAX_POSITION_BYTES // 1048576} MB")
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04"):
        from desktop_app.core.formats import extract  # pypdf and python-docx load only for such documents

        text = extract.pdf_text(data) if data.startswith(b"%PDF") else extract.docx_text(data)
    else:
        text = decode(data)
    return parse_position(text, name)


def parse_position(text: str, name: str = "") -> Position:
    """The position a description's text describes; DocumentError if it has no duties, is a class spec or is a
    report of this program's."""
    from desktop_app.core.formats.own_reports import NOT_A_POSITION, own_report

    if own_report(text):
        raise DocumentError(NOT_A_POSITION)
    if looks_like_class_spec(text):
        raise DocumentError("a class specification, not a position description: import it into the library "
                            "as a class")
    lines = [("" if line == PAGE_BREAK else line) for line in clean_lines(text)]
    header, blocks = _blocks(lines)
    fields = _header_fields(header)
    duties_text = "\n".join(blocks.get(h.DUTIES, []))
    duties = parse_duties(duties_text) if duties_text.strip() else []
    if not duties:
        # No duties heading: shares at the starts of lines anywhere still are duties.
        anywhere = [d for d in parse_duties("\n".join(lines)) if d.percent is not None]
        duties = anywhere if len(anywhere) >= 2 else []
    if not duties:
        raise DocumentError("no duties found: a position description lists its duties under a heading "
                            "(\"Duties\", \"Essential functions\") or each with its share of time (\"40% - …\")")
    current = fields.get(h.CURRENT, "")
    requested = fields.get(h.REQUESTED, "")
    title = fields.get(h.TITLE) or current or (Path(name).stem if name else "Position")
    return Position(
        title=title,
        agency=fields.get(h.AGENCY) or _agency_line(header),
        unit=fields.get(h.UNIT, ""),
        purpose=_paragraphs(blocks.get(h.PURPOSE, [])),
        duties=tuple(duties),
        supervision_received=_paragraphs(blocks.get(h.RECEIVED, [])),
        supervision_exercised=_paragraphs(blocks.get(h.EXERCISED, [])),
        ksas=tuple(_items(blocks.get(h.KSAS, []))),
        current_class="" if _NO_CLASS.match(current) else current,
        requested_class="" if _NO_CLASS.match(requested) else requested,
        position_number=fields.get(h.POSITION_NUMBER, ""),
        supervisor=_supervisors(header),
        warnings=tuple(share_warnings(duties)),
        source=name,
    )


def share_warnings(duties: list[Duty] | tuple[Duty, ...]) -> list[str]:
    shares = [d.percent for d in duties]
    if all(p is None for p in shares):
        return ["the duties give no shares of time; each duty is weighed alike"]
    if any(p is None for p in shares):
        return ["some duties give no share of time; the duties are weighed alike"]
    total = sum(shares)  # type: ignore[arg-type]
    if abs(total - 100) > TOTAL_TOLERANCE:
        return [f"the duties' shares of time add up to {percent_text(total)}, not 100%"]
    return []


def looks_like_class_spec(text: str) -> bool:
    """A class specification (an Ohio DAS or CalHR one, or any with a class concept or typical tasks and none of
    a position description's marks)."""
    from desktop_app.core.formats.calhr import looks_like_calhr
    from desktop_app.core.formats.das import looks_like_das

    head = text[:30000]
    if looks_like_calhr(head) or looks_like_das(head):
        return True
    marks = {m.lower().strip() for m in _CLASS_SPEC_HEADINGS.findall(head)}
    marks |= {m.lower() for m in _CLASS_FIELDS.findall(head)}
    if _CLASS_SENTENCE.search(head):
        marks |= {"its sentence of itself", "a class's"}
    if len(marks) < 2 or _POSITION_SIGNS.search(head):
        return False
    # Duties with shares of time are a position's, whatever else the document says.
    return sum(d.percent is not None for d in parse_duties(head)) < 2


# What only one employee's position description says: some governments title the description of a role (a
# class) "Position Description" too, so that title alone does not make a document a position. Every class import
# asks, so these are plain words looked for in the lower-cased text.
_EMPLOYEE_SIGNS = (
    "working title", "current classification", "proposed classification", "classification requested",
    "employee name", "employee's name", "incumbent name", "incumbent's name", "supervisor name", "supervisor's name",
    "% of time", "% of the time", "percent of time", "percent of the time",
)


def looks_like_position(text: str) -> bool:
    """One employee's position description: it names the employee's working title, class stated or asked for,
    or its duties give shares of time."""
    head = text[:30000]
    lowered = head.lower()
    if any(sign in lowered for sign in _EMPLOYEE_SIGNS):
        return True
    if "%" not in head and "percent" not in lowered:
        return False
    return sum(d.percent is not None for d in parse_duties(head)) >= 2


def _blocks(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The header (lines before the first heading) and each section kind's lines, in document order."""
    header: list[str] = []
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        found = h.heading_kind(line)
        if found is not None:
            kind, after = found
            current = blocks.setdefault(kind, [])
            if current:
                current.append("")
            if after:
                current.append(after)
            continue
        (header if current is None else current).append(line)
    return header, blocks


def _header_fields(header: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    last = None  # the field the line before gave last
    for line in header:
        if not line.strip():
            continue
        pairs = _colon_pairs(line) or _run_on_pairs(line)
        if pairs is None:
            found = h.line_label(line)
            pairs = [found] if found else []
        if not pairs and last in fields and _ASIDE.match(line):
            fields[last] = f"{fields[last]} {line.strip()}"  # "(BAS)", the end of a value a PDF put on a line
            continue
        last = None
        for field, value in pairs:
            if value and field != h.IGNORED and field not in fields:
                fields[field] = value
            last = field
    return fields


_ASIDE = re.compile(r"^\s*\([^()\n]{1,40}\)\s*$")


_RUN_ON = re.compile(r"(?<![\w/(])(" + "|".join(re.escape(label) for label in sorted(h.RUN_ON_LABELS, key=len,
                                                                                       reverse=True)) + r")(?!\w)")


# Any header label with its colon, where a word begins ("Agency:", "Supervisor's Name/Classification:").
_COLON_LABEL = re.compile(r"(?<![\w/(’'])(" + "|".join(f"(?:{p})" for _f, p in h.HEADER_LABELS) + r")(?=[^\S\n]*:)",
                          re.IGNORECASE)


def _colon_pairs(line: str) -> list[tuple[str, str]] | None:
    """"Label: value" fields a PDF's text joined into one line ("Agency: X Division/Office: Y Working Title: Z"):
    each known label followed by its colon, and its value up to the next; None with fewer than two of them."""
    found = list(_COLON_LABEL.finditer(line))
    return _pairs_at(line, found) if len(found) >= 2 else None


def _run_on_pairs(line: str) -> list[tuple[str, str]] | None:
    """A PDF's table of fields read as one line ("Agency X Working Title Y Current Classification Z …"):
    the labels it holds and their values; None when the line holds fewer than three labels."""
    found = list(_RUN_ON.finditer(line))
    if len({m.group(1) for m in found}) < 3 or re.match(r"\s*:", line[found[0].end():]):
        return None  # one field, or "Label: value" (a value may hold a label's words: "… Program Analyst")
    return _pairs_at(line, found)


def _pairs_at(line: str, found: list[re.Match]) -> list[tuple[str, str]]:
    """(field, value) of each label found in ``line``: its value runs to the next label."""
    pairs = []
    for n, match in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(line)
        field = h.label_field(match.group(1))
        value = line[match.end():end].strip(" :-–—")
        if field:
            pairs.append((field, value))
    return pairs


def _supervisors(header: list[str]) -> str:
    """Every supervisor and lead the header names ("Supervisor: …", "Lead: …", "Reports To …")."""
    found = []
    for line in header:
        pairs = _colon_pairs(line) or _run_on_pairs(line)
        if pairs is None:
            one = h.line_label(line)
            pairs = [one] if one else []
        found += [value for field, value in pairs if field == h.SUPERVISOR and value]
    return "; ".join(found)


def _agency_line(header: list[str]) -> str:
    """Without an agency label, the first header line that names an agency ("DEPARTMENT OF …")."""
    for line in header:
        text = line.strip()
        if text and _AGENCY_WORDS.search(text) and not _FORM_TITLE.search(text) and h.line_label(text) is None:
            return text
    return ""


def _paragraphs(lines: list[str]) -> str:
    text = "\n".join(lines)
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def _items(lines: list[str]) -> list[str]:
    """Knowledge, skills and abilities: one per bullet, else one per paragraph."""
    items: list[str] = []
    bulleted = sum(1 for line in lines if _BULLET.match(line)) >= 2
    for line in lines:
        if re.search(r"_{3,}", line):
            continue  # a signature line
        if not line.strip():
            if not bulleted and items and items[-1]:
                items.append("")
            continue
        if bulleted and _BULLET.match(line):
            items.append(_BULLET.sub("", line).strip())
        elif items and items[-1]:
            items[-1] = f"{items[-1]} {line.strip()}"
        else:
            if items and not items[-1]:
                items.pop()
            items.append(line.strip())
    return [" ".join(item.split()) for item in items if item.strip() and not re.fullmatch(r"[_\s\W]*", item)]
