"""The words of a comparison (cells as runs, statuses, section figures, the legend, what was compared with
what); one source for the screen and every report format. No Qt, no SQL."""

from __future__ import annotations

from desktop_app.core.compare import (
    DELETE,
    INSERT,
    METADATA,
    REWRITTEN,
    SHARED,
    Cell,
    Comparison,
    Row,
    SectionComparison,
    Summary,
)
from desktop_app.core.compare.engine import several_jurisdictions
from desktop_app.core.compare.options import chosen_words
from desktop_app.core.reports.html import runs_html
from desktop_app.core.reports.markdown import runs_markdown
from desktop_app.core.reports.outline import Run, Runs, runs_text
from desktop_app.core.theme import STATUS_WORDS

EMPTY_CELL = "—"
_STYLE = {INSERT: "insert", DELETE: "delete", SHARED: "shared"}
AFTER_EMPLOYMENT_MARK = " (developed after employment)"


NUMBERED_KINDS = frozenset({"duties"})  # sections whose cells show the number of the paragraph a task is from
INHERITED_MARK = " (all of the above)"


def numbered(kind: str) -> bool:
    return kind in NUMBERED_KINDS


def cell_runs(cell: Cell, marks: bool = True, number: bool = False, cues: bool = False) -> Runs:
    """A cell's text as runs: inserted and deleted words marked (unless ``marks`` is False), the "developed
    after employment" remark, or a dash for a class without the item. With ``number``, a task shows the number
    of the duty it is from ("2. "), so that the order of importance stays in view. With ``cues``, the words a
    level factor was read from ("under general direction") are marked as level cues as well."""
    if cell.text is None:
        return (Run(EMPTY_CELL, "empty"),)
    lead = [Run(f"{cell.paragraph + 1}. ", "note")] if number and cell.paragraph is not None else []
    if marks and cell.segments:
        related = any(s.op in (SHARED, REWRITTEN) for s in cell.segments)
        # A related cell reads as its own text: its base stands in the column beside it, not struck through here.
        runs = [Run(s.text, _STYLE.get(s.op, "")) for s in cell.segments if not (related and s.op == DELETE)]
    else:
        runs = [Run(cell.text)]
    if cues and cell.cues:
        runs = _cue_marked(runs, cell.cues)
    if cell.after_employment:
        runs.append(Run(AFTER_EMPLOYMENT_MARK, "note"))
    if cell.inherited:
        runs.append(Run(INHERITED_MARK, "note"))
    return tuple(lead + runs)


def _cue_marked(runs: list[Run], spans: tuple[tuple[int, int], ...]) -> list[Run]:
    """The runs cut where level cues start and end, the cue parts styled "cue" on top of their own style.
    Offsets count the cell's own text: a deleted run (the base's words) holds none of it."""
    marked: list[Run] = []
    at = 0
    for text, style in runs:
        if style == "delete":
            marked.append(Run(text, style))
            continue
        start, end = at, at + len(text)
        cuts = sorted({start, end, *(p for s, e in spans for p in (s, e) if start < p < end)})
        for a, b in zip(cuts, cuts[1:]):
            inside = any(s <= a and b <= e for s, e in spans)
            marked.append(Run(text[a - start:b - start], f"{style}+cue" if inside and style else
                              "cue" if inside else style))
        at = end
    return marked


def cell_html(cell: Cell, scheme: str = "light", marks: bool = True, number: bool = False,
              cues: bool = False) -> str:
    """A cell's text with inserted words underlined and deleted words struck through (and coloured)."""
    return runs_html(cell_runs(cell, marks, number, cues), scheme)


def cell_plain(cell: Cell, number: bool = False) -> str:
    return runs_text(cell_runs(cell, marks=False, number=number))


def cell_markdown(cell: Cell) -> str:
    """Marks a plain-text reader sees: {+inserted+} and [-deleted-], as in a word diff."""
    return runs_markdown(cell_runs(cell))


PAIRING_WORDS = {"joined": "joined by the analyst", "parted": "parted by the analyst"}


NOT_STATED = "not stated"
# A step of a level factor, in words as well as by its mark (never colour alone).
STEP_MARKS = {"up": " ▲ higher", "same": " = same", "down": " ▼ lower"}
STEP_STYLES = {"up": "insert", "same": "shared", "down": "delete"}


def factor_runs(cell) -> Runs:
    """A level factor of one class: its reading and how it steps from the class it is compared with."""
    if cell.value is None:
        return (Run(NOT_STATED, "empty"),)
    runs = [Run(cell.value)]
    if cell.step in STEP_MARKS:
        runs.append(Run(STEP_MARKS[cell.step], "step-" + cell.step))
    return tuple(runs)


def status_text(row: Row) -> str:
    """“Added at 65255”, “Related”, “Related, joined by the analyst”; an added or dropped row of more than two
    classes also says what the levels after that one do (“Added at 65251, related at 65255”, “Dropped at 65251,
    a related task at 65255”)."""
    word = STATUS_WORDS.get(row.status, row.status)
    if row.at and row.status in ("added", "dropped"):
        word = f"{word} at {row.at}"
        earlier = _earlier_steps(row) if row.status == "dropped" else []
        if earlier:  # "Related at 65251, dropped at 65255": what the levels before it did, first
            word = ", ".join([earlier[0][:1].upper() + earlier[0][1:], *earlier[1:], f"dropped at {row.at}"])
        word += "".join(f", {step}" for step in _later_steps(row))
    if row.pairing in PAIRING_WORDS:
        word = f"{word}, {PAIRING_WORDS[row.pairing]}"
    return word


_ELSEWHERE = "elsewhere"  # a cell compared with another class than the one before it (a chosen base)


