"""An audit's decision is never lost: a draft kept in the library as the analyst works, restored after a crash, a
modified mark on the tab, and Save / Discard / Cancel before a tab with an unsaved decision closes or the window
quits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.audit.decision import Decision
from desktop_app.core.text_escape import tooltip_text
from desktop_app.ui.unsaved_notes import DISCARD, MODIFIED_MARK, SAVE, ask_save

if TYPE_CHECKING:
    from desktop_app.store.audit_drafts import AuditDraft
    from desktop_app.ui.audit_actions import AuditActions
    from desktop_app.ui.audit_tab import AuditTab


class AuditKeeper:
    """Keeps the drafts of one window's audit tabs in its library."""

    def __init__(self, actions: AuditActions) -> None:
        self.actions = actions
        self.window = actions.window
        self.restored: list[AuditTab] = []  # tabs whose decision came back from a draft at start

    # ---- as the analyst works -----------------------------------------------------------------

    def attach(self, tab: AuditTab) -> None:
        tab.paused.connect(lambda tab=tab: self.keep(tab))
        tab.modified_changed.connect(lambda _modified, tab=tab: self.show_mark(tab))
        self.show_mark(tab)

    def show_mark(self, tab: AuditTab) -> None:
        tabs = self.window.tabs
        index = tabs.indexOf(tab)
        if index >= 0:
            tabs.setTabText(index, ((MODIFIED_MARK if tab.modified else "") + tab.title()).replace("&", "&&"))
            tip = tab.position.title + ("\nDecision not saved yet (a draft is kept in the library)"
                                        if tab.modified else "")
            tabs.setTabToolTip(index, tooltip_text(tip))
        self.window.show_modified()

    def keep(self, tab: AuditTab) -> None:
        """Write the tab's draft, or drop it when the audit is back to what is saved."""
        library = self.window.library
        if library is None or tab.position_id is None:
            return
        from desktop_app.store.audit_drafts import drop_audit_draft, keep_audit_draft

        try:
            if tab.modified:
                d = tab.decision
                tab.draft_id = keep_audit_draft(library.conn, tab.draft_id, tab.audit_id, tab.position_id,
                                                tab.compared(), list(tab.ranking), d.chosen_class,
                                                d.effective_date, d.rationale, self.window.session.id)
            elif tab.draft_id is not None:
                drop_audit_draft(library.conn, tab.draft_id)
                tab.draft_id = None
        except Exception as e:  # a locked or read-only library must not take the window down; the text stays typed
            self.window.statusBar().showMessage(f"The decision could not be kept as a draft: {e}", 8000)

    def saved(self, tab: AuditTab) -> None:
        """The audit was saved: its decision is in the library, the draft goes."""
        self.drop(tab)
        self.show_mark(tab)

    def drop(self, tab: AuditTab) -> None:
        if tab.draft_id is not None and self.window.library is not None:
            from desktop_app.store.audit_drafts import drop_audit_draft

            drop_audit_draft(self.window.library.conn, tab.draft_id)
        tab.draft_id = None

    def discard_all(self) -> None:
        """Forget every unsaved change (the window then quits without asking)."""
        for tab in self.actions.tabs():
            self.drop(tab)
            tab.set_saved(tab.decision, tuple(tab.compared()))

    # ---- closing ---------------------------------------------------------------------------------

    def ask(self, tab: AuditTab) -> str:
        return ask_save(self.window, "Decision not saved", f"The decision of “{tab.title()}” is not saved.",
                        "Save it with the audit in the library, or discard it?")

    def may_close(self, tab: AuditTab) -> bool:
        """True when the tab may close: its audit is saved, or the analyst saved or discarded the changes."""
        tab.keep_now()
        if not tab.modified:
            return True
        self.window.tabs.setCurrentWidget(tab)
        answer = self.ask(tab)
        if answer == SAVE:
            return self.actions.save(tab) is not None
        if answer == DISCARD:
            self.drop(tab)
            return True
        return False

    def may_quit(self) -> bool:
        for tab in self.actions.tabs():
            tab.keep_now()
        return all(self.may_close(tab) for tab in self.actions.tabs() if tab.modified)

    # ---- after a crash ----------------------------------------------------------------------------

    def restore(self, open_audits: list[int]) -> None:
        """Reopen the saved audits left open, then every draft (an audit changed and not saved, or never saved)."""
        from desktop_app.store.audit_drafts import audit_drafts, claim_audit_drafts
        from desktop_app.store.audits import AuditNotFound

        library, session = self.window.library, self.window.session
        # Another window still open on the library keeps its own drafts; those of programs that stopped come back.
        drafts = [d for d in audit_drafts(library.conn) if not session.running_elsewhere(d.session)]
        if drafts:
            claim_audit_drafts(library.conn, [d.id for d in drafts], session.id)
        by_audit = {d.audit_id: d for d in drafts if d.audit_id is not None}
        for audit_id in open_audits:
            try:
                tab = self.actions.open_saved(audit_id, by_audit.pop(audit_id, None))
            except AuditNotFound:
                continue
            if tab.draft_id is not None:
                self.restored.append(tab)
        for draft in drafts:
            if draft.audit_id is None or draft.audit_id in by_audit:  # not reopened above
                tab = self._reopen(draft)
                if tab is not None:
                    self.restored.append(tab)
        if self.restored:
            names = ", ".join(f"“{t.title()}”" for t in self.restored)
            self.window.statusBar().showMessage(f"Audit decisions not saved last time are back: {names}", 10000)

    def _reopen(self, draft: AuditDraft) -> AuditTab | None:
        if draft.audit_id is not None:
            return self.actions.open_saved(draft.audit_id, draft)
        return self.actions.open_draft(draft)


def draft_decision(draft: AuditDraft) -> Decision:
    return Decision(draft.chosen_class, draft.effective_date, draft.rationale)
