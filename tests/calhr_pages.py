"""Helpers for the CalHR tests: read a fixture page, make a batch of pages, list a section's item texts."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.formats.calhr import parse_calhr
from desktop_app.core.model import ClassSpec, Document

FIXTURES = Path(__file__).parent / "fixtures" / "calhr"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def calhr_batch(folder: Path, count: int, first: int = 9000) -> Path:
    """``count`` CalHR pages in a new folder, each a class of its own (numbers from ``first``)."""
    folder.mkdir()
    text = page("0010.html")
    for n in range(first, first + count):
        (folder / f"{n}.html").write_text(
            text.replace("0010", str(n)).replace("County/State Liaison", f"Liaison {n}"), encoding="utf-8"
        )
    return folder


def parse_fixture(name: str) -> Document:
    return parse_calhr(page(name), source=name)


def outline(spec: ClassSpec) -> list[tuple[str, str, int]]:
    """(kind, heading, item count) of every section, in order."""
    return [(s.kind, s.heading, len(s.items)) for s in spec.sections]


def texts(spec: ClassSpec, kind: str, heading: str | None = None) -> list[str]:
    sections = [s for s in spec.sections if s.kind == kind and (heading is None or s.heading == heading)]
    assert sections, f"{spec.number} has no {kind} section {heading or ''}"
    return [item.text for s in sections for item in s.items]
