"""The paper a report is printed on: the one list of sizes the window, the settings and the command line offer."""

from __future__ import annotations

from typing import NamedTuple


class Paper(NamedTuple):
    key: str  # on the command line: --paper letter
    name: str  # in the settings, and Qt's QPageSize.PageSizeId member of the same name
    menu: str  # in the window's Paper menu
    width_mm: float  # portrait
    height_mm: float


PAPERS = (
    Paper("letter", "Letter", "US Letter", 215.9, 279.4),
    Paper("a4", "A4", "A4", 210.0, 297.0),
    Paper("legal", "Legal", "Legal", 215.9, 355.6),
)
DEFAULT_PAPER = PAPERS[0]
MARGIN_MM = 12  # on every side, on screen, on paper and in Word


class PageSetup(NamedTuple):
    """The paper a report is laid out for, and which way up."""

    paper: str = DEFAULT_PAPER.name
    landscape: bool = True

    @property
    def size_mm(self) -> tuple[float, float]:
        """(width, height) as the page lies."""
        paper = paper_named(self.paper)
        short, long = paper.width_mm, paper.height_mm
        return (long, short) if self.landscape else (short, long)


def paper_named(name: str) -> Paper:
    """The paper of a settings name or a command-line key; US Letter for anything else."""
    return next((p for p in PAPERS if name in (p.name, p.key)), DEFAULT_PAPER)
