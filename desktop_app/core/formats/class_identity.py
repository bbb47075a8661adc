"""Who a class is, in a document of any layout: title, class code, jurisdiction, dates, bargaining unit, series.

From the document's own fields ("Class Code:", "Job title:", a header table), its first lines, and its
wording ("the entry level class within the Management Analyst series"); failing that, from the file name
("00003-management-analyst.txt"). Codes are kept as written ("00004a", "33004PT", "EX-01"). Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from desktop_app.core.formats.dates import parse_date
from desktop_app.core.formats.document_lines import Paragraph
from desktop_app.core.formats.section_headings import heading_role, normalise
from desktop_app.core.formats.titles import title_key

# Field labels (normalised) → the field they give.
_FIELDS = {
    **dict.fromkeys(("job title", "class title", "classification title", "position title", "title", "working title",
                     "job class title", "class specification title", "job classification title", "role title",
                     "position", "role", "job"), "title"),
    **dict.fromkeys(("class code", "job code", "class number", "class no", "class", "classification code",
                     "job class code", "job class", "code", "class specification code", "job class number",
                     "class spec code", "position code", "job classification code", "classification number",
                     "job number code"), "code"),
    **dict.fromkeys(("classification", "group and level", "group/level", "classification level", "group level",
                     "occupational group and level", "grade", "level", "band"), "classification"),
    **dict.fromkeys(("position number", "position no", "post number", "post no", "work description number",
                     "job description number"), "position"),
    **dict.fromkeys(("jurisdiction", "agency", "employer", "organization", "organisation", "government",
                     "municipality"), "jurisdiction"),
    **dict.fromkeys(("effective date", "effective", "date effective", "revised", "date revised", "revision date",
                     "last revised", "revised date", "adopted", "date adopted", "approved", "date approved",
                     "council approved", "board approved", "last updated", "updated"), "effective"),
    **dict.fromkeys(("established", "date established", "created", "date created"), "established"),
    **dict.fromkeys(("bargaining unit", "representation unit", "union", "unit", "employee unit"), "unit"),
}
# Labels that are also words of a spec's text ("Level: …", "Unit: …"): fields only over the first section.
HEAD_ONLY = frozenset(("position", "role", "job", "title", "level", "grade", "band", "unit", "union", "agency",
                       "employer", "organization", "organisation", "government", "municipality", "effective",
                       "adopted", "approved", "updated", "created", "code", "class"))
_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /#.&'-]{0,40}?)\s*[:#]\s*(?P<value>.*)$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9()./\-]{0,14}(?: [A-Z]{2,5})?$")
# A classification written as words and a number: "APS Level 6", "Grade 7", "EL 1".
_GRADE = re.compile(r"^[A-Za-z]{1,8}(?: [A-Za-z]{1,8})? \d{1,2}[A-Za-z]?$")
_CODE_WORDS = re.compile(
    r"\b(?:class|job)\s*(?:code|no\.?|number|#)\s*[:#.]?\s*(?P<code>[A-Z0-9][A-Za-z0-9()./-]{0,14})", re.IGNORECASE
)
_FILE_NAME = re.compile(
    r"^(?P<code>[A-Za-z]{1,4}-\d{1,4}[A-Za-z]?|[A-Za-z]{0,4}\d[\w()]*(?: [A-Z]{2,5})?)(?:[-_ ]+(?P<title>.+))?$"
)
# A name's words are read once each: each starts where no word character is before it, and runs possessively
# (linear time on any text).
_NAME_WORD = r"(?<![\w.'’-])[A-Z][\w.'’-]*+"
_PLACE = (r"(?:the\s+)?(?:City|County|Town|Village|State|Commonwealth|Province|Government|Municipality|District"
          rf"|Borough|Township|Region|Shire|Council)\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
          rf"|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+(?:County|City|Township|Borough|Parish|Shire|City Council)")
_BANNER = re.compile(rf"^(?:{_PLACE})$", re.IGNORECASE)
# The employer's own statements name it: "City of Eastvale employees …", "The County of X is an equal …".
_EMPLOYER = re.compile(rf"\b(?P<name>{_PLACE})(?:,\s*\w+)?\s+(?:(?i:employees)\b|is an equal|is an? (?:EEO|AA/EEO)"
                       r"|does not discriminate|is committed to|provides equal)")
_EMPLOYER_WORDS = ("employees", "Employees", "equal", "EEO", "discriminate", "committed")
_SERIES = re.compile(
    r"\b(?:within|in|of)\s+the\s+(?P<name>(?:[\w/&’'.-]+\s+){0,5}?[\w/&’'.-]+?)\s+"
    r"(?i:job\s+|class\s+|classification\s+|occupational\s+|career\s+)?(?i:series)\b"
)
_DISTINGUISHED = re.compile(
    r"\bdistinguished\s+from\s+(?:the\s+)?(?:(?:next\s+)?(?:lower|higher)[- ]level\s+)?"
    r"(?:class(?:ification)?\s+(?:of\s+)?)?"
    r"(?P<title>[A-Z][\w/&’'-]*(?:\s+(?:&|and|of|[A-Z0-9][\w/&’'-]*))*)"
)
# Level words a title carries within a series ("Senior", "II"): without them, the titles of one ladder agree.
_LEVEL_WORDS = frozenset(("senior", "principal", "lead", "assistant", "associate", "junior", "trainee", "entry",
                          "supervising", "chief", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "i/ii", "ii/iii"))
_MAX_TITLE_WORDS = 12
# Words of rank or role, which name a series by its people, never by its field of work.
_RANK_WORDS = frozenset(("manager", "worker", "leader", "officer", "member", "helper", "keeper", "teacher", "driver",
                         "dispatcher"))
# A saved page's navigation and buttons, which stand where a title could.
_PAGE_FURNITURE = frozenset(("home", "jobs", "careers", "sign in", "log in", "login", "menu", "search", "print",
                             "back", "share", "apply", "email", "skip to main content", "class specifications",
                             "job descriptions", "job opportunities", "benefits", "questions", "description"))


@dataclass
class Identity:
    """What the document says of its class; empty strings where it says nothing."""

    title: str = ""
    code: str = ""
    jurisdiction: str = ""  # as a field or the banner over the title names it
    employer: str = ""  # as the employer's own statements name it ("City of Eastvale employees …")
    effective: date | None = None
    established: date | None = None
    bargaining_unit: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    title_from_file: bool = False
    code_from_file: bool = False


def field_of(paragraph: str, in_head: bool = True) -> tuple[str, str] | None:
    """(field, value) for a "Label: value" paragraph whose label is a field of identity, else None; below the
    first section (``in_head`` False), only labels that are never a spec's own words ("Class Code:")."""
    m = _FIELD.match(paragraph) if ":" in paragraph[:45] or "#" in paragraph[:45] else None
    if not m:
        return None
    label = normalise(m.group("label"))
    name = _FIELDS.get(label)
    if name is None or (not in_head and label in HEAD_ONLY):
        return None
    return name, m.group("value").strip()


