"""The window's settings (geometry, splitters, open comparisons, analyst, paper), a typed wrapper on QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.core.reports.paper import DEFAULT_PAPER, paper_named

ORGANIZATION = "ClassSpecCompare"
APPLICATION = "Class Spec Compare"


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return str(value) if value is not None else default

    def _flag(self, key: str, default: bool = False) -> bool:
        value = self._store.value(key, default)
        return value in (True, "true", "1", 1)

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", value)

    @property
    def open_comparisons(self) -> list[dict]:
        text = self._text("comparisons/open", "[]")
        if text in ("", "[]"):
            return []
        import json  # here, not at the top: the window's start reads no JSON when nothing was left open

        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return []
        return [d for d in data if isinstance(d, dict) and isinstance(d.get("classes"), list)]

    @open_comparisons.setter
    def open_comparisons(self, value: list[dict]) -> None:
        import json

        self._store.setValue("comparisons/open", json.dumps(value))

    @property
    def open_audits(self) -> list[int]:
        """The saved audits left open (an audit not saved comes back from its draft in the library)."""
        text = self._text("audits/open", "")
        return [int(n) for n in text.split(",") if n.strip().isdigit()]

    @open_audits.setter
    def open_audits(self, value: list[int]) -> None:
        self._store.setValue("audits/open", ",".join(str(n) for n in value))

    @property
    def tabs_library(self) -> str:
        """The library the open tabs were of (they name its classes, saved comparisons and audits by number)."""
        return self._text("tabs/library")

    @tabs_library.setter
    def tabs_library(self, value: str) -> None:
        self._store.setValue("tabs/library", value)

    @property
    def current_tab(self) -> str:
        """The tab that was in front at quit: "comparison:K" (the K-th comparison), "audit:ID" or ""."""
        return self._text("tabs/current")

    @current_tab.setter
    def current_tab(self, value: str) -> None:
        self._store.setValue("tabs/current", value)

    @property
    def analyst_name(self) -> str:
        return self._text("report/analyst")

    @analyst_name.setter
    def analyst_name(self, value: str) -> None:
        self._store.setValue("report/analyst", value)

    @property
    def page_size(self) -> str:
        return paper_named(self._text("report/page_size", DEFAULT_PAPER.name)).name

    @page_size.setter
    def page_size(self, value: str) -> None:
        self._store.setValue("report/page_size", value)

    @property
    def landscape(self) -> bool:
        return self._flag("report/landscape", True)

    @landscape.setter
    def landscape(self, value: bool) -> None:
        self._store.setValue("report/landscape", bool(value))

    @property
    def last_folder(self) -> str:
        return self._text("files/last_folder")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    @property
    def last_jurisdiction(self) -> str:
        """What the import was last told about the jurisdiction of documents that do not name one."""
        return self._text("files/last_jurisdiction")

    @last_jurisdiction.setter
    def last_jurisdiction(self, value: str) -> None:
        self._store.setValue("files/last_jurisdiction", value)

    def sync(self) -> None:
        self._store.sync()
