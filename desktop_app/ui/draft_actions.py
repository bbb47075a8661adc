"""What the window's Draft menu does: draft a revision of the chosen class in an editor tab, compare the draft
with the current revision, export the redline or the clean draft to Word, adopt the draft, delete it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.draft_editor import DraftEditor
    from desktop_app.ui.main_window import MainWindow


def class_key(key: str) -> str:
    """``OH:65251`` for ``OH:65251`` and for its draft ``OH:65251@draft``."""
    return key.partition("@")[0]


class DraftActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # ---- which class ------------------------------------------------------------------------

    def chosen_key(self) -> str | None:
        """The class of the current draft editor; else the class (or draft) chosen in the library."""
        editor = self.current_editor()
        if editor is not None:
            return editor.key
        key = self.window.panel.current_key()
        return class_key(key) if key else None

    def has_draft(self, key: str | None) -> bool:
        return key is not None and key in self.window.panel.tree_model.drafts

    def editors(self) -> list[DraftEditor]:
        tabs = self.window.tabs
        return [w for i in range(tabs.count()) if getattr(w := tabs.widget(i), "is_draft_editor", False)]

    def current_editor(self) -> DraftEditor | None:
        widget = self.window.tabs.currentWidget()
        return widget if getattr(widget, "is_draft_editor", False) else None

    def _editor_of(self, key: str) -> DraftEditor | None:
        return next((e for e in self.editors() if e.key == key), None)

    # ---- drafting ------------------------------------------------------------------------------

    def draft_revision(self, key: str | None = None) -> DraftEditor | None:
        """The editor of the class's draft; a new draft (the current revision's text) when it has none."""
        key = class_key(key or self.chosen_key() or "")
        library = self.window.library
        if not key or library is None:
            return None
        jurisdiction, _, number = key.partition(":")
        if library.draft(jurisdiction, number) is None:
            from desktop_app.core.drafts import new_draft  # here: the window's first paint needs no drafts

            library.save_draft(new_draft(library.spec(jurisdiction, number)))
            self.window.panel.refresh_drafts()
            self.window.statusBar().showMessage(f"A draft of {key} is made from its current revision", 6000)
        return self.open_editor(key)

    def from_document(self, path: Path | str | None = None, key: str | None = None,
                      confirmed: bool = False) -> DraftEditor | None:
        """The chosen class's draft made from a document (a printout of it revised in Word, say), in its editor;
        a draft the class has is replaced only when the analyst says so."""
        from desktop_app.store.drafts import NoClassInDocument, class_from_document

        key = class_key(key or self.chosen_key() or "")
        library = self.window.library
        if not key or library is None:
            return None
        jurisdiction, _, number = key.partition(":")
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from desktop_app.core.formats import file_filter

            path, _ = QFileDialog.getOpenFileName(self.window, f"Draft {key} from a document", "", file_filter())
            if not path:
                return None
        path = Path(path)
        if library.draft(jurisdiction, number) is not None and not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self.window, "Replace the draft",
                                          f"{key} has a draft. Replace it with the class as {path.name} gives it? "
                                          "What was written in the draft is lost.")
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            draft = class_from_document(path, jurisdiction, number)
        except NoClassInDocument as e:
            self.window.tell("warning", "No draft was made", f"{e}.")
            return None
        self._close_editor(key)
        library.save_draft(draft, source=str(path))
        self.window.panel.refresh_drafts()
        editor = self.open_editor(key)
        self.window.statusBar().showMessage(f"The draft of {key} is made from {path.name}: {self._changes(key)}",
                                            10000)
        return editor

    def _changes(self, key: str) -> str:
        """“1 item changed, 0 added, 0 dropped” against the current revision."""
        from desktop_app.core.compare import compare
        from desktop_app.core.drafts import DRAFT

        jurisdiction, _, number = key.partition(":")
        library = self.window.library
        summary = compare([library.spec(jurisdiction, number), library.spec(jurisdiction, number, DRAFT)]).summary
        changed = summary.items_changed + summary.items_related
        return (f"{changed} item{'' if changed == 1 else 's'} changed, {summary.items_added} added, "
                f"{summary.items_dropped} dropped against the current revision")

    def open_editor(self, key: str) -> DraftEditor | None:
        from desktop_app.ui.draft_editor import DraftEditor

        editor = self._editor_of(key)
        if editor is None:
            library = self.window.library
            jurisdiction, _, number = key.partition(":")
            draft = library.draft(jurisdiction, number)
            if draft is None:
                return None
            editor = DraftEditor(draft, library.save_draft, library.draft_based_on(jurisdiction, number))
            editor.saved.connect(lambda _spec: self.window.panel.refresh_drafts())
            editor.action_requested.connect(self.run)
            editor.stack.indexChanged.connect(self.window._update_actions)
            index = self.window.tabs.addTab(editor, editor.title())
            self.window.tabs.setTabToolTip(index, editor.tooltip())
        self.window.tabs.setCurrentWidget(editor)
        return editor

    def run(self, what: str, key: str) -> None:
        """A request from the library's menu or an editor's toolbar."""
        {
            "draft": self.draft_revision, "edit": self.open_editor, "compare": self.compare_with_current,
            "redline": lambda k: self.export(False, key=k), "clean": lambda k: self.export(True, key=k),
            "adopt": self.adopt, "delete": self.delete,
        }[what](class_key(key))

    # ---- comparing and exporting ---------------------------------------------------------------

    def compare_with_current(self, key: str | None = None):
        from desktop_app.core.comparison_state import ComparisonState
        from desktop_app.core.drafts import DRAFT

        key = key or self.chosen_key()
        if not self.has_draft(key):
            return None
        return self.window.open_comparison(ComparisonState((key, f"{key}@{DRAFT}")))

    def suggested_path(self, key: str, clean: bool) -> str:
        number = re.sub(r"[^\w.-]+", "-", key.partition(":")[2]) or "draft"
        folder = self.window.settings.last_folder or str(Path.home())
        return str(Path(folder) / f"{number}-{'draft' if clean else 'redline'}.docx")

    def export(self, clean: bool, path: str | None = None, key: str | None = None):
        """The redline (or the clean draft) as a Word file; asks where, unless ``path`` is given."""
        from desktop_app.redline_files import os_user_name, write_redline

        key = key or self.chosen_key()
        if not self.has_draft(key):
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            title = "Export the clean draft" if clean else "Export the redline"
            path, _ = QFileDialog.getSaveFileName(self.window, title, self.suggested_path(key, clean),
                                                  "Word documents (*.docx)")
            if not path:
                return None
            self.window.settings.last_folder = str(Path(path).parent)
        author = self.window.settings.analyst_name or os_user_name()
        jurisdiction, _, number = key.partition(":")
        try:
            written = write_redline(self.window.library, jurisdiction, number, path, author, clean=clean)
        except OSError as e:
            self.window.tell("warning", "The Word file was not written", f"{path} could not be written: "
                                                                        f"{e.strerror or e}.")
            return None
        if clean:
            self.window.statusBar().showMessage(f"Wrote the clean draft {path}", 6000)
        else:
            self.window.statusBar().showMessage(
                f"Wrote the redline {path}: {written.insertions} insertions, {written.deletions} deletions"
                + (f" by {author}" if author else ""), 8000)
        return written

    # ---- adopting and deleting -----------------------------------------------------------------

    def adopt(self, key: str | None = None, effective: date | None = None):
        """The draft as a revision effective on a date the analyst gives (the proposed one offered)."""
        from desktop_app.store.drafts import DraftNotAdopted

        key = key or self.chosen_key()
        if not self.has_draft(key):
            return None
        jurisdiction, _, number = key.partition(":")
        library = self.window.library
        if effective is None:
            proposed = library.draft(jurisdiction, number).effective_date
            if proposed in library.revision_dates(jurisdiction, number):
                proposed = None  # the date of the revision it was drafted from: the new text takes effect later
            effective = self._ask_date(key, proposed)
            if effective is None:
                return None
        try:
            adopted = library.adopt_draft(jurisdiction, number, effective)
        except DraftNotAdopted as e:
            self.window.tell("warning", "The draft was not adopted", f"{e}.")
            return None
        self._close_editor(key)
        self.window.panel.refresh()
        self.window.show_library_status()
        standing = ("It is now the class's current revision." if adopted.current else
                    "It becomes the class's current revision on that day." if adopted.waiting else
                    "A revision with a later effective date stays the class's current one.")
        if adopted.later:
            dates = ", ".join(d.isoformat() for d in adopted.later)
            standing += (f" The revision effective {dates} was drafted from another text and does not carry this "
                         "draft's changes: draft it again from this revision if it should.")
        self.window.tell("information", "Draft adopted",
                         f"The draft of {key} is now its revision effective {effective.isoformat()}. {standing}")
        return adopted

    def _ask_date(self, key: str, proposed: date | None) -> date | None:
        from PySide6.QtWidgets import QInputDialog

        text = (proposed or date.today()).isoformat()
        while True:
            text, ok = QInputDialog.getText(self.window, "Adopt draft",
                                            f"Effective date of the new revision of {key} (YYYY-MM-DD):", text=text)
            if not ok:
                return None
            try:
                return date.fromisoformat(text.strip())
            except ValueError:
                self.window.statusBar().showMessage(f"“{text}” is not a date: YYYY-MM-DD, such as 2025-07-01", 6000)

    def delete(self, key: str | None = None, confirmed: bool = False) -> bool:
        key = key or self.chosen_key()
        if not self.has_draft(key):
            return False
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self.window, "Delete draft",
                                          f"Delete the draft of {key}? What was written in it is lost.")
            if answer != QMessageBox.StandardButton.Yes:
                return False
        jurisdiction, _, number = key.partition(":")
        self.window.library.delete_draft(jurisdiction, number)
        self._close_editor(key)
        self.window.panel.refresh_drafts()
        self.window.statusBar().showMessage(f"Deleted the draft of {key}", 6000)
        return True

    def _close_editor(self, key: str) -> None:
        editor = self._editor_of(key)
        if editor is not None:
            self.window.tabs.removeTab(self.window.tabs.indexOf(editor))
            editor.deleteLater()
