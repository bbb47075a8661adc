"""The report of class specs: each class as its document reads, sections in the document's own order, with the
same page header and footer as a comparison. One outline for every format. Pure: no Qt, no SQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.core.model import ClassSpec
from desktop_app.core.reports.comparison_report import APP_NAME
from desktop_app.core.reports.info import ReportInfo, page_footer
from desktop_app.core.reports.outline import Facts, Heading, ListItems, Outline, Paragraph, Run, plain
from desktop_app.core.spec_json import spec_to_dict
from desktop_app.core.spec_markdown import AFTER_EMPLOYMENT, printout_identity

AFTER_EMPLOYMENT_REMARK = f" ({AFTER_EMPLOYMENT})"
NUMBERED_KINDS = {"duties"}
LIST_KINDS = {"knowledge", "skills", "abilities"}


def revision_standing(spec: ClassSpec, current: date | None) -> str:
    """What a revision is beside the class's current text (effective ``current``): "" for the current one."""
    if spec.draft or spec.effective_date is None or current is None or current == spec.effective_date:
        return ""
    when = spec.effective_date.isoformat()
    if spec.effective_date > current:
        return f"A revision to come: it becomes the current text on {when} (the current one is effective " \
               f"{current.isoformat()})."
    return f"An earlier revision: the current one is effective {current.isoformat()}."


def spec_facts(spec: ClassSpec, jurisdiction: str = "", standing: str = "") -> tuple[tuple[str, str], ...]:
    """The title block of a class: jurisdiction (its name, where the library gives one), series, number, unit,
    dates (and that it is abolished); a draft or a revision that is not the current one says so."""
    facts = [("Jurisdiction", jurisdiction or spec.jurisdiction)]
    if spec.series:
        facts.append(("Series", f"{spec.series.code} {spec.series.title}".strip()))
    facts.append(("Class number", spec.number))
    if spec.draft:
        facts.append(("Status", "Draft, not adopted"))
    elif standing:
        facts.append(("Status", standing))
    if spec.bargaining_unit:
        facts.append(("Bargaining unit", spec.bargaining_unit))
    effective = "Proposed effective" if spec.draft else "Effective"
    for label, value in ((effective, spec.effective_date), ("Established", spec.established),
                         ("Abolished", spec.abolished)):
        if value:
            facts.append((label, value.isoformat()))
    return tuple(facts)


def spec_title(spec: ClassSpec) -> str:
    return f"{spec.number}{'@draft' if spec.draft else ''} {spec.title}"


def spec_blocks(spec: ClassSpec, jurisdiction: str = "", standing: str = "") -> list:
    blocks: list = [Facts(spec_facts(spec, jurisdiction, standing))]
    if spec.series and spec.series.purpose and spec.section("purpose") is None:
        blocks.append(Heading("Series purpose"))
        blocks += [Paragraph(plain(text)) for text in spec.series.purpose]
    for section in spec.sections:
        blocks.append(Heading(section.heading))
        if section.note:
            blocks.append(Paragraph(plain(section.note), remark=True))
        items = tuple((Run(i.text), *((Run(AFTER_EMPLOYMENT_REMARK, "note"),) if i.after_employment else ()))
                      for i in section.items)
        if section.kind in NUMBERED_KINDS or section.kind in LIST_KINDS:
            blocks.append(ListItems(items, numbered=section.kind in NUMBERED_KINDS))
        else:
            blocks += [Paragraph(runs) for runs in items]
    return blocks


@dataclass(frozen=True)
class SpecReport:
    specs: tuple[ClassSpec, ...]
    info: ReportInfo = ReportInfo()
    as_list: bool = False  # JSON: a list even of one class (`show --all`)
    jurisdictions: Mapping[str, str] = field(default_factory=dict)  # code → name, as the library names them
    standings: tuple[str, ...] = ()  # per class, what a revision that is not the current one is (revision_standing)

    @property
    def title(self) -> str:
        if self.info.title:
            return self.info.title
        if len(self.specs) == 1:
            return spec_title(self.specs[0])
        return "Class specifications: " + ", ".join(s.number for s in self.specs)

    def outline(self) -> Outline:
        blocks: list = []
        for n, spec in enumerate(self.specs):
            if len(self.specs) > 1:
                blocks.append(Heading(spec_title(spec), level=1))
            standing = self.standings[n] if n < len(self.standings) else ""
            blocks += spec_blocks(spec, self.jurisdictions.get(spec.jurisdiction, ""), standing)
        series = {f"{s.series.code} {s.series.title}".strip() for s in self.specs if s.series}
        where = f" · Series {series.pop()}" if len(series) == 1 else ""
        return Outline(self.title, f"{APP_NAME}{where} · {self.title}", page_footer(self.info), tuple(blocks),
                       read_back=printout_identity(self.specs))

    def data(self) -> dict[str, Any] | list[dict[str, Any]]:
        """The `show --format json` shape: one object for one class, a list for several."""
        data = [spec_to_dict(s) for s in self.specs]
        return data[0] if len(data) == 1 and not self.as_list else data
