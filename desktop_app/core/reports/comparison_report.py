"""The comparison report: title block, legend, summary, the aligned rows of each section, the analyst's notes.

One outline for every format (HTML, Markdown, Word, print and PDF); the JSON is the comparison's own data.
Pure: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.column_order import caption_title, merged
from desktop_app.core.compare import METADATA, SAME, Comparison, SectionComparison, comparison_to_dict
from desktop_app.core.compare_text import (
    base_description,
    cell_runs,
    factor_runs,
    legend_runs,
    numbered,
    options_text,
    status_text,
    summary_text,
)
from desktop_app.core.reports.info import ReportInfo, page_footer
from desktop_app.core.reports.outline import (
    Aligned,
    AlignedRow,
    Column,
    Facts,
    Grid,
    Heading,
    Legend,
    Notes,
    Outline,
    Paragraph,
    plain,
)

APP_NAME = "Class Spec Compare"
SUMMARY_HEAD = ("Section", "Items", "Same", "Changed", "Related", "Added", "Dropped", "Words inserted",
                "Words deleted", "Similarity")


def series_line(comparison: Comparison) -> str:
    """“6525 Benefits Management”, or “more than one series”."""
    series = {(s.series.code, s.series.title) for s in comparison.classes if s.series}
    if len(series) == 1 and all(s.series for s in comparison.classes):
        code, title = next(iter(series))
        return f"{code} {title}".rstrip()
    return "more than one series"


def class_lines(comparison: Comparison) -> list[str]:
    lines = []
    for spec, label in zip(comparison.classes, comparison.labels):
        when = spec.effective_date.isoformat() if spec.effective_date else None
        if spec.draft:
            effective = f"draft, proposed effective {when}" if when else "draft, no effective date"
        else:
            effective = f"effective {when}" if when else "no effective date"
        key = "" if label == spec.key else f"{spec.key}, "  # a label across jurisdictions is the key itself
        abolished = f", abolished {spec.abolished.isoformat()}" if spec.abolished else ""
        lines.append(f"{label} — {spec.title} ({key}{effective}{abolished})")
    return lines


@dataclass(frozen=True)
class ComparisonReport:
    comparison: Comparison
    info: ReportInfo = ReportInfo()

    @property
    def title(self) -> str:
        return self.info.title or f"Class comparison: {' → '.join(self.comparison.labels)}"

    def rows(self, section: SectionComparison):
        return [r for r in section.rows if not (self.info.differences_only and r.status == SAME)]

    def outline(self) -> Outline:
        comparison, info = self.comparison, self.info
        facts = [("Series", series_line(comparison))]
        facts += [("Class" if i == 0 else "", line) for i, line in enumerate(class_lines(comparison))]
        facts += [
            ("Compared", base_description(comparison)),
            ("Options", options_text(comparison)),
            ("Rows", "differences only" if info.differences_only else "all rows"),
            ("Generated", info.generated.isoformat()),
        ]
        if info.analyst:
            facts.append(("Analyst", info.analyst))
        columns = tuple(Column(label, caption_title(spec))
                        for label, spec in zip(comparison.labels, comparison.classes))
        blocks: list = [Facts(tuple(facts))]
        if comparison.factors:
            blocks += [Heading("Level factors"), Aligned(columns, tuple(
                AlignedRow("factor", row.title, tuple(factor_runs(c) for c in row.cells)) for row in comparison.factors
            ), status_heading="Factor")]
        blocks += [Heading("Legend"), Legend(legend_runs(comparison, cues=info.level_cues)),
                   Heading("Summary"), self._summary()]
        for section in comparison.sections:
            rows = self.rows(section)
            if not rows:
                continue
            blocks += [
                Heading(section.title),
                *([] if section.kind == METADATA else [Paragraph(plain(summary_text(section.summary)), remark=True)]),
                Aligned(columns, tuple(
                    AlignedRow(row.status, status_text(row),
                               tuple(cell_runs(c, number=numbered(section.kind), cues=info.level_cues)
                                     for c in row.cells), row.name or "", merged=info.merge_identical and merged(row))
                    for row in rows
                )),
            ]
        if info.notes.strip():
            blocks.append(Notes(info.notes))
        header = f"{APP_NAME} · Series {series_line(comparison)} · {self.title}"
        return Outline(self.title, header, page_footer(info), tuple(blocks))

    def _summary(self) -> Grid:
        # The class block (number, title, date) differs by design: it is no part of the figures.
        entries = [(s.title, s.summary) for s in self.comparison.sections if s.kind != METADATA]
        entries.append(("All sections", self.comparison.summary))
        rows = tuple(
            (name, str(s.items), str(s.items_same), str(s.items_changed), str(s.items_related), str(s.items_added),
             str(s.items_dropped), str(s.words_inserted), str(s.words_deleted), f"{s.similarity_percent:g}%")
            for name, s in entries
        )
        return Grid(SUMMARY_HEAD, rows, total=tuple(name == "All sections" for name, _ in entries))

    def data(self) -> dict[str, Any]:
        """The comparison as JSON-ready data; a differences-only report leaves out the rows that are the same."""
        data = comparison_to_dict(self.comparison)
        if self.info.differences_only:
            for section in data["sections"]:
                section["rows"] = [r for r in section["rows"] if r["status"] != SAME]
        return data
