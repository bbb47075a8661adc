"""What every rendering of a class spec says of an item developed after employment (Ohio's "*"). No Qt, no SQL.

A spec as a document (Markdown, HTML, Word, PDF) is the spec report's outline: core/reports/spec_report.py.
"""

AFTER_EMPLOYMENT = "developed after employment"
