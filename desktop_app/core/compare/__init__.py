"""The comparison engine (compare, CompareOptions, ladder, comparison_to_dict); pure: no Qt, sqlite, store or ui.

Its names load on first use (PEP 562), so that a module that needs only the plain data or the options does not
pay for the engine: the window starts without it.
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    **dict.fromkeys(
        ("ADDED", "CHANGED", "DELETE", "DROPPED", "EQUAL", "INSERT", "MAX_CLASSES", "METADATA", "MIN_CLASSES",
         "RELATED", "REWRITTEN", "SAME", "SHARED", "STATUSES", "Cell", "Comparison", "ComparisonCancelled", "Row",
         "SectionComparison", "Segment", "Summary"),
        "comparison",
    ),
    "CompareOptions": "options",
    "compare": "engine",
    "default_labels": "engine",
    "ladder": "ladder_order",
    "series_levels": "ladder_order",
    "comparison_to_dict": "to_json",
    "base_text": "words",
    "cell_text": "words",
    "word_diff": "words",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
