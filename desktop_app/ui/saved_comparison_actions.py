"""Saving a comparison (asking its name the first time), renaming it in its tab and in the Saved list, and what
a deleted saved comparison leaves in its open tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class SavedComparisonActions(QObject):
    """A QObject of the window's thread, so that the panel's signals reach it there."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def save(self, tab, name: str | None = None) -> int | None:
        """Save the tab's comparison (asking for a name the first time); its id, or None when not saved."""
        window, library = self.window, self.window.library
        if library is None:
            return None
        state = tab.state
        if name is None and state.saved_id is None:
            name = self._ask_name("Save comparison", state.name or f"Comparison {tab.title()}")
            if name is None:
                return None
        name = (name or state.name or tab.title()).strip()
        target, other = state.saved_id, None
        if target is not None:
            stored = library.saved_comparison(target)
            if stored is not None and stored.notes != tab.notes_pane.saved_notes:
                # Saved from another window since this tab read it: neither analyst's notes may be lost.
                other, target = name, None
                name = self._free_name(name)
        saved_id = window._from_library("The comparison was not saved", lambda: library.save_comparison(
            name, list(state.classes), state.saved_options(), state.notes, target, state.pairing_dicts()))
        if saved_id is None:
            return None
        if other is not None:
            window.tell("information", "Saved as a new comparison",
                        f"“{other}” was saved from another window since this tab read it. This tab's notes are "
                        f"saved as a new comparison, “{name}”, so that neither is lost.")
        tab.mark_saved(saved_id, name)
        self.window.keeper.saved(tab)
        self.window.panel.refresh_saved()
        self.window.save_open_comparisons()
        self.window.statusBar().showMessage(f"Saved “{name}”", 4000)
        return saved_id

    def _free_name(self, name: str) -> str:
        """``name (2)``, ``name (3)``…: the first no saved comparison has."""
        taken = {c.name for c in self.window.library.saved_comparisons()}
        n = 2
        while f"{name} ({n})" in taken:
            n += 1
        return f"{name} ({n})"

    def _ask_name(self, title: str, name: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setLabelText("Name of this comparison:")
        dialog.setTextValue(name)
        dialog.resize(max(dialog.sizeHint().width(), self.window.fontMetrics().horizontalAdvance("x") * 60),
                      dialog.sizeHint().height())  # the whole title and name in view
        ok = dialog.exec()
        name = dialog.textValue()
        return name.strip() if ok and name.strip() else None

    def rename_current(self, name: str | None = None) -> None:
        tab = self.window.current_comparison()
        if tab is None:
            return
        name = name or self._ask_name("Rename comparison", tab.state.name or tab.title())
        if name:
            self._rename(tab, tab.state.saved_id, name)

    def rename_saved(self, saved_id: int, name: str | None = None) -> None:
        saved = self.window.library.saved_comparison(saved_id) if self.window.library is not None else None
        if saved is None:
            return
        name = name or self._ask_name("Rename comparison", saved.name)
        if name:
            tab = next((t for t in self.window.comparison_tabs() if t.state.saved_id == saved_id), None)
            self._rename(tab, saved_id, name)

    def _rename(self, tab, saved_id: int | None, name: str) -> None:
        if saved_id is not None:
            self.window.library.rename_saved_comparison(saved_id, name)
            self.window.panel.refresh_saved()
        if tab is not None:
            tab.rename(name)
            self.window.keeper.show_mark(tab)
            if tab.draft_id is not None:
                self.window.keeper.keep(tab)
        self.window.save_open_comparisons()

    def deleted(self, saved_id: int) -> None:
        """A saved comparison deleted from the list: its open tab keeps the notes, now as a draft."""
        if self.window._from_library("The comparison was not deleted",
                              lambda: self.window.library.delete_saved_comparison(saved_id) or True) is None:
            return
        for tab in self.window.comparison_tabs():
            if tab.state.saved_id == saved_id:
                tab.mark_saved(None, tab.state.name)  # its notes are now unsaved: a draft keeps them
                self.window.keeper.keep(tab)
        self.window.panel.refresh_saved()
