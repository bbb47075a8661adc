"""What an open comparison is, apart from its rows: the classes, the options, the analyst's notes, differences
only, merged identical cells, the saved comparison it is (id and name) and the draft of its notes. Saving,
restoring and reports read it. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.core.compare.options import CompareOptions, option_values, options_from
from desktop_app.core.compare.pairings import Pairing
from desktop_app.core.reports.info import ReportInfo


@dataclass(frozen=True)
class ComparisonState:
    classes: tuple[str, ...]  # how the library names each class: "OH:65251", "65251@1995-08-06"
    options: CompareOptions = CompareOptions()
    notes: str = ""
    differences_only: bool = False
    saved_id: int | None = None
    name: str = ""
    pairings: tuple[Pairing, ...] = ()  # the analyst's joins and partings of rows
    level_cues: bool = True  # the words the level factors were read from are marked
    draft_id: int | None = None  # the library's draft of notes not saved yet (store/notes_drafts.py)
    merge_identical: bool = False  # rows the same in every class shown as one cell across the columns

    def report_info(self, analyst: str = "") -> ReportInfo:
        return ReportInfo(analyst=analyst, notes=self.notes, differences_only=self.differences_only, title=self.name,
                          level_cues=self.level_cues, merge_identical=self.merge_identical)

    def option_dict(self) -> dict:
        """The options as a saved comparison keeps them."""
        return {"base": self.options.base, **option_values(self.options)}

    def saved_options(self) -> dict:
        """The options and the view (differences only, merged cells, level cues) as a saved comparison keeps them,
        so that it reopens as it was saved."""
        return {**self.option_dict(), "view": {"differences_only": self.differences_only,
                                               "merge_identical": self.merge_identical,
                                               "level_cues": self.level_cues}}

    def with_changes(self, **changes) -> ComparisonState:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """What the window keeps to reopen the comparison next time (a saved one's notes live in the library)."""
        return {
            "classes": list(self.classes),
            "options": self.option_dict(),
            "saved_id": self.saved_id,
            "differences_only": self.differences_only,
            "merge_identical": self.merge_identical,
            "notes": self.notes if self.saved_id is None else None,
            "pairings": self.pairing_dicts(),
            "level_cues": self.level_cues,
            "draft_id": self.draft_id,
            "name": self.name,
        }

    def pairing_dicts(self) -> list[dict]:
        return [p.to_dict() for p in self.pairings]

    @classmethod
    def from_dict(cls, data: dict) -> ComparisonState:
        """A state kept by an earlier run; values of the wrong type are left at their defaults."""
        options = data.get("options")
        try:
            options = options_from(options) if isinstance(options, dict) else CompareOptions()
        except TypeError:
            options = CompareOptions()
        saved_id, draft_id, name = data.get("saved_id"), data.get("draft_id"), data.get("name")
        pairings = data.get("pairings") if isinstance(data.get("pairings"), list) else []
        return cls(
            classes=tuple(str(c) for c in data.get("classes") or ()),
            options=options,
            notes=data.get("notes") if isinstance(data.get("notes"), str) else "",
            differences_only=data.get("differences_only") is True,
            saved_id=saved_id if isinstance(saved_id, int) else None,
            pairings=read_pairings(pairings),
            level_cues=data.get("level_cues") is not False,
            name=name if isinstance(name, str) else "",
            draft_id=draft_id if isinstance(draft_id, int) and not isinstance(draft_id, bool) else None,
            merge_identical=data.get("merge_identical") is True,
        )


def saved_view(options: dict) -> dict:
    """The view a saved comparison kept (none before saved comparisons kept one): keyword values for the state."""
    view = options.get("view") if isinstance(options.get("view"), dict) else {}
    return {"differences_only": view.get("differences_only") is True,
            "merge_identical": view.get("merge_identical") is True,
            "level_cues": view.get("level_cues") is not False}


def read_pairings(values) -> tuple[Pairing, ...]:
    """Pairings kept as dicts; any that no longer read (another version's) are left out."""
    found = (Pairing.from_dict(v) for v in values if isinstance(v, dict))
    return tuple(p for p in found if p is not None)
