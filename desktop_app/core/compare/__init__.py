"""The comparison engine (compare, CompareOptions, ladder, comparison_to_dict); pure: no Qt, sqlite, store or ui."""

from desktop_app.core.compare.comparison import (
    ADDED,
    CHANGED,
    DELETE,
    DROPPED,
    EQUAL,
    INSERT,
    MAX_CLASSES,
    METADATA,
    MIN_CLASSES,
    SAME,
    Cell,
    CompareOptions,
    Comparison,
    ComparisonCancelled,
    Row,
    SectionComparison,
    Segment,
    Summary,
)
from desktop_app.core.compare.engine import compare, default_labels
from desktop_app.core.compare.ladder import ladder
from desktop_app.core.compare.to_json import comparison_to_dict
from desktop_app.core.compare.words import base_text, cell_text, word_diff

__all__ = [
    "ADDED",
    "CHANGED",
    "DELETE",
    "DROPPED",
    "EQUAL",
    "INSERT",
    "MAX_CLASSES",
    "METADATA",
    "MIN_CLASSES",
    "SAME",
    "Cell",
    "CompareOptions",
    "Comparison",
    "ComparisonCancelled",
    "Row",
    "SectionComparison",
    "Segment",
    "Summary",
    "base_text",
    "cell_text",
    "compare",
    "comparison_to_dict",
    "default_labels",
    "ladder",
    "word_diff",
]
