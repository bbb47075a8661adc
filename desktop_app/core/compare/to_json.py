"""A Comparison as a JSON-ready dict (the `compare --format json` shape); pure: no Qt, sqlite, store or ui."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop_app.core.compare.comparison import Cell, Comparison, Row, SectionComparison, Segment, Summary
from desktop_app.core.compare.options import option_values


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    from desktop_app.core.differences import statement_of_differences  # it reads the comparison package itself

    """The comparison as plain dicts, lists, strings, numbers, booleans and None.

    ``{"classes": [{"number", "title", "jurisdiction", "effective_date", "label"}],
    "base": "previous" | label, "options": {"ignore_case", "ignore_punctuation", "and_equals_ampersand",
    "ignore_numbering"}, "sections": [{"kind", "title", "rows": [{"status", "at", "name", "pairing",
    "cells": [{"number", "label", "text", "after_employment", "paragraph", "inherited",
    "segments": [{"op", "text"}]}]}],
    "summary": {...}}], "summary": {...}}``

    ``"factors": [{"factor", "title", "cells": [{"number", "label", "value", "words", "step"}]}]`` are the level
    factors (level_factors.py) and ``"differences": [{"from", "to", "text"}]`` the drafted statement of
    differences (differences.py). The first section has kind "metadata" (rows named "Class number", "Class title",
    "Bargaining unit", "Effective date"); ``name`` is null on item rows. An empty cell has ``"text": null`` and
    ``"segments": []``.
    An "equal" segment carries ``"base_text"`` only where the options let the base's different spelling count
    as equal. ``paragraph`` is the index of the paragraph a task was cut from (null where the section is not cut);
    ``inherited`` is true where the class gives the item by "All of the above". The summary keys are documented
    in ``desktop_app.core.compare.summary``.
    """
    options = comparison.options
    return {
        "classes": [
            {
                "number": spec.number,
                "title": spec.title,
                "jurisdiction": spec.jurisdiction,
                "effective_date": spec.effective_date.isoformat() if spec.effective_date else None,
                "label": label,
            }
            for spec, label in zip(comparison.classes, comparison.labels)
        ],
        "base": "previous" if options.base is None else options.base,
        "options": option_values(options),
        "factors": [
            {"factor": row.factor, "title": row.title,
             "cells": [{"number": c.number, "label": c.label, "value": c.value, "words": c.words, "step": c.step}
                       for c in row.cells]}
            for row in comparison.factors
        ],
        "differences": [
            {"from": d.lower, "to": d.higher, "text": d.text} for d in statement_of_differences(comparison)
        ],
        "sections": [_section(section) for section in comparison.sections],
        "summary": summary_to_dict(comparison.summary),
    }


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    data = asdict(summary)
    data["added_at"] = dict(summary.added_at)
    data["dropped_at"] = dict(summary.dropped_at)
    return data


def _section(section: SectionComparison) -> dict[str, Any]:
    return {
        "kind": section.kind,
        "title": section.title,
        "rows": [_row(row) for row in section.rows],
        "summary": summary_to_dict(section.summary),
    }


def _row(row: Row) -> dict[str, Any]:
    return {"status": row.status, "at": row.at, "name": row.name, "pairing": row.pairing,
            "cells": [_cell(cell) for cell in row.cells]}


def _cell(cell: Cell) -> dict[str, Any]:
    return {
        "number": cell.number,
        "label": cell.label,
        "text": cell.text,
        "after_employment": cell.after_employment,
        "paragraph": cell.paragraph,
        "inherited": cell.inherited,
        "segments": [_segment(segment) for segment in cell.segments],
    }


def _segment(segment: Segment) -> dict[str, Any]:
    data = {"op": segment.op, "text": segment.text}
    if segment.base_text is not None:
        data["base_text"] = segment.base_text
    return data
