"""The audit report: the position, the candidates as the fit ranked them, the level cues, the position side by
side with the classes compared, the decision and its rationale, and a block to sign and date. One outline for
every format; the JSON is the audit's data. Pure: no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.audit.comparison import THEME_STATUS, AuditComparison
from desktop_app.core.audit.decision import Decision
from desktop_app.core.fit.to_json import position_block
from desktop_app.core.positions.to_json import percent_value
from desktop_app.core.reports.fit_report import duties_grid, position_facts
from desktop_app.core.reports.info import ReportInfo, page_footer
from desktop_app.core.reports.outline import (
    Aligned,
    AlignedRow,
    Column,
    Facts,
    Grid,
    Heading,
    Notes,
    Outline,
    Paragraph,
    Runs,
    plain,
)

APP_NAME = "Class Spec Compare"
CANDIDATES_HEAD = ("Rank", "Class", "Title", "Score", "Time covered", "Why listed")
SIGNATURES_HEAD = ("Role", "Name", "Signature", "Date")
SIGNERS = ("Analyst", "Reviewed by", "Appointing authority")
COMPARISON_NOTE = ("Each duty of the position has a row, with its share of time and the classes whose tasks meet "
                   "it (beside it; words it shares with the duty set apart). Then each class task the position "
                   "does not reach (underlined). A class whose page gives no duties of its own is read by its "
                   "series' definition.")
NAMED_WORDS = {"current": "current class", "requested": "class asked for"}


@dataclass(frozen=True)
class AuditReport:
    audit: AuditComparison
    ranking: tuple[dict, ...]  # the candidates as the fit's JSON gives them, best first
    decision: Decision = Decision()
    info: ReportInfo = ReportInfo()
    next_level: str | None = None
    audit_id: int | None = None

    @property
    def title(self) -> str:
        return self.info.title or f"Reclassification audit: {self.audit.position.title}"

    def _keys(self, named: str) -> tuple[str, ...]:
        return tuple(c["key"] for c in self.ranking if c.get("named") == named)

    def outline(self) -> Outline:
        audit, position = self.audit, self.audit.position
        titles = {c["key"]: c["title"] for c in self.ranking} | {s.key: s.title for s in audit.classes}
        facts = position_facts(position, self._keys("current"), self._keys("requested"), titles)
        facts.append(("Compared with", "; ".join(f"{s.key} {s.title}" for s in audit.classes)))
        if self.audit_id is not None:
            facts.append(("Audit", f"no. {self.audit_id}"))
        facts.append(("Generated", self.info.generated.isoformat()))
        if self.info.analyst:
            facts.append(("Analyst", self.info.analyst))
        blocks: list = [Facts(tuple(facts)), Heading("Duties"), duties_grid(position)]
        if self.ranking:
            blocks += [Heading("Candidates"), self._candidates()]
        cues = self._cues()
        if cues is not None:
            blocks += [Heading("Level cues"), cues]
        blocks += [Heading("The position and the classes side by side"),
                   Paragraph(plain(COMPARISON_NOTE), remark=True)]
        columns = (Column("Position", position.title), *(Column(s.key, s.title) for s in audit.classes))
        for section in audit.sections:
            blocks += [Heading(section.title, 3), Aligned(columns, tuple(
                AlignedRow(THEME_STATUS[r.kind], r.status_text, (r.position, *r.cells)) for r in section.rows),
                status_heading="")]
        blocks += self._decision(titles)
        blocks += [Heading("Signatures"),
                   Grid(SIGNATURES_HEAD, tuple((role, self.info.analyst if role == "Analyst" else "", "", "")
                                              for role in SIGNERS), numeric_from=4)]
        header = f"{APP_NAME} · {self.title}"
        return Outline(self.title, header, page_footer(self.info), tuple(blocks))

    def _candidates(self) -> Grid:
        def why(c: dict) -> str:
            reasons = [NAMED_WORDS[c["named"]]] if c.get("named") else []
            if self.next_level and c["key"] == self.next_level:
                reasons.append("next level up")
            if any(s.key == c["key"] for s in self.audit.classes):
                reasons.append("compared")
            return ", ".join(reasons)

        return Grid(CANDIDATES_HEAD, tuple(
            (str(c["rank"]), c["key"], c["title"], f"{c['score']:.3f}", f"{c['covered_percent']:g}%", why(c))
            for c in self.ranking), numeric_from=3)

    def _cues(self) -> Grid | None:
        by_key = {c["key"]: c for c in self.ranking}
        compared = [by_key.get(s.key) for s in self.audit.classes]
        names: list[str] = []
        for c in compared:
            for cue in (c or {}).get("level_cues", ()):
                if cue["cue"] not in names:
                    names.append(cue["cue"])
        if not names:
            return None
        rows = []
        for name in names:
            position = next((cue["position"] for c in compared if c for cue in c["level_cues"]
                             if cue["cue"] == name and cue["position"]), None)
            cells = [name, position or "not stated"]
            for c in compared:
                cue = next((q for q in (c or {}).get("level_cues", ()) if q["cue"] == name), None)
                reading = cue["class"] if cue and cue["class"] else "not stated"
                mark = "" if not cue or cue["agrees"] is None else " ✓" if cue["agrees"] else " ✗"
                cells.append(reading + mark)
            rows.append(tuple(cells))
        head = ("Level cue", "Position", *(s.key for s in self.audit.classes))
        return Grid(head, tuple(rows), numeric_from=len(head))

    def _decision(self, titles: dict[str, str]) -> list:
        decision = self.decision
        chosen = f"{decision.chosen_class} {titles.get(decision.chosen_class, '')}".rstrip() \
            if decision.chosen_class else "not decided"
        effective = decision.effective_date.isoformat() if decision.effective_date else "not set"
        blocks: list = [Heading("Decision"), Facts((("Class allocated", chosen), ("Effective date", effective)))]
        if decision.rationale.strip():
            blocks.append(Notes(decision.rationale, heading="Rationale"))
        return blocks

    def data(self) -> dict[str, Any]:
        audit = self.audit
        return {
            "audit": self.audit_id,
            "position": position_block(audit.position, self._keys("current"), self._keys("requested")),
            "next_level_up": self.next_level,
            "candidates": list(self.ranking),
            "compared": [s.key for s in audit.classes],
            "sections": [{"kind": s.kind, "title": s.title, "rows": [
                {"status": r.kind, "text": r.status_text, "percent": percent_value(r.percent),
                 "duty": None if r.duty is None else r.duty + 1, "in": list(r.reached_by),
                 "position": _text(r.position),
                 "classes": [_text(cell) for cell in r.cells]}
                for r in s.rows]} for s in audit.sections],
            "decision": {"class": self.decision.chosen_class,
                         "effective_date": self.decision.effective_date.isoformat()
                         if self.decision.effective_date else None,
                         "rationale": self.decision.rationale},
        }


def _text(runs: Runs) -> str | None:
    """A cell's words, or None for an empty one."""
    if len(runs) == 1 and runs[0].style == "empty":
        return None
    return "".join(run.text for run in runs)
