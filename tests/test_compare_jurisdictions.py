"""Two states side by side: Ohio's Benefits Management Analyst (65251) against California's 6410."""

from __future__ import annotations

from desktop_app.core.compare.engine import compare
from desktop_app.core.compare_text import legend_text
from desktop_app.core.reports.comparison_report import ComparisonReport, ReportInfo
from desktop_app.core.reports.markdown import outline_markdown
from tests.calhr_pages import parse_fixture


def test_ohio_65251_against_california_6410_section_by_section(seed_specs):
    california = parse_fixture("6410.html").classes[0]
    comparison = compare([seed_specs["65251"], california])
    assert comparison.labels == ("OH:65251", "CA:6410")
    assert [s.kind for s in comparison.sections] == [
        "metadata", "purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications",
        "training", "conditions", "other",
    ]
    duties = next(s for s in comparison.sections if s.kind == "duties")
    # Cut into tasks and paired by meaning: the computer task of each state is one row, and so are the answers
    # to questions (Ohio) and to inquiries (California).
    assert (duties.summary.items_related, duties.summary.items_dropped, duties.summary.items_added) == (6, 11, 7)
    answers = next(r for r in duties.rows if (r.cells[0].text or "").startswith("provides advice to & answers"))
    assert (answers.status, answers.cells[1].text.startswith("Incumbents provide information and respond")) == (
        "related", True)
    computer = next(r for r in duties.rows if (r.cells[0].text or "").startswith("operates word processor"))
    assert (computer.status, computer.cells[1].text.startswith("Incumbents operate personal computers")) == (
        "related", True)
    assert legend_text(comparison).startswith(
        "Marks run from left to right (OH:65251 → CA:6410): each column is compared with the column before it."
    )
    report = outline_markdown(ComparisonReport(comparison, ReportInfo()).outline()).splitlines()
    assert report[0] == "# Class comparison: OH:65251 → CA:6410"
    assert "- **Compared:** each class against the one before it" in report
    assert "- **Class:** OH:65251 — Benefits Management Analyst (effective 1995-08-06)" in report
