"""A draft against the current revision as the paragraphs of a redline: each paragraph's runs kept, inserted or
deleted, and whether the paragraph itself is new or gone. Accepting every change gives the draft, rejecting
every change gives the current revision. No Qt, no SQL; redline_docx.py writes it as Word revisions.

The marks are the comparison engine's own for two revisions of one class: items paired by their words in order
(compare.align), each pair marked word by word (compare.words.word_diff), with no option that lets two
spellings count as equal, since a redline must give back both texts exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from os.path import commonprefix
from typing import NamedTuple

from desktop_app.core.compare.align import align
from desktop_app.core.compare.comparison import DELETE, EQUAL, INSERT
from desktop_app.core.compare.options import CompareOptions
from desktop_app.core.compare.words import word_diff
from desktop_app.core.model import SECTION_TITLES, ClassSpec, Item, Section
from desktop_app.core.spec_markdown import AFTER_EMPLOYMENT

# What a paragraph is, for its style in Word.
TITLE = "title"
FACT = "fact"  # class number, series, bargaining unit, effective date
HEADING = "heading"
NOTE = "note"  # a heading's remark, such as "These duties are illustrative only."
ITEM = "item"

FLAG_TEXT = f" ({AFTER_EMPLOYMENT})"
_EXACT = CompareOptions()


class Run(NamedTuple):
    op: str  # equal | insert | delete
    text: str
    italic: bool = False


class Paragraph(NamedTuple):
    role: str
    runs: tuple[Run, ...]
    mark: str = EQUAL  # insert: the whole paragraph is new; delete: the whole paragraph goes

    def accepted(self) -> str:
        return "".join(run.text for run in self.runs if run.op != DELETE)

    def rejected(self) -> str:
        return "".join(run.text for run in self.runs if run.op != INSERT)


def accepted_paragraphs(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The text of each paragraph once every change is accepted."""
    return [p.accepted() for p in paragraphs if p.mark != DELETE]


