"""The fit report: a position, the classes that fit it best, and for each what it covers and how its level cues
compare. One outline for every format; the JSON is the fit's own (core/fit/to_json.py). Pure: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.fit.rank import Candidate, Fit
from desktop_app.core.fit.to_json import fit_to_dict
from desktop_app.core.positions.model import Position, percent_text
from desktop_app.core.reports.info import ReportInfo, page_footer
from desktop_app.core.reports.outline import Facts, Grid, Heading, Outline, Paragraph, plain

APP_NAME = "Class Spec Compare"
CANDIDATES_HEAD = ("Rank", "Class", "Title", "Score", "Time covered", "Why listed")
MATCHES_HEAD = ("Duty", "Share", "The class's task that meets it", "Where the class says it")
CUES_HEAD = ("Level cue", "Position", "Class", "Agrees")
NAMED_WORDS = {"current": "current class", "requested": "class asked for"}


def numbers_text(numbers: list[int]) -> str:
    """[1, 2, 4] → “1, 2 and 4”."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def listed_because(candidate: Candidate, next_level: str | None) -> str:
    reasons = [NAMED_WORDS[candidate.named]] if candidate.named else []
    if next_level and candidate.key == next_level:
        reasons.append("next level up")
    return ", ".join(reasons)


def coverage_text(candidate: Candidate, position: Position) -> str:
    """“Covers duties 1, 2 and 4 (75% of the time); not duties 3 and 5.”"""
    covered = [m.duty + 1 for m in candidate.matches]
    uncovered = [d + 1 for d in candidate.uncovered]
    if not covered:
        return f"Covers none of the {len(position.duties)} duties."
    head = f"Covers dut{'y' if len(covered) == 1 else 'ies'} {numbers_text(covered)} " \
           f"({candidate.covered_percent:g}% of the time)"
    if not uncovered:
        return head + ": every duty."
    return head + f"; not dut{'y' if len(uncovered) == 1 else 'ies'} {numbers_text(uncovered)}."


def ranking_text(candidate: Candidate) -> str:
    """“Its score, 0.63, is its words (0.62, where the library's best is 1), its level cues (+0.05) and the class
    asked for (+0.50), out of 1.85.” What the rank rests on: the time covered is not part of it."""
    from desktop_app.core.fit.rank import NAMED_WEIGHT, SCORE_SCALE

    parts = [f"its words ({candidate.words:.2f}, where the library's best is 1)"]
    if candidate.level:
        parts.append(f"its level cues ({candidate.level:+.2f})")
    if candidate.named:
        parts.append(f"the {NAMED_WORDS[candidate.named]} (+{NAMED_WEIGHT:.2f})")
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"Its score, {candidate.score:.3f}, is {listed}, out of {SCORE_SCALE:.2f}."


def stated_class_text(stated: str, keys: tuple[str, ...], titles: dict[str, str]) -> str:
    if not stated:
        return "none stated"
    if not keys:
        return f"{stated} (no class of the library by that name)"
    # The class as the library names it, its title left out where the description already gives it.
    named = [k if titles.get(k, "") and titles[k].casefold() in stated.casefold() else f"{k} {titles.get(k, '')}"
             for k in keys]
    return f"{stated} — " + "; ".join(n.rstrip() for n in named)


def position_facts(position: Position, current: tuple[str, ...] = (), requested: tuple[str, ...] = (),
                   titles: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The position's summary, as every report about it starts: ``current`` and ``requested`` are the library's
    classes its stated classes name, ``titles`` their titles."""
    titles = titles or {}
    facts = [("Position", position.title)]
    if position.agency or position.unit:
        facts.append(("Agency", " · ".join(x for x in (position.agency, position.unit) if x)))
    if position.position_number:
        facts.append(("Position number", position.position_number))
    facts.append(("Current class", stated_class_text(position.current_class, current, titles)))
    if position.requested_class:
        facts.append(("Class asked for", stated_class_text(position.requested_class, requested, titles)))
    total = position.total_percent
    facts.append(("Duties", f"{len(position.duties)}" + (f", {percent_text(total)} of the time" if total else "")))
    for n, warning in enumerate(position.warnings):
        facts.append(("Warning" if n == 0 else "", warning))
    return facts


def duties_grid(position: Position) -> Grid:
    return Grid(("No.", "Share", "Duty"), tuple((str(n), percent_text(d.percent), d.text)
                                              for n, d in enumerate(position.duties, start=1)), numeric_from=3)


@dataclass(frozen=True)
class FitReport:
    fit: Fit
    info: ReportInfo = ReportInfo()
    next_level: str | None = None

    @property
    def title(self) -> str:
        return self.info.title or f"Fit of a position: {self.fit.position.title}"

    def outline(self) -> Outline:
        fit, position = self.fit, self.fit.position
        titles = {c.key: c.title for c in fit.candidates}
        facts = position_facts(position, fit.current, fit.requested, titles)
        facts += [("Classes ranked", f"{len(fit.order):,}"), ("Generated", self.info.generated.isoformat())]
        if self.info.analyst:
            facts.append(("Analyst", self.info.analyst))
        blocks: list = [Facts(tuple(facts)), Heading("Duties"), duties_grid(position), Heading("Candidates"),
                        candidates_grid(fit, self.next_level)]
        for candidate in fit.candidates:
            blocks += candidate_blocks(candidate, position, self.next_level)
        header = f"{APP_NAME} · {self.title}"
        return Outline(self.title, header, page_footer(self.info), tuple(blocks))

    def data(self) -> dict[str, Any]:
        return fit_to_dict(self.fit, self.next_level)


def candidates_grid(fit: Fit, next_level: str | None) -> Grid:
    return Grid(CANDIDATES_HEAD, tuple(
        (str(c.rank), c.key, c.title, f"{c.score:.3f}", f"{c.covered_percent:g}%", listed_because(c, next_level))
        for c in fit.candidates), numeric_from=3)


def candidate_blocks(candidate: Candidate, position: Position, next_level: str | None) -> list:
    lines = [coverage_text(candidate, position), ranking_text(candidate)]
    because = listed_because(candidate, next_level)
    if because:
        lines.append(f"Listed as the {because}.")
    if candidate.unmet:
        lines.append(f"Its title names {', '.join(candidate.unmet)}, which the position does not.")
    blocks: list = [Heading(f"{candidate.rank}. {candidate.key} {candidate.title}", 3),
                    Paragraph(plain(" ".join(lines)), remark=True)]
    if candidate.matches:
        blocks.append(Grid(MATCHES_HEAD, tuple(
            (str(m.duty + 1), percent_text(position.duties[m.duty].percent), m.class_item, m.section)
            for m in candidate.matches), numeric_from=4))
    if candidate.cues:
        blocks.append(Grid(CUES_HEAD, tuple(
            (c.name, c.position or "not stated", c.class_reading or "not stated",
             "—" if c.agrees is None else "yes" if c.agrees else "no") for c in candidate.cues), numeric_from=4))
    return blocks
