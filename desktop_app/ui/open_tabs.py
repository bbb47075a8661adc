"""The tabs a window leaves open, kept in the settings as it goes and brought back at the next start: the
comparisons with their drafts of notes, the audits with theirs, and the tab that was in front."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class OpenTabs:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.restoring = False  # while the tabs come back, nothing of them is written to the settings

    def restore(self) -> None:
        """The comparisons and audits left open, with the drafts not saved (after a crash too)."""
        window, settings = self.window, self.window.settings
        if not settings.open_comparisons and not settings.open_audits and not window.catalog.keeps_unsaved_work():
            return  # nothing to bring back: the session, the whole library and the tabs' modules load on first use
        # Tabs left open on another library are not this one's (its numbers name other saved comparisons and
        # audits); the drafts kept in this library come back all the same. A second window on the library
        # (another program still running) leaves the first one's tabs and drafts to it: it reopens only the
        # drafts of programs that stopped.
        same = settings.tabs_library in ("", self._library_key()) and not window.session.others_running()
        self.restoring = True
        try:
            window.keeper.restore(settings.open_comparisons if same else [])
            open_audits = settings.open_audits if same else []
            if open_audits or window.library.has_audit_drafts():
                window.audits.keeper.restore(open_audits)
        finally:
            self.restoring = False
        if same:
            self._bring_forward(settings.current_tab)
        self.save()

    def save(self) -> None:
        """Write the open tabs to the settings now, so that a crash finds them (and their drafts)."""
        if self.restoring or self.window.catalog is None:
            return
        _ = self.window.session  # held before the tabs are written: a second window then leaves them to this one
        self.remember()
        self.window.settings.sync()

    def remember(self) -> None:
        window, settings = self.window, self.window.settings
        settings.tabs_library = self._library_key()
        settings.open_comparisons = [tab.state.to_dict() for tab in window.comparison_tabs()]
        if window._audits is not None:
            settings.open_audits = [t.audit_id for t in window._audits.tabs() if t.audit_id is not None]
        settings.current_tab = self._front_tab_key()

    def _library_key(self) -> str:
        return str(self.window.library_path.resolve())

    def _front_tab_key(self) -> str:
        window = self.window
        widget = window.tabs.currentWidget()
        if window.tabs.currentIndex() == 0:
            return "spec:0"
        if getattr(widget, "is_comparison", False):
            return f"comparison:{window.comparison_tabs().index(widget)}"
        if getattr(widget, "is_audit", False) and widget.audit_id is not None:
            return f"audit:{widget.audit_id}"
        return ""

    def _bring_forward(self, key: str) -> None:
        """The tab that was in front at quit is in front again."""
        window = self.window
        kind, _, value = key.partition(":")
        if not value.isdigit():
            return
        if kind == "spec":
            window.tabs.setCurrentIndex(0)
        elif kind == "comparison" and int(value) < len(window.comparison_tabs()):
            window.tabs.setCurrentWidget(window.comparison_tabs()[int(value)])
        elif kind == "audit" and window._audits is not None:
            found = [t for t in window._audits.tabs() if t.audit_id == int(value)]
            if found:
                window.tabs.setCurrentWidget(found[0])