def read_identity(head: list[Paragraph], every: list[Paragraph], source: str) -> Identity:
    """The class's identity from the paragraphs before the first section (``head``), the document's fields
    anywhere (``every``), and the file name (``source``)."""
    found = Identity()
    heads = {id(p) for p in head}
    for p, after in zip(every, every[1:] + [Paragraph("")]):
        f = field_of(p.text, id(p) in heads)
        if f is None or f[0] in found.fields:
            continue
        # A label and its value on lines of their own ("Class Code:" / "00003", a page's <dt> and <dd>).
        value = f[1] or (after.text if len(after.text.split()) <= _MAX_TITLE_WORDS and not field_of(after.text) else "")
        if value:
            found.fields[f[0]] = value
    fields = found.fields
    title = _clean_title(fields.get("title", ""))
    found.title = (title if len(title.split()) <= _MAX_TITLE_WORDS else "") or _title_line(head)
    found.code = next((c for name in ("code", "classification", "position")
                       if (c := _code(fields.get(name, "")))), "") or _code_in(head)
    found.jurisdiction = fields.get("jurisdiction", "") or _banner(head)
    found.employer = _employer(every)
    found.effective = parse_date(fields.get("effective", ""))
    found.established = parse_date(fields.get("established", ""))
    if found.established and (found.effective is None or found.effective < found.established):
        found.effective = found.established
    found.bargaining_unit = fields.get("unit", "")
    file_code, file_title = from_file_name(source)
    if not found.code and file_code:
        found.code, found.code_from_file = file_code, True
    if not found.title and file_title:
        found.title, found.title_from_file = file_title, True
    return found


def _clean_title(value: str) -> str:
    return " ".join(value.split()).strip(" .;:-–—")


def _code(value: str) -> str:
    """The code a field gives, as written ("00004a", "EX-01", "APS Level 6"); the first word of a longer value
    ("1596 (exam)"). A code has a digit."""
    value = " ".join(value.split()).rstrip(".;,")
    if not any(c.isdigit() for c in value):
        return ""
    if _CODE.match(value) or _GRADE.match(value):
        return value
    first = value.split()[0]
    return first if _CODE.match(first) and any(c.isdigit() for c in first) else ""


