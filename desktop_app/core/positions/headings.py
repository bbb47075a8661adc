"""The headings and header labels position descriptions are written with, one table each. No Qt, no SQL.

Forms differ by state, agency and author (Ohio's "JOB DUTIES IN ORDER OF IMPORTANCE", California's duty
statements, a Word table of "% of Time | Duties", an employee's "What I do:"), so a heading is any of several
phrasings; a heading line may carry its text after a colon.
"""

from __future__ import annotations

import re

PURPOSE = "purpose"
DUTIES = "duties"
RECEIVED = "supervision_received"
EXERCISED = "supervision_exercised"
KSAS = "ksas"
OTHER = "other"  # contacts, working conditions, justifications, signatures: kept out of the fit

# Section kind → heading phrasings (regular expressions, matched case-blind against the whole heading).
SECTION_HEADINGS: tuple[tuple[str, str], ...] = (
    (RECEIVED, r"supervision received|supervision you receive|supervision given to (?:the )?position"),
    (EXERCISED, r"supervision exercised|supervisory responsibilit(?:y|ies)|supervision you exercise"
                r"|staff supervised|supervises"),
    (DUTIES, r"(?:(?:job|essential|marginal|principal)\s+)?(?:duties|functions|tasks)"
             r"(?:\s+(?:and|&)\s+responsibilities)?(?:\s+in order of importance)?(?:\s*\(current\))?"
             r"|essential\s*(?:\(e\))?\s*(?:and|&)\s*marginal\s*(?:\(m\))?\s*(?:functions|duties)"
             r"|description of duties|duties performed|job duties and percentages?"
             r"|%\s*of\s+time\b.{0,40}|percent(?:age)? of time\b.{0,40}|%\s*e\s*/\s*m\b.{0,40}"),
    (PURPOSE, r"purpose(?: of (?:the )?position)?|position purpose|position summary|summary of (?:the )?position"
              r"|general statement|what i do|job summary|position overview|concept of (?:the )?position"),
    (KSAS, r"(?:minimum acceptable characteristics(?:\s*/\s*ksas)?|knowledge,? skills,? (?:and|&) abilities"
           r"|knowledge (?:and|&) abilities|ksas?|licensure(?:\s*/\s*knowledge)?|special requirements"
           r"|(?:minimum )?requirements|minimum qualifications|desirable qualifications)"),
    (OTHER, r"contacts|(?:unusual )?working conditions|work environment|physical requirements|signatures?"
            r"|background|justification(?: summary)?(?:\s*\([^)]*\))?|employee'?s justification"
            r"|supervisor'?s (?:comments|evaluation of the request|statement)|incumbent'?s statement"
            r"|statement of the request|director of nursing review(?:\s*\([^)]*\))?|reason for request"
            r"|other information|comments|certification|acknowledg(?:e)?ment"),
)
_HEADINGS = tuple((kind, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for kind, pattern in SECTION_HEADINGS)
# A heading is a short line: past this, a line that starts like one ("Duties below are …") is text.
HEADING_MAX = 70
# What may trail a heading: a colon, dashes, "% of time". Read from the start of the run only (the lookbehind),
# and with no two runs of one kind side by side: a long line of dashes reads in linear time.
_TRAILER = re.compile(r"(?<![\s:.\-–—%])(?:[\s:.\-–—]++(?:%[^\S\n]*+of[^\S\n]++time)?|%[^\S\n]*+of[^\S\n]++time)"
                      r"[\s:.\-–—]*+$", re.IGNORECASE)


def heading_kind(line: str) -> tuple[str, str] | None:
    """(kind, text after the heading) when ``line`` is a section heading, with or without its text after a colon."""
    stripped = line.strip().lstrip("#*•").strip()
    if not stripped:
        return None
    head, colon, rest = stripped.partition(":")
    candidates = [(head, rest.strip())] if colon else []
    candidates.append((stripped, ""))
    for text, after in candidates:
        text = _TRAILER.sub("", text).strip()
        if not text or len(text) > HEADING_MAX:
            continue
        for kind, pattern in _HEADINGS:
            if pattern.fullmatch(text):
                return kind, after
    return None


# Header fields: the label phrasings of each (longest first where one begins another).
TITLE = "title"
CURRENT = "current_class"
REQUESTED = "requested_class"
AGENCY = "agency"
UNIT = "unit"
POSITION_NUMBER = "position_number"
SUPERVISOR = "supervisor"
IGNORED = "ignored"
HEADER_LABELS: tuple[tuple[str, str], ...] = (
    (REQUESTED, r"proposed classification(?:\s*\([^)]*\))?|requested classification|classification requested"
                r"|proposed class|requested class"),
    (CURRENT, r"current classification|present classification|classification title\s*/\s*no\.?"
              r"|civil service classification|current class|classification|class title"),
    (TITLE, r"working title|position title|job title|functional title"),
    (SUPERVISOR, r"supervisor['’]?s (?:name\s*/\s*)?classification|supervisor['’]?s name|supervisor|reports to"
                 r"|lead\s*/\s*trainer|lead"),
    (IGNORED, r"employee name|incumbent|name|bargaining unit|cbid(?:\s*/\s*wwg)?"
              r"|work week group|work location|location|shift|time base|tenure\s*/\s*time base|flsa"
              r"|watch\s*/\s*hours|peace officer status|prepared by|submitted by|reason for request"
              r"|work schedule|employee"),
    (POSITION_NUMBER, r"position (?:control )?(?:no\.?|number|#)|position #"),
    (AGENCY, r"agency|department(?:\s*/\s*unit)?"),
    (UNIT, r"institution|division\s*/\s*(?:section\s*/\s*unit|office|unit|bureau)|office\s*/\s*section"
           r"|branch\s*/\s*unit|facility\s*/\s*program|division|section|unit|branch|office|program|district|bureau"),
)
_LABELS = tuple(
    (field, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for field, pattern in HEADER_LABELS
)
_LINE_LABEL = re.compile(
    "|".join(f"(?P<f{n}>{pattern})" for n, (_field, pattern) in enumerate(HEADER_LABELS)), re.IGNORECASE
)
# Labels read inside a run-on line (a PDF's table of fields): those that are unlikely words of a value, in the
# case forms write them.
RUN_ON_LABELS = (
    "Working Title", "Current Classification", "Proposed Classification", "Requested Classification",
    "Classification Title / No.", "Classification", "Position Control No.", "Position Number", "Reports To",
    "Bargaining Unit", "Division / Office", "Division / Section / Unit", "Supervisor", "Agency", "Incumbent",
    "CBID", "Employee Name", "Watch / Hours",
)


def label_field(label: str) -> str | None:
    """The header field a label names ("Working Title" → title), or None."""
    text = label.strip().rstrip(":").strip()
    for field, pattern in _LABELS:
        if pattern.fullmatch(text):
            return field
    return None


def line_label(line: str) -> tuple[str, str] | None:
    """(field, value) of a header line "Label: value" or "Label value" (a Word table's two cells)."""
    match = _LINE_LABEL.match(line.strip())
    if match is None:
        return None
    rest = line.strip()[match.end():]
    if rest and not re.match(r"\s*[:\-–—]|\s", rest):
        return None  # the label's words start a longer word ("Divisional …")
    colon = re.match(r"\s*[:\-–—]", rest) is not None
    value = re.sub(r"^\s*[:\-–—]?\s*", "", rest).strip()
    if not colon and re.match(r"(?:of|and|&|for|the)\b|[,/]", value, re.IGNORECASE):
        return None  # "Department of Conservation" is a name, not a label and its value
    field = next(f for n, (f, _p) in enumerate(HEADER_LABELS) if match.group(f"f{n}") is not None)
    return field, value