def rejected_paragraphs(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The text of each paragraph once every change is rejected."""
    return [p.rejected() for p in paragraphs if p.mark != INSERT]


def change_counts(paragraphs: Sequence[Paragraph]) -> tuple[int, int]:
    """(insertions, deletions): runs of inserted and of deleted text, as Word lists them."""
    runs = [run for p in paragraphs for run in p.runs]
    return sum(r.op == INSERT for r in runs), sum(r.op == DELETE for r in runs)


# ---- one spec as paragraphs ---------------------------------------------------------------------------------


def _facts(spec: ClassSpec) -> list[tuple[str, str]]:
    """(label, value) of the lines under the title; the same labels for the draft and the revision, so that
    only the values are marked."""
    facts = [("Class number", spec.number)]
    if spec.series:
        facts.append(("Series", f"{spec.series.code} {spec.series.title}".strip()))
    if spec.bargaining_unit:
        facts.append(("Bargaining unit", spec.bargaining_unit))
    if spec.effective_date:
        facts.append(("Effective date", spec.effective_date.isoformat()))
    return facts


def _item_runs(item: Item, op: str) -> tuple[Run, ...]:
    return (Run(op, item.text),) + ((Run(op, FLAG_TEXT, italic=True),) if item.after_employment else ())


def _heading(section: Section) -> str:
    return section.heading or SECTION_TITLES[section.kind]


def _section_paragraphs(section: Section, op: str) -> list[Paragraph]:
    """A section whole: as it stands (equal), or new or gone with every paragraph in it."""
    paragraphs = [Paragraph(HEADING, (Run(op, _heading(section)),), op)]
    if section.note:
        paragraphs.append(Paragraph(NOTE, (Run(op, section.note, italic=True),), op))
    paragraphs += [Paragraph(ITEM, _item_runs(item, op), op) for item in section.items]
    return paragraphs


def spec_paragraphs(spec: ClassSpec) -> list[Paragraph]:
    """The spec alone, nothing marked: the clean copy of a draft, and what a redline's accepted text must read."""
    paragraphs = [Paragraph(TITLE, (Run(EQUAL, spec.title),))]
    paragraphs += [Paragraph(FACT, (Run(EQUAL, f"{label}: {value}"),)) for label, value in _facts(spec)]
    for section in spec.sections:
        paragraphs += _section_paragraphs(section, EQUAL)
    return paragraphs


# ---- the draft against the current revision -----------------------------------------------------------------


def redline(current: ClassSpec, draft: ClassSpec) -> list[Paragraph]:
    """The paragraphs of ``draft`` marked against ``current``: accepted, they read as ``spec_paragraphs(draft)``;
    rejected, as ``spec_paragraphs(current)``."""
    paragraphs = [Paragraph(TITLE, _marked(current.title, draft.title))]
    old_facts, new_facts = dict(_facts(current)), dict(_facts(draft))
    labels = [label for label, _ in _facts(current)]
    labels += [label for label, _ in _facts(draft) if label not in old_facts]
    order = ("Class number", "Series", "Bargaining unit", "Effective date")
    for label in sorted(labels, key=order.index):
        old, new = old_facts.get(label), new_facts.get(label)
        if old is None:
            paragraphs.append(Paragraph(FACT, (Run(INSERT, f"{label}: {new}"),), INSERT))
        elif new is None:
            paragraphs.append(Paragraph(FACT, (Run(DELETE, f"{label}: {old}"),), DELETE))
        else:
            paragraphs.append(Paragraph(FACT, tuple(_joined([Run(EQUAL, f"{label}: "), *_marked(old, new)]))))
    for i, j in _merged(_section_keys(current.sections), _section_keys(draft.sections), _pairs_in_order):
        if j is None:
            paragraphs += _section_paragraphs(current.sections[i], DELETE)
        elif i is None:
            paragraphs += _section_paragraphs(draft.sections[j], INSERT)
        else:
            paragraphs += _section_redline(current.sections[i], draft.sections[j])
    return paragraphs


def _section_redline(old: Section, new: Section) -> list[Paragraph]:
    paragraphs = [Paragraph(HEADING, _marked(_heading(old), _heading(new)))]
    if old.note and new.note:
        paragraphs.append(Paragraph(NOTE, tuple(r._replace(italic=True) for r in _marked(old.note, new.note))))
    elif old.note or new.note:
        op = DELETE if old.note else INSERT
        paragraphs.append(Paragraph(NOTE, (Run(op, old.note or new.note, italic=True),), op))
    for i, j in _merged(old.items, new.items, _item_pairs):
        if j is None:
            paragraphs.append(Paragraph(ITEM, _item_runs(old.items[i], DELETE), DELETE))
        elif i is None:
            paragraphs.append(Paragraph(ITEM, _item_runs(new.items[j], INSERT), INSERT))
        else:
            paragraphs.append(Paragraph(ITEM, _item_redline(old.items[i], new.items[j])))
    return paragraphs


def _item_redline(old: Item, new: Item) -> tuple[Run, ...]:
    runs = _marked(old.text, new.text)
    if old.after_employment and new.after_employment:
        runs += (Run(EQUAL, FLAG_TEXT, italic=True),)
    elif old.after_employment or new.after_employment:
        runs += (Run(DELETE if old.after_employment else INSERT, FLAG_TEXT, italic=True),)
    return runs


def _marked(old: str, new: str) -> tuple[Run, ...]:
    """The engine's word marks as runs. Where an equal segment keeps the base's own spelling (spacing the engine
    reads as the same), what differs is deleted and inserted here: the redline gives back both texts to the
    letter."""
    runs: list[Run] = []
    for segment in word_diff(old, new, _EXACT):
        if segment.op == EQUAL and segment.base_text not in (None, segment.text):
            runs += _respelled(segment.base_text, segment.text)
        elif segment.op in (EQUAL, INSERT, DELETE):
            runs.append(Run(segment.op, segment.text))
    return tuple(_joined(runs))


def _respelled(old: str, new: str) -> list[Run]:
    start = len(commonprefix([old, new]))
    end = len(commonprefix([old[start:][::-1], new[start:][::-1]]))
    return [Run(EQUAL, old[:start]), Run(DELETE, old[start:len(old) - end]), Run(INSERT, new[start:len(new) - end]),
            Run(EQUAL, old[len(old) - end:])]


def _joined(runs: list[Run]):
    """Neighbouring runs of one kind as one, and no empty runs."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].op, out[-1].italic) == (run.op, run.italic):
            out[-1] = out[-1]._replace(text=out[-1].text + run.text)
        else:
            out.append(run)
    return out


# ---- pairing sections and items, in the order of both ------------------------------------------------------


def _section_keys(sections: Sequence[Section]) -> list[tuple[str, int]]:
    """A section is known by its kind and its place among the sections of that kind (its heading may be edited)."""
    seen: dict[str, int] = {}
    keys = []
    for section in sections:
        seen[section.kind] = seen.get(section.kind, 0) + 1
        keys.append((section.kind, seen[section.kind]))
    return keys


def _pairs_in_order(old: Sequence, new: Sequence) -> list[tuple[int, int]]:
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    return [(block.a + k, block.b + k) for block in matcher.get_matching_blocks() for k in range(block.size)]


def _item_pairs(old: Sequence[Item], new: Sequence[Item]) -> list[tuple[int, int]]:
    """The engine's pairs of items (the same item, reworded), those of them that keep both orders: an item
    moved elsewhere reads as deleted where it was and inserted where it is."""
    rows = align([[item.text for item in old], [item.text for item in new]])
    pairs = sorted((i, j) for i, j in rows if i is not None and j is not None)
    return _longest_rising(pairs)


def _longest_rising(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (sorted by their first place) whose second places rise too."""
    if not pairs:
        return []
    best = [1] * len(pairs)
    before = [-1] * len(pairs)
    for k in range(len(pairs)):
        for m in range(k):
            if pairs[m][1] < pairs[k][1] and best[m] + 1 > best[k]:
                best[k], before[k] = best[m] + 1, m
    k = max(range(len(pairs)), key=lambda n: (best[n], -n))
    chain = []
    while k != -1:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _merged(old: Sequence, new: Sequence, pairs_of) -> list[tuple[int | None, int | None]]:
    """Both lists as one: the pairs in order, and between two pairs what only the old list has (deleted),
    then what only the new one has (inserted)."""
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    for a, b in [*pairs_of(old, new), (len(old), len(new))]:
        out += [(k, None) for k in range(i, a)]
        out += [(None, k) for k in range(j, b)]
        if a < len(old) and b < len(new):
            out.append((a, b))
        i, j = a + 1, b + 1
    return out