def _code_in(head: list[Paragraph]) -> str:
    """A class code written without a field's colon in the lines over the first section ("CLASS CODE 1596",
    "Class No. 4120 – Revised 2019")."""
    for p in head:
        m = _CODE_WORDS.search(p.text)
        if m and any(c.isdigit() for c in m.group("code")):
            return m.group("code").rstrip(".,;")
    return ""


def _title_line(head: list[Paragraph]) -> str:
    """The first line of the head that reads as a class title: an HTML h1 first, else a short line that is no
    field, banner, heading or sentence."""
    # A page's h1, then its other headings, then its lines: a saved page's navigation comes first in its text.
    candidates = sorted(head, key=lambda p: (p.level != 1, p.level == 0))
    for p in candidates:
        text = _clean_title(p.text)
        if text.lower() in _PAGE_FURNITURE:
            continue
        words = text.split()
        if not words or len(words) > _MAX_TITLE_WORDS or text.endswith((".", ";", ",")) or ":" in text:
            continue
        if _BANNER.match(text) or heading_role(text) is not None or parse_date(text) or "$" in text:
            continue
        if not any(c.isalpha() for c in text) or not text[0].isupper():
            continue
        return text
    return ""


def _banner(head: list[Paragraph]) -> str:
    """A line over the title naming the jurisdiction ("COUNTY OF ALDER" reads "County of Alder")."""
    for p in head[:8]:
        text = " ".join(p.text.split())
        if _BANNER.match(text):
            return text.title().replace(" Of ", " of ").replace(" The ", " the ") if text.isupper() else text
    return ""


def _employer(every: list[Paragraph]) -> str:
    for p in every:
        if not any(word in p.text for word in _EMPLOYER_WORDS):
            continue  # the search is slow, and few paragraphs are an employer's statement
        m = _EMPLOYER.search(p.text)
        if m:
            return re.sub(r"^the\s+", "", " ".join(m.group("name").split()), flags=re.IGNORECASE)
    return ""


def from_file_name(source: str) -> tuple[str, str]:
    """(class code, title) from a file name such as ``00003-management-analyst.txt``; ("", "") when it holds
    no class code."""
    if not source:
        return "", ""
    stem = PurePath(source.replace("\\", "/")).stem
    m = _FILE_NAME.match(stem)
    if not m or not any(c.isdigit() for c in m.group("code")):
        return "", ""
    words = re.split(r"[-_ ]+", m.group("title") or "")
    title = " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in words if w)
    return m.group("code"), title


def series_name(title: str, concept: str) -> str:
    """The series a class says it belongs to ("… within the Management Analyst series"), or the title the
    class and the one it is "distinguished from" share without their level words ("Accountant" for a Senior
    Accountant distinguished from the Accountant); "" when it says neither."""
    m = _SERIES.search(concept)
    if m:
        name = " ".join(m.group("name").split())
        if not re.search(r"\b(?:this|that|same|other|each|entire)\b", name, re.IGNORECASE):
            return _named_by_work(name if any(c.isupper() for c in name) else name.title(), concept)
    own = _stem(title)
    for m in _DISTINGUISHED.finditer(concept):
        other = m.group("title")
        other = re.sub(r"\s+(?:and|of|&)$", "", other)
        if own and _stem(other) == own and title_key(other) != title_key(title):
            name = " ".join(w for w in title.split() if w.lower().strip(",") not in _LEVEL_WORDS)
            return _named_by_work(name, concept)
    return ""


def _named_by_work(name: str, concept: str) -> str:
    """One series for the words of one stem: a series named by its worker ("the Planner series") is named by its
    work ("Planning", as the Planning Technician's "in the Planning series") where the class's concept names
    the work so ("current and long-range planning programs"). A series of a rank (Manager, Worker) keeps its
    name: "managing" is what a manager does, not a field of work."""
    lower = name.lower()
    if " " in name or len(name) < 5 or not lower.endswith("er") or lower in _RANK_WORDS:
        return name
    said = set(re.findall(r"[a-z]+", concept.lower()))
    # "Planner" is the worker of "Planning", "Engineer" of "Engineering".
    return next((work for work in (f"{name[:-2]}ing", f"{name}ing") if work.lower() in said), name)


def _stem(title: str) -> str:
    return " ".join(w for w in title_key(title).split() if w not in _LEVEL_WORDS)
