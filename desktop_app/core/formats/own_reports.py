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

NOT_A_SPEC = ("a report made by Class Spec Compare (a comparison, a fit or an audit), not a class specification: "
              "import the documents it was made from")
NOT_A_POSITION = ("a report made by Class Spec Compare (a comparison, a fit or an audit), not a position "
                  "description: read the position from its own description")


def own_report(text: str) -> bool:
    head = _TAG.sub("\n", text[:20000])
    opening = "\n".join([line for line in head.splitlines() if line.strip()][:OPENING_LINES])
    return bool(_TITLE.search(opening)) or len(_HEADER.findall(head[:6000])) >= 2
