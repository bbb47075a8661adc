"""The draft editor's undo: each edit an entry of its undo stack (typing in one text merged into one), and the
key filters that keep undo and Return where the editor wants them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand

from desktop_app.core.drafts import Edit, merged

TYPING = 1  # the undo id of an edit of a text as it is typed: such edits in a row merge into one


class EditCommand(QUndoCommand):
    """One edit on the undo stack: redo applies it, undo applies its inverse."""

    def __init__(self, editor, edit: Edit, before, after, typing: bool) -> None:
        super().__init__(edit.describe(editor.spec))
        self.editor, self.edit, self.before, self.after, self.typing = editor, edit, before, after, typing

    def redo(self) -> None:
        self.editor.apply_edit(self.edit, self.after)

    def undo(self) -> None:
        self.editor.apply_edit(self.edit.inverse(), self.before)

    def id(self) -> int:
        return TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        both = merged(self.edit, other.edit) if isinstance(other, EditCommand) and other.typing else None
        if both is None:
            return False
        self.edit, self.after = both, other.after
        return True


class UndoKeysToTheStack(QObject):
    """A text field's own undo (Ctrl+Z in it) would undo behind the stack's back: its undo and redo keys go to
    the window's Undo and Redo, which run the stack."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return True
        return False


class OneParagraph(QObject):
    """Return in an item's text: an item is one paragraph, so the key goes back to the outline."""

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editor.outline.setFocus()
            return True
        return False
