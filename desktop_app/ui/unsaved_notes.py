"""Notes are never lost: drafts kept in the library as the analyst types, restored after a crash, a modified mark
on the tab, and Save / Discard / Cancel before a tab with unsaved notes closes or the window quits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.text_escape import tooltip_text

if TYPE_CHECKING:
    from desktop_app.ui.comparison_tab import ComparisonTab
    from desktop_app.ui.main_window import MainWindow

MODIFIED_MARK = "• "
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def tab_text(tab: ComparisonTab) -> str:
    """The tab's name, marked while its notes are not saved."""
    name = tab.state.name or tab.title()
    return (MODIFIED_MARK if tab.modified else "") + name


def ask_save(window: MainWindow, title: str, text: str, question: str) -> str:
    """Save, discard or cancel (SAVE, DISCARD, CANCEL), before something not saved closes."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons.Save | buttons.Discard | buttons.Cancel, window)
    box.setInformativeText(question)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    window.last_message = box
    answer = box.exec()
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(buttons(answer), CANCEL)


class NotesKeeper:
    """Keeps the drafts of one window's comparison tabs in its library."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.restored: list[ComparisonTab] = []  # tabs whose notes came back from a draft at start

    # ---- as the analyst types --------------------------------------------------------------

    def attach(self, tab: ComparisonTab) -> None:
        tab.notes_pane.paused.connect(lambda tab=tab: self.keep(tab))
        tab.modified_changed.connect(lambda _modified, tab=tab: self.show_mark(tab))
        self.show_mark(tab)

    def show_mark(self, tab: ComparisonTab) -> None:
        tabs = self.window.tabs
        index = tabs.indexOf(tab)
        if index >= 0:
            tabs.setTabText(index, tab_text(tab).replace("&", "&&"))  # a name's "&" is no mnemonic
            close = tabs.tabBar().tabButton(index, tabs.tabBar().ButtonPosition.RightSide)
            if close is not None:
                close.setAccessibleName(f"Close {tab.state.name or tab.title()}")
            tip = " → ".join(f"{s.number} {s.title}" for s in tab.specs)
            if tab.modified:
                tip += "\nNotes not saved yet (a draft is kept in the library)"
            tabs.setTabToolTip(index, tooltip_text(tip))
        self.window.show_modified()

    def keep(self, tab: ComparisonTab) -> None:
        """Write the tab's draft, or drop it when the notes are back to the saved ones."""
        library = self.window.library
        if library is None:
            return
        new = tab.draft_id is None
        try:
            if tab.modified:
                state = tab.state
                tab.draft_id = library.keep_notes_draft(tab.draft_id, state.saved_id, state.name, list(state.classes),
                                                        state.option_dict(), state.notes, self.window.session.id)
            elif tab.draft_id is not None:
                library.drop_notes_draft(tab.draft_id)
                tab.draft_id = None
        except Exception as e:  # a locked or read-only library must not take the window down; the notes stay typed
            self.window.statusBar().showMessage(f"The notes could not be kept as a draft: {e}", 8000)
            return
        if new and tab.draft_id is not None:
            self.window.save_open_comparisons()  # so that a kill now finds this tab's draft by its id

    def keep_all(self) -> None:
        for tab in self.window.comparison_tabs():
            tab.notes_pane.keep_now()

    def discard(self, tab: ComparisonTab) -> None:
        tab.notes_pane.discard()
        if tab.draft_id is not None and self.window.library is not None:
            self.window.library.drop_notes_draft(tab.draft_id)
        tab.draft_id = None

    def discard_all(self) -> None:
        for tab in self.window.comparison_tabs():
            self.discard(tab)

    def saved(self, tab: ComparisonTab) -> None:
        """The tab was saved: its notes are in the saved comparison, the draft goes."""
        if tab.draft_id is not None and self.window.library is not None:
            self.window.library.drop_notes_draft(tab.draft_id)
        tab.draft_id = None
        self.show_mark(tab)

    # ---- closing -------------------------------------------------------------------------------

    def ask(self, tab: ComparisonTab) -> str:
        """Save, discard or cancel, for a tab whose notes are not saved."""
        name = tab.state.name or tab.title()
        return ask_save(self.window, "Notes not saved", f"The notes of “{name}” are not saved.",
                        "Save them with the comparison in the library, or discard them?")

    def may_close(self, tab: ComparisonTab) -> bool:
        """True when the tab may close: its notes are saved, or the analyst saved or discarded them."""
        tab.notes_pane.keep_now()
        if not tab.modified:
            return True
        self.window.tabs.setCurrentWidget(tab)
        answer = self.ask(tab)
        if answer == SAVE:
            return self.window.save_comparison(tab) is not None
        if answer == DISCARD:
            self.discard(tab)
            return True
        return False

    def may_quit(self) -> bool:
        """Ask for each tab with unsaved notes in turn; False as soon as one is cancelled."""
        self.keep_all()
        return all(self.may_close(tab) for tab in self.window.comparison_tabs() if tab.modified)

    # ---- after a crash --------------------------------------------------------------------------

    def restore(self, open_comparisons: list[dict]) -> None:
        """Reopen the comparisons left open, each with its draft of notes; then any draft left over (a
        comparison opened after the settings were last written, before a crash)."""
        from desktop_app.core.compare.options import options_from
        from desktop_app.core.comparison_state import ComparisonState

        window, library, session = self.window, self.window.library, self.window.session
        # Another window still open on the library keeps its own drafts; those of programs that stopped come back.
        drafts = {d.id: d for d in library.notes_drafts() if not session.running_elsewhere(d.session)}
        if drafts:
            library.claim_notes_drafts(list(drafts), session.id)
        for data in open_comparisons:
            state = ComparisonState.from_dict(data)
            draft = drafts.pop(state.draft_id, None) if state.draft_id is not None else None
            if draft is None and state.saved_id is not None:
                draft = next((d for d in drafts.values() if d.saved_id == state.saved_id), None)
                if draft is not None:
                    del drafts[draft.id]
            if state.saved_id and library.saved_comparison(state.saved_id):
                tab = window.open_saved_comparison(state.saved_id, draft)
            elif state.classes:
                if draft is not None:
                    state = state.with_changes(notes=draft.notes, draft_id=draft.id, name=draft.name or state.name)
                else:
                    state = state.with_changes(draft_id=None)
                tab = window.open_comparison(state)
            else:
                continue
            if tab is not None:
                if state.differences_only:
                    tab.differences_only.setChecked(True)
                if state.merge_identical:
                    tab.merge_identical.setChecked(True)
                if draft is not None:
                    self.restored.append(tab)
        for draft in drafts.values():
            if draft.saved_id is not None and library.saved_comparison(draft.saved_id):
                tab = window.open_saved_comparison(draft.saved_id, draft)
            else:
                state = ComparisonState(draft.classes, options_from(draft.options), draft.notes, name=draft.name,
                                        draft_id=draft.id)
                tab = window.open_comparison(state)
            if tab is not None:
                self.restored.append(tab)
        if self.restored:
            names = ", ".join(f"“{t.state.name or t.title()}”" for t in self.restored)
            window.statusBar().showMessage(f"Notes not saved last time are back: {names}", 10000)
