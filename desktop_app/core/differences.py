"""A drafted statement of differences: for each step of the ladder, a few plain sentences on what makes the
higher level higher, built from the level factors and the aligned rows. A draft for the analyst to insert into
the notes and edit; the same comparison always gives the same words. Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.compare import Comparison
from desktop_app.core.level_factors import factor

# Rows of this section are the responsibilities a statement counts (the concept speaks through the factors).
RESPONSIBILITY_KIND = "duties"
QUOTED = 5  # new, dropped and continuing duties quoted by name in a statement
QUOTE_WORDS = 9

_EXERCISED = {
    "none": "supervises no one",
    "lead worker": "serves as a lead worker",
    "supervises staff": "supervises staff",
    "manages a unit": "manages a unit through others",
}


@dataclass(frozen=True)
class Difference:
    lower: str  # label of the lower level
    higher: str
    text: str


def _cells(comparison: Comparison, name: str, low: int, high: int):
    row = factor(comparison.factors, name)
    if row is None:
        return None, None
    return row.cells[low], row.cells[high]


def _quote(text: str) -> str:
    words = text.split()
    short = " ".join(words[:QUOTE_WORDS]).rstrip(".,;:")
    return f"“{short}…”" if len(words) > QUOTE_WORDS else f"“{short}”"


def _factor_sentences(comparison: Comparison, low: int, high: int) -> list[str]:
    lo, hi = comparison.labels[low], comparison.labels[high]
    sentences = []
    a, b = _cells(comparison, "supervision_received", low, high)
    if a and b and b.value and a.value and a.value != b.value:
        sentences.append(f"{hi} works under {b.value}, where {lo} works under {a.value}.")
    a, b = _cells(comparison, "supervision_exercised", low, high)
    if b and b.value and (a is None or a.value != b.value):
        if a and a.value:
            sentences.append(f"{hi} {_EXERCISED[b.value]}; {lo} {_EXERCISED[a.value]}.")
        else:
            sentences.append(f"{hi} {_EXERCISED[b.value]}; {lo} states no supervision of others.")
    a, b = _cells(comparison, "level", low, high)
    if a and b and a.value and b.value and a.value != b.value:
        sentences.append(f"{hi} is the {b.value} level; {lo} the {a.value} level.")
    a, b = _cells(comparison, "knowledge_depth", low, high)
    if a and b and a.value and b.value and a.value != b.value:
        sentences.append(f"{hi} requires {b.value} knowledge where {lo} requires {a.value} knowledge.")
    a, b = _cells(comparison, "scope", low, high)
    if a and b and a.value and b.value and a.value != b.value:
        sentences.append(f"The scope of {hi} is {_scope(b.value)}; that of {lo} {_scope(a.value)}.")
    a, b = _cells(comparison, "acting_for_superior", low, high)
    if b and b.value and not (a and a.value):
        sentences.append(f"{hi} acts for a superior in the superior's absence.")
    a, b = _cells(comparison, "experience", low, high)
    if a and b and a.value and b.value and a.value != b.value:
        sentences.append(f"{hi} asks for {b.value} of experience where {lo} asks for {a.value}.")
    a, b = _cells(comparison, "education", low, high)
    if a and b and b.value and a.value != b.value:
        sentences.append(f"{hi} asks for {_article(b.value)}" + (f", {lo} for {_article(a.value)}." if a.value
                                                                  else f"; {lo} names no education."))
    a, b = _cells(comparison, "feeder_class", low, high)
    if b and b.value and b.value in (comparison.classes[low].key, comparison.classes[low].number):
        sentences.append(f"{hi} is reached from {lo} ({b.words}).")
    a, b = _cells(comparison, "bargaining_unit", low, high)
    if a and b and a.value and b.value and a.value != b.value:
        sentences.append(f"{hi} is in bargaining unit {b.value}; {lo} in {a.value}.")
    return sentences


def _scope(value: str) -> str:
    return {"an assigned area": "an assigned area", "a program": "a program", "statewide": "statewide",
            "entire system": "an entire system"}.get(value, value)


def _article(value: str) -> str:
    if value == "high school":
        return "a high school diploma"
    if value.startswith(("a ", "an ", "some ")) or value.endswith("coursework"):
        return value
    return f"a {value}" if value[0] not in "aeiou" else f"an {value}"


def _row_sentences(comparison: Comparison, low: int, high: int) -> list[str]:
    lo, hi = comparison.labels[low], comparison.labels[high]
    new, gone, related = [], [], []
    for section in comparison.sections:
        if section.kind != RESPONSIBILITY_KIND:
            continue
        for row in section.rows:
            a, b = row.cells[low].text, row.cells[high].text
            if b is not None and a is None and not row.cells[high].inherited:
                new.append(b)
            elif a is not None and b is None:
                gone.append(a)
            elif a is not None and b is not None and a != b:
                related.append((a, b))  # the same duty at both levels, written otherwise at the higher one
    sentences = []
    if new:
        named = ", ".join(_quote(t) for t in new[:QUOTED])
        more = f" and {len(new) - QUOTED} more" if len(new) > QUOTED else ""
        sentences.append(f"{hi} adds {len(new)} dut{'y' if len(new) == 1 else 'ies'} {lo} does not list: "
                         f"{named}{more}.")
    if gone:
        named = ", ".join(_quote(t) for t in gone[:QUOTED])
        more = f" and {len(gone) - QUOTED} more" if len(gone) > QUOTED else ""
        sentences.append(f"{hi} no longer lists {len(gone)} of the duties of {lo}: {named}{more}.")
    if related:
        one = len(related) == 1
        named = "; ".join(f"{_quote(a)} as {_quote(b)}" for a, b in related[:QUOTED])
        more = f"; and {len(related) - QUOTED} more" if len(related) > QUOTED else ""
        sentences.append(f"{len(related)} dut{'y' if one else 'ies'} of {lo} "
                         f"{'continues' if one else 'continue'} at {hi}, reworded or with {'its' if one else 'their'} "
                         f"scope or authority changed: {named}{more}.")
    return sentences


def statement_of_differences(comparison: Comparison) -> list[Difference]:
    """For each class and the one before it, in the order compared, the sentences that set them apart."""
    drafts = []
    for high in range(1, len(comparison.classes)):
        low = high - 1
        text = " ".join(_factor_sentences(comparison, low, high) + _row_sentences(comparison, low, high))
        drafts.append(Difference(comparison.labels[low], comparison.labels[high],
                                 text or f"The text gives nothing that sets {comparison.labels[high]} apart from "
                                         f"{comparison.labels[low]}."))
    return drafts


def differences_markdown(differences: Sequence[Difference]) -> str:
    """The draft as the analyst inserts it into the notes: a heading that says it is a draft, a paragraph a step."""
    lines = ["### Statement of differences (draft)", ""]
    for difference in differences:
        lines += [f"**{difference.lower} → {difference.higher}.** {difference.text}", ""]
    return "\n".join(lines)

