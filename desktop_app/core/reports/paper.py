"""The paper a report is printed on: the one list of sizes the window, the settings and the command line offer."""

from __future__ import annotations

from typing import NamedTuple


class Paper(NamedTuple):
    key: str  # on the command line: --paper letter
    name: str  # in the settings, and Qt's QPageSize.PageSizeId member of the same name
    menu: str  # in the window's Paper menu


PAPERS = (
    Paper("letter", "Letter", "US Letter"),
    Paper("a4", "A4", "A4"),
    Paper("legal", "Legal", "Legal"),
)
DEFAULT_PAPER = PAPERS[0]


def paper_named(name: str) -> Paper:
    """The paper of a settings name or a command-line key; US Letter for anything else."""
    return next((p for p in PAPERS if name in (p.name, p.key)), DEFAULT_PAPER)