def _rewording(cell) -> str | None:
    """“related” or “changed”: how a cell words its item anew against the cell before it."""
    ops = {segment.op for segment in cell.segments}
    if ops <= {INSERT}:
        return _ELSEWHERE
    if ops & {REWRITTEN, SHARED}:
        return "related"
    return "changed" if ops & {INSERT, DELETE} else None


def _earlier_steps(row: Row) -> list[str]:
    """What the classes before the one a dropped row is named by do with its item: related or changed at each."""
    labels = [cell.label for cell in row.cells]
    return _steps(row, range(1, labels.index(row.at) if row.at in labels else 0), gaps=False)


def _later_steps(row: Row) -> list[str]:
    """What each class after the one an added or dropped row is named by does with the row's item."""
    labels = [cell.label for cell in row.cells]
    return _steps(row, range((labels.index(row.at) if row.at in labels else len(labels)) + 1, len(labels)),
                  gaps=True)


def _steps(row: Row, classes: range, gaps: bool) -> list[str]:
    """Each of ``classes`` against the one before it: reworded ("related at", "changed at"), and with ``gaps``
    where the item goes ("dropped at") or comes again ("back at", "a related task at")."""
    steps = []
    for k in classes:
        before, cell = row.cells[k - 1], row.cells[k]
        if (before.text is None) != (cell.text is None):
            if not gaps:
                continue
            if cell.text is None:
                steps.append(f"dropped at {cell.label}")
                continue
            # Across the gap, the item as it was ("back"), or a task that the pairing found like it.
            last = next((c.text for c in reversed(row.cells[:k]) if c.text is not None), None)
            steps.append(f"back at {cell.label}" if last == cell.text else f"a related task at {cell.label}")
        elif cell.text is not None and cell.text != before.text:
            how = _rewording(cell)
            if how == _ELSEWHERE:
                return []  # not said here
            if how:
                steps.append(f"{how} at {cell.label}")
    return steps


def summary_text(summary: Summary) -> str:
    """“9 items: 5 same, 1 changed, 1 related, 2 added, 1 dropped · new: 1 at 65251, 1 at 65255 · gone: 1 at 65255
    · 9 words inserted, 4 deleted · 92.3% similar”. Rows count by their status; new and gone count, at each class,
    what it has and the class it is compared with lacks, and the reverse (a row added at the second level and
    gone at the third is one of each)."""
    steps = "".join(f" · {word}: " + ", ".join(f"{n} at {label}" for label, n in counts)
                    for word, counts in (("new", summary.added_at), ("gone", summary.dropped_at)) if counts)
    return (
        f"{summary.items} item{'' if summary.items == 1 else 's'}: {summary.items_same} same, "
        f"{summary.items_changed} changed, {summary.items_related} related, "
        f"{summary.items_added} added, {summary.items_dropped} dropped{steps} · "
        f"{summary.words_inserted} words inserted, {summary.words_deleted} deleted · "
        f"{summary.similarity_percent:g}% similar"
    )


def section_heading(section: SectionComparison) -> str:
    if section.kind in (METADATA, "factors"):  # the class block, the level factors: no figures
        return section.title
    return f"{section.title} — {summary_text(section.summary)}"


def base_description(comparison: Comparison) -> str:
    base = comparison.options.base
    if base is None:
        if revisions_of_one_class(comparison):
            return "each revision against the one before it"
        if not in_ladder_order(comparison):
            return "each class against the one before it"
        return "each level against the previous level"
    return f"every class against {base}"


def across_jurisdictions(comparison: Comparison) -> bool:
    return several_jurisdictions(comparison.classes)


def revisions_of_one_class(comparison: Comparison) -> bool:
    """Revisions (or a draft) of one class compared, not levels of a series."""
    return len({spec.key for spec in comparison.classes}) == 1


def in_ladder_order(comparison: Comparison) -> bool:
    """Classes of one jurisdiction compared in the order of their levels (not in an order the analyst typed)."""
    from desktop_app.core.compare.ladder_order import ladder

    if across_jurisdictions(comparison):
        return False
    return [spec.key for spec in ladder(comparison.classes)] == [spec.key for spec in comparison.classes]


def legend_runs(comparison: Comparison, cues: bool = False) -> Runs:
    """Which way the marks run, in words, with a sample of each mark (colour is a second cue, never the only one);
    with ``cues``, what the highlighted level cues are."""
    if comparison.options.base is None:
        if revisions_of_one_class(comparison):
            run = "from left to right"
        else:
            run = "from lower to higher level" if in_ladder_order(comparison) else "from left to right"
        direction = (
            f"Marks run {run} ({' → '.join(comparison.labels)}): each column is compared with the column before it. "
        )
    else:
        direction = f"Each column is compared with {comparison.options.base}. "
    return (
        Run(direction),
        Run("Underlined words", INSERT),
        Run(" are added in that column; "),
        Run("struck-through words", DELETE),
        Run(" were in the column it is compared with and are gone. In a related row, a cell written anew reads as "
            "its own text, and the "),
        Run("words in grey", SHARED),
        Run(" are the ones it shares with the cell it is compared with."),
    ) + ((Run(" "), Run("Highlighted words", "cue"), Run(" are the ones the level factors were read from.")) if cues
         else ())


def legend_text(comparison: Comparison, cues: bool = False) -> str:
    return runs_text(legend_runs(comparison, cues))


def legend_html(comparison: Comparison, scheme: str = "light", cues: bool = False) -> str:
    return runs_html(legend_runs(comparison, cues), scheme)


def options_text(comparison: Comparison) -> str:
    return ", ".join(chosen_words(comparison.options)) or "none"
