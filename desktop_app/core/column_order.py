"""The columns as the analyst arranged them, and what each one is compared with; the class titles that say a class
is abolished. For the legend, the column headers and the report's class list. No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.compare import SAME, Comparison, Row
from desktop_app.core.model import ClassSpec


def caption_title(spec: ClassSpec) -> str:
    """The class's title, and that it is abolished where it is ("… (abolished 2012-07-01)")."""
    return f"{spec.title} (abolished {spec.abolished.isoformat()})" if spec.abolished else spec.title


def compared_with(comparison: Comparison) -> dict[str, str | None]:
    """Each column's label → the label of the column its marks are read against (None for the first)."""
    labels = list(comparison.labels)
    base = comparison.options.base
    if base is not None:
        return {label: (None if label == base else base) for label in labels}
    return {label: (labels[n - 1] if n else None) for n, label in enumerate(labels)}


def arranged_columns_text(comparison: Comparison, order: list[str]) -> str:
    """What the legend adds when the columns stand in another order than they are compared in; "" otherwise."""
    if list(order) == list(comparison.labels):
        return ""
    against = compared_with(comparison)
    pairs = [f"{label} with {against[label]}" for label in order if against.get(label)]
    return (f"The columns are in the order you set ({', '.join(order)}); each is still compared as before: "
            + "; ".join(pairs) + ".")


def merged(row: Row) -> bool:
    """A row the same in every class, with one text: shown as one cell across the class columns when asked."""
    texts = {cell.text for cell in row.cells}
    return row.status == SAME and len(texts) == 1 and None not in texts and len(row.cells) > 1
