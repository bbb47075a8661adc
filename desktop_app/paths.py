"""The one place that finds bundled files (specs, migrations, icons), from source or from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """Where `resources/` and `db/` live: PyInstaller's unpack folder when frozen, else the project root."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_folder() -> Path:
    return bundle_root() / "db"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
