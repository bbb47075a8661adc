"""What every rendering of a class spec says of an item developed after employment (Ohio's "*"), and what a
printed spec keeps so that it can be read back (formats/printed.py). No Qt, no SQL.

A spec as a document (Markdown, HTML, Word, PDF) is the spec report's outline: core/reports/spec_report.py.
"""

from __future__ import annotations

import json

AFTER_EMPLOYMENT = "developed after employment"
# A printout's note of what its reader cannot see: "<!-- class-spec-compare {…} -->", in Markdown a comment, in
# Word a last paragraph of hidden text.
PRINTOUT_MARKER = "class-spec-compare"
# Each section kind in one letter, the series' purpose printed as a section of the class ("P") among them.
KIND_LETTERS = {"purpose": "p", "concept": "c", "duties": "d", "knowledge": "k", "skills": "s", "abilities": "a",
                "qualifications": "q", "training": "t", "conditions": "w", "other": "o", "series-purpose": "P"}


def printout_identity(specs) -> str:
    """Each class's jurisdiction code, number, series code and its sections' headings with their kinds, as JSON:
    {"classes":[["OH","65251","6525",[["CLASS CONCEPT","c"],…]]]} ("Series purpose" as "P" where the series'
    purpose is printed as a section of the class)."""
    classes = []
    for s in specs:
        kinds = [["Series purpose", "P"]] if s.series and s.series.purpose and s.section("purpose") is None else []
        kinds += [[sec.heading, KIND_LETTERS[sec.kind]] for sec in s.sections]
        classes.append([s.jurisdiction, s.number, s.series.code if s.series else None, kinds])
    note = json.dumps({"classes": classes}, ensure_ascii=True, separators=(",", ":"))
    # "<" and ">" as JSON escapes: a heading can neither end the comment nor open markup.
    return note.replace("<", "\\u003c").replace(">", "\\u003e")
