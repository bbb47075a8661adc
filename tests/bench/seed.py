"""The founding Ohio series (65250, 65251, 65255) as class specs, read by the real DAS importer."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.core.formats.das import parse_das
from desktop_app.core.model import ClassSpec

SEED = Path(__file__).resolve().parents[2] / "resources" / "specs" / "6525-benefits-management.txt"


@cache
def seed_specs() -> dict[str, ClassSpec]:
    """Class number → class spec, in document order."""
    document = parse_das(SEED.read_text(encoding="utf-8"), str(SEED))
    return {spec.number: spec for spec in document.classes}
