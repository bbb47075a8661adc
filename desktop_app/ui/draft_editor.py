"""The draft editor: a tab to write a draft revision of a class (title, bargaining unit, proposed effective date,
headings, items edited, added, deleted and moved), with undo and redo; every edit is saved at once.

Each edit is one of core/drafts.py's operations; the undo stack runs them and their inverses, so what undo
gives back is exactly what was there. Every change is written to the library as it is made, so that closing
the window, a restart or a killed process loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.drafts import (
    Edit,
    EditItem,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetField,
    SetSectionText,
    draft_name,
    one_line,
    section_name,
)
from desktop_app.core.model import ClassSpec, Item
from desktop_app.ui.draft_undo import EditCommand, OneParagraph, UndoKeysToTheStack

WHERE_ROLE = Qt.ItemDataRole.UserRole  # (section, item index or None) of an outline row


class DraftEditor(QWidget):
    is_draft_editor = True
    saved = Signal(object)  # the draft (ClassSpec) as just saved
    action_requested = Signal(str, str)  # what ("compare", "redline", "clean", "adopt"), the class key

    def __init__(self, draft: ClassSpec, save: Callable[[ClassSpec], None], based_on: date | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.spec = draft
        self._save_draft = save
        self._based_on = based_on
        self._showing = False  # filling fields from the draft, not typing
        self.where: tuple[int, int | None] = (0, None)
        self.last_saved: datetime | None = None
        self.save_error = ""

        self.stack = QUndoStack(self)
        undo_keys = UndoKeysToTheStack(self)

        self.title_field = QLineEdit()
        self.unit_field = QLineEdit()
        self.date_field = QLineEdit()
        self.date_field.setPlaceholderText("YYYY-MM-DD")
        self.date_field.setToolTip("The effective date proposed for the revision (YYYY-MM-DD); it is asked again "
                                   "when the draft is adopted")
        self.heading_field = QLineEdit()
        self.note_field = QLineEdit()
        self.note_field.setPlaceholderText("A remark under the heading (optional)")
        self.item_text = QPlainTextEdit()
        self.item_text.setUndoRedoEnabled(False)
        self.item_text.installEventFilter(OneParagraph(self))
        self.flag_box = QCheckBox("&Developed after employment")
        for field, name in ((self.title_field, "Class title"), (self.unit_field, "Bargaining unit"),
                            (self.date_field, "Proposed effective date"), (self.heading_field, "Section heading"),
                            (self.note_field, "Section note"), (self.item_text, "Item text")):
            field.setAccessibleName(name)
            field.installEventFilter(undo_keys)

        self.title_field.textEdited.connect(lambda text: self._on_field_edited("title", text))
        self.unit_field.textEdited.connect(lambda text: self._on_field_edited("bargaining_unit", text))
        self.date_field.textEdited.connect(self._on_date_edited)
        self.heading_field.textEdited.connect(lambda text: self._on_section_edited("heading", text))
        self.note_field.textEdited.connect(lambda text: self._on_section_edited("note", text))
        self.item_text.textChanged.connect(self._on_item_text_changed)
        self.flag_box.toggled.connect(self._on_flag_toggled)

        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName("Sections and items of the draft")
        self.outline.setWordWrap(True)
        self.outline.currentItemChanged.connect(self._on_outline_current_changed)
        self.outline.itemActivated.connect(lambda *_: self.item_text.setFocus())

        self.toolbar = QToolBar()
        # The window's Edit menu holds Undo and Redo with their keys; these say what they would undo.
        self.undo_action = QAction("Undo", self)
        self.undo_action.triggered.connect(self.stack.undo)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.undoTextChanged.connect(lambda text: self.undo_action.setToolTip(f"Undo {text}".strip()))
        self.redo_action = QAction("Redo", self)
        self.redo_action.triggered.connect(self.stack.redo)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.redoTextChanged.connect(lambda text: self.redo_action.setToolTip(f"Redo {text}".strip()))
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.add_action = self._local_action("&Add Item", "Insert", self.add_item,
                                             "Add an item after the chosen one (Insert)")
        self.delete_action = self._local_action("De&lete Item", "Delete", self.delete_item,
                                                "Delete the chosen item (Delete, in the outline)")
        self.up_action = self._local_action("Move &Up", "Alt+Up", lambda: self.move_item(-1),
                                            "Move the chosen item up (Alt+Up)")
        self.down_action = self._local_action("Move Do&wn", "Alt+Down", lambda: self.move_item(1),
                                              "Move the chosen item down (Alt+Down)")
        self.toolbar.addSeparator()
        for what, text in (("compare", "Compare with Current"), ("redline", "Export Redline…"),
                           ("adopt", "Adopt…")):
            action = QAction(text, self)
            action.triggered.connect(lambda _on=False, what=what: self.action_requested.emit(what, self.key))
            self.toolbar.addAction(action)

        header = QFormLayout()
        header.addRow("Class &title:", self.title_field)
        dates = QHBoxLayout()
        dates.addWidget(self.unit_field)
        proposed = QLabel("&Proposed effective date:")
        proposed.setBuddy(self.date_field)
        dates.addWidget(proposed)
        dates.addWidget(self.date_field)
        header.addRow("&Bargaining unit:", dates)
        self.header_form = header
        self.header_form.labelForField(dates).setBuddy(self.unit_field)

        pane = QWidget()
        form = QFormLayout(pane)
        form.addRow("&Heading:", self.heading_field)
        form.addRow("&Note:", self.note_field)
        self.item_label = QLabel()
        form.addRow(self.item_label)
        form.addRow(self.item_text)
        form.addRow(self.flag_box)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(pane)
        self.splitter.setSizes([420, 560])
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self._show_fields()
        self._fill_outline()
        self._select(self.where)
        self._show_status()

    # ---- what it is -----------------------------------------------------------------------------

    @property
    def key(self) -> str:
        return self.spec.key

    def title(self) -> str:
        return f"{self.spec.number}@draft"

    def tooltip(self) -> str:
        return f"{draft_name(self.spec)} {self.spec.title}"

    def _local_action(self, text: str, key: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(lambda _on=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # ---- the edits ----------------------------------------------------------------------------

    def push(self, edit: Edit, after=None, typing: bool = False) -> None:
        """Make an edit (undoably); ``after`` is what to show chosen once it is made."""
        before = self.where
        self.stack.push(EditCommand(self, edit, before, after or before, typing))

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def add_item(self) -> None:
        """A new, empty item after the chosen one (first in its section when a heading is chosen)."""
        section, index = self.where
        at = 0 if index is None else index + 1
        self.push(InsertItem(section, at, Item("")), after=(section, at))
        self.item_text.setFocus()

    def delete_item(self) -> None:
        section, index = self.where
        if index is None:
            return
        items = self.spec.sections[section].items
        after = (section, min(index, len(items) - 2)) if len(items) > 1 else (section, None)
        self.push(RemoveItem(section, index, items[index]), after=after)

    def move_item(self, step: int) -> None:
        section, index = self.where
        if index is None or not 0 <= index + step < len(self.spec.sections[section].items):
            return
        self.push(MoveItem(section, index, index + step), after=(section, index + step))

    def _on_field_edited(self, name: str, text: str) -> None:
        self.push(SetField(name, getattr(self.spec, name), text), typing=True)

    def _on_date_edited(self, text: str) -> None:
        text = text.strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError:
            self.date_field.setToolTip("Not a date yet: YYYY-MM-DD, such as 2025-07-01")
            self.date_field.setStyleSheet("color: #b00020")
            return
        self.date_field.setStyleSheet("")
        self.date_field.setToolTip("The effective date proposed for the revision (YYYY-MM-DD)")
        if value != self.spec.effective_date:
            self.push(SetField("effective_date", self.spec.effective_date, value), typing=True)

    def _on_section_edited(self, name: str, text: str) -> None:
        section = self.spec.sections[self.where[0]]
        self.push(SetSectionText(self.where[0], name, getattr(section, name), text), typing=True)

    def _on_item_text_changed(self) -> None:
        section, index = self.where
        if self._showing or index is None:
            return
        old = self.spec.sections[section].items[index]
        text = one_line(self.item_text.toPlainText())  # pasted line breaks: an item is one paragraph
        if text != old.text:
            self.push(EditItem(section, index, old, replace(old, text=text)), typing=True)

    def _on_flag_toggled(self, on: bool) -> None:
        section, index = self.where
        if self._showing or index is None:
            return
        old = self.spec.sections[section].items[index]
        self.push(EditItem(section, index, old, replace(old, after_employment=on)))

    def apply_edit(self, edit: Edit, where) -> None:
        """Run an edit (or an inverse, for undo), save the draft, and show it."""
        self.spec = edit.apply(self.spec)
        self._save()
        if isinstance(edit, (InsertItem, RemoveItem, MoveItem)):
            self._fill_outline()
        elif isinstance(edit, EditItem):
            self._outline_item(edit.section, edit.index).setText(0, _item_line(self.spec, edit.section, edit.index))
        elif isinstance(edit, SetSectionText):
            self._outline_item(edit.section, None).setText(0, section_name(self.spec.sections[edit.section]))
        self._show_fields()
        self._select(where)

    def _save(self) -> None:
        try:
            self._save_draft(self.spec)
        except Exception as e:  # a locked or full disk: say so, keep the edit on screen, save at the next one
            self.save_error = f"Not saved: {e}"
        else:
            self.save_error = ""
            self.last_saved = datetime.now()
            self.saved.emit(self.spec)
        self._show_status()

    # ---- showing ------------------------------------------------------------------------------

    def _show_fields(self) -> None:
        self._showing = True
        try:
            for field, value in ((self.title_field, self.spec.title), (self.unit_field, self.spec.bargaining_unit)):
                if field.text() != value:
                    field.setText(value)
            shown = self.date_field.text().strip()
            proposed = self.spec.effective_date.isoformat() if self.spec.effective_date else ""
            try:
                same = (date.fromisoformat(shown) if shown else None) == self.spec.effective_date
            except ValueError:
                same = False
            if not same:
                self.date_field.setText(proposed)
                self.date_field.setStyleSheet("")
            self._show_chosen()
        finally:
            self._showing = False

    def _show_chosen(self) -> None:
        section_index, index = self.where
        section = self.spec.sections[section_index] if self.spec.sections else None
        for field, value in ((self.heading_field, section.heading if section else ""),
                             (self.note_field, section.note if section else "")):
            field.setEnabled(section is not None)
            _show(field, value)
        has_item = section is not None and index is not None
        item = section.items[index] if has_item else None
        self.item_text.setEnabled(has_item)
        self.flag_box.setEnabled(has_item)
        if has_item:
            self.item_label.setText(f"Item {index + 1} of {len(section.items)} in {section_name(section)}:")
            if one_line(self.item_text.toPlainText()) != item.text:
                self.item_text.setPlainText(item.text)
            self.flag_box.setChecked(item.after_employment)
        else:
            self.item_label.setText("Choose an item in the outline to edit it; Insert adds one." if section else
                                    "This draft has no sections.")
            self.item_text.setPlainText("")
            self.flag_box.setChecked(False)
        for action in (self.delete_action, self.up_action, self.down_action):
            action.setEnabled(has_item)
        self.add_action.setEnabled(section is not None)

    def _fill_outline(self) -> None:
        self.outline.blockSignals(True)
        try:
            self.outline.clear()
            for s, section in enumerate(self.spec.sections):
                top = QTreeWidgetItem([section_name(section)])
                top.setData(0, WHERE_ROLE, (s, None))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                for i in range(len(section.items)):
                    child = QTreeWidgetItem([_item_line(self.spec, s, i)])
                    child.setData(0, WHERE_ROLE, (s, i))
                    top.addChild(child)
                self.outline.addTopLevelItem(top)
            self.outline.expandAll()
        finally:
            self.outline.blockSignals(False)

    def _outline_item(self, section: int, index: int | None) -> QTreeWidgetItem:
        top = self.outline.topLevelItem(section)
        return top if index is None else top.child(index)

    def _select(self, where) -> None:
        if not self.spec.sections:
            return
        section, index = where
        item = self._outline_item(section, index)
        self.where = where
        self.outline.blockSignals(True)
        self.outline.setCurrentItem(item)
        self.outline.blockSignals(False)
        self.outline.scrollToItem(item)
        self._showing = True
        try:
            self._show_chosen()
        finally:
            self._showing = False

    def _on_outline_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self._select(current.data(0, WHERE_ROLE))

    def _show_status(self) -> None:
        based = f"drafted from the revision effective {self._based_on.isoformat()}" if self._based_on else (
            "drafted from a class with no dated revision")
        saved = self.save_error or (f"saved {self.last_saved:%H:%M:%S}" if self.last_saved else
                                    "each edit is saved as it is made")
        self.status.setText(f"Draft of {self.key}, {based} · {saved}")


def _show(field: QLineEdit, value: str) -> None:
    """A heading or a note, often longer than its field, shows from its start unless it is being typed in
    (setText scrolls to its end)."""
    if field.text() != value:
        field.setText(value)
        if not field.hasFocus():
            field.setCursorPosition(0)


def _item_line(spec: ClassSpec, section: int, index: int) -> str:
    item = spec.sections[section].items[index]
    return (item.text or "(new item)") + (" *" if item.after_employment else "")
