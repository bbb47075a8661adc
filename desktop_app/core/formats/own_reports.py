"""The program's own reports read back (a comparison, a fit of a position, an audit, in any format it writes):
they quote class specs and position descriptions, and are neither. Pure: no Qt, no SQL."""

from __future__ import annotations

import re

# The title each report opens with, unless the analyst named it ("Class comparison: 65250 → 65251").
# ([^\w\n]*+ where \W* would do: a pattern anchored at each line start must not run on across lines, nor give
# back what it took to the next part, which made a long line of quotes cost quadratic time.)
_TITLE = re.compile(r"^[^\w\n]*+(?:Class comparison|Fit of a position|Reclassification audit):", re.MULTILINE)
# The lines of a report's header: "65250 — Benefits Management Representative (OH:65250, effective 1995-11-12)",
# "Compared: each level against …", "Classes ranked: 3".
_HEADER = re.compile(
    r"^[^\w\n]*+(?:Class(?:es)?[^\w\n]*+)?\S+ — [^\n]+ \([A-Z][A-Z0-9]*:\S+, effective \d{4}-\d{2}-\d{2}\)[^\w\n]*$"
    r"|^[^\w\n]*+(?:Compared[^\w\n]*+each level|Compared[^\w\n]*+with the|Classes ranked[^\w\n]*+\d)",
    re.MULTILINE,
)
_TAG = re.compile(r"<[^<>]*>")  # not [^>]*: a run of "<" with no ">" would cost quadratic time
OPENING_LINES = 12

# The metadata block a class spec printed by this program opens with ("Jurisdiction: …", "Class number: 65250",
# "Effective: 1995-11-12"), in Markdown, Word, HTML or PDF.
_PRINTED_LABEL = re.compile(r"^[^\w\n]*+(Jurisdiction|Series|Class number|Bargaining unit|Effective)[^\S\n]*+(?::|$)",
                            re.MULTILINE)
PRINTED_LABELS = ("Jurisdiction", "Class number", "Effective")
# The same block as a PDF's text gives it, run into one line (bounded: linear on any text).
_PRINTED_RUN = re.compile(r"\bJurisdiction [^\n]{1,200}?\bClass number \S{1,40} [^\n]{0,200}?"
                          r"\bEffective \d{4}-\d{2}-\d{2}")
NOT_READ_BACK = ("a class specification printed by Class Spec Compare: a printout is not read back as a class; "
                 "import the document it was printed from")
NOT_A_SPEC = ("a report made by Class Spec Compare (a comparison, a fit or an audit), not a class specification: "
              "import the documents it was made from")
NOT_A_POSITION = ("a report made by Class Spec Compare (a comparison, a fit or an audit), not a position "
                  "description: read the position from its own description")


def own_report(text: str) -> bool:
    head = _TAG.sub("\n", text[:20000])
    opening = "\n".join([line for line in head.splitlines() if line.strip()][:OPENING_LINES])
    return bool(_TITLE.search(opening)) or len(_HEADER.findall(head[:6000])) >= 2


def spec_printout(text: str) -> bool:
    """A class spec this program printed (its metadata block's labels open it, in order)."""
    head = _TAG.sub("\n", text[:20000])
    opening = "\n".join([line for line in head.splitlines() if line.strip()][:2 * OPENING_LINES])
    labels = [m.group(1) for m in _PRINTED_LABEL.finditer(opening)]
    return [label for label in labels if label in PRINTED_LABELS] == list(PRINTED_LABELS) or bool(
        _PRINTED_RUN.search(opening))


def refusal(text: str) -> str:
    """Why the class import refuses ``text`` as something this program wrote, or "" when it did not write it."""
    if own_report(text):
        return NOT_A_SPEC
    if spec_printout(text):
        return NOT_READ_BACK
    return ""
