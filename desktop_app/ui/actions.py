"""The window's actions, one table: name, menu text, menu, the window's method, shortcut, icon, toolbar, and when
it applies. Menus, the toolbar and Help → Keyboard Shortcuts are made from it; a new action is one line."""

from __future__ import annotations

from typing import NamedTuple

from desktop_app.core.reports.formats import REPORT_FORMATS
from desktop_app.core.reports.paper import PAPERS

# When an action applies (anything else: always).
COMPARISON = "comparison"  # a comparison tab is current
REPORT = "report"  # the current tab has a report (a comparison, or a class spec)
TAB = "tab"  # the current tab can be closed
CLASS = "class"  # a class is chosen (in the library, or by its draft's editor)
DRAFT = "draft"  # the chosen class has a draft
EDITOR = "editor"  # a draft editor is current


class WindowAction(NamedTuple):
    name: str
    text: str  # with its mnemonic
    menu: str  # "&File", or a submenu "&File/Pape&r"
    slot: str  # the MainWindow method it calls
    argument: str = ""  # passed to the method when given
    shortcut: str = ""  # "Ctrl+I", or "std:Save" for Qt's standard key of the platform
    icon: str = ""
    toolbar: bool = False
    applies: str = ""
    checkable: bool = False
    group: str = ""  # checkable actions of one group exclude each other
    tip: str = ""
    help: str = ""  # how Help → Keyboard Shortcuts describes it (default: its text)

    @property
    def plain_text(self) -> str:
        return self.text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


class Separator(NamedTuple):
    menu: str


ACTIONS: tuple[WindowAction | Separator, ...] = (
    WindowAction("import", "&Import…", "&File", "choose_import", shortcut="Ctrl+I", icon="import", toolbar=True,
                 tip="Import specification documents or folders", help="Import documents"),
    WindowAction("import_folder", "Import &Folder…", "&File", "choose_import_folder", shortcut="Ctrl+Shift+I",
                 help="Import a folder of documents"),
    WindowAction("paste_class", "New Class from &Text…", "&File", "paste_class", shortcut="Ctrl+Shift+V",
                 tip="Paste the text of a class specification, check what was found, save it",
                 help="A new class from pasted text"),
    WindowAction("audit_position", "&Audit a Position…", "&File", "audit_position", shortcut="Ctrl+Shift+A",
                 tip="Rank the library's classes for a position description, compare the best with it, decide",
                 help="Audit a position description"),
    Separator("&File"),
    WindowAction("compare", "&Compare Checked", "&File", "compare_checked", shortcut="Ctrl+Return", icon="compare",
                 toolbar=True, help="Compare the ticked classes"),
    WindowAction("save", "&Save Comparison", "&File", "save_current_comparison", shortcut="std:Save",
                 applies=COMPARISON),
    WindowAction("rename", "Re&name Comparison…", "&File", "rename_current_comparison", shortcut="F2",
                 applies=COMPARISON),
    Separator("&File"),
    WindowAction("print_preview", "Print Pre&view…", "&File", "print_preview", icon="print", applies=REPORT),
    WindowAction("print", "&Print…", "&File", "print_report", shortcut="std:Print", icon="print", applies=REPORT),
    *(WindowAction(f"export_{fmt.name}", fmt.menu_text, "&File", "choose_export", argument=fmt.name,
                   shortcut=fmt.shortcut, icon="pdf" if fmt.name == "pdf" else "", applies=REPORT)
      for fmt in REPORT_FORMATS),
    *(WindowAction(f"paper_{paper.key}", paper.menu, "&File/Pape&r", "choose_paper", argument=paper.name,
                   checkable=True, group="paper") for paper in PAPERS),
    Separator("&File/Pape&r"),
    WindowAction("landscape", "&Landscape", "&File/Pape&r", "set_landscape", checkable=True),
    Separator("&File"),
    WindowAction("close_tab", "C&lose Tab", "&File", "close_current_tab", shortcut="std:Close", applies=TAB),
    WindowAction("quit", "&Quit", "&File", "close", shortcut="Ctrl+Q"),

    WindowAction("undo", "&Undo", "&Edit", "undo", shortcut="std:Undo", applies=EDITOR,
                 help="Undo the last edit of the draft"),
    WindowAction("redo", "&Redo", "&Edit", "redo", shortcut="std:Redo", applies=EDITOR,
                 help="Redo the edit of the draft undone"),
    Separator("&Edit"),
    WindowAction("copy_row", "&Copy Row", "&Edit", "copy_current_row", shortcut="std:Copy", applies=COMPARISON),
    Separator("&Edit"),
    WindowAction("find", "&Find…", "&Edit", "find", shortcut="std:Find", icon="find", toolbar=True),
    WindowAction("find_next", "Find &Next", "&Edit", "find_next", shortcut="std:FindNext", applies=COMPARISON),
    WindowAction("find_previous", "Find &Previous", "&Edit", "find_previous", shortcut="std:FindPrevious",
                 applies=COMPARISON),
    Separator("&Edit"),
    WindowAction("join_rows", "&Join Rows as One Duty", "&Edit", "join_rows", shortcut="Ctrl+J",
                 applies=COMPARISON, help="Join the two selected rows: they are the same duty"),
    WindowAction("part_row", "Par&t Row", "&Edit", "part_row", shortcut="Ctrl+Shift+J", applies=COMPARISON,
                 help="Part the current item from the one it is paired with"),
    Separator("&Edit"),
    WindowAction("analyst_name", "&Analyst Name…", "&Edit", "edit_analyst_name"),

    WindowAction("previous_change", "&Previous Change", "&View", "previous_change", shortcut="Shift+F7",
                 icon="previous", toolbar=True, applies=COMPARISON),
    WindowAction("next_change", "&Next Change", "&View", "next_change", shortcut="F7", icon="next", toolbar=True,
                 applies=COMPARISON),
    Separator("&View"),
    WindowAction("differences_only", "&Differences Only", "&View", "set_differences_only", shortcut="Ctrl+D",
                 applies=COMPARISON, checkable=True),
    WindowAction("reset_columns", "&Reset Column Order", "&View", "reset_column_order", applies=COMPARISON),
    Separator("&View"),
    WindowAction("library_panel", "&Library Panel", "&View", "set_library_visible", shortcut="Ctrl+L",
                 checkable=True, help="Show or hide the library"),

    WindowAction("draft_revision", "Draft a &Revision…", "&Draft", "draft_revision", shortcut="Ctrl+Shift+R",
                 applies=CLASS, help="Draft a revision of the chosen class (or open its draft)"),
    WindowAction("draft_from_document", "Draft from a Docu&ment…", "&Draft", "draft_from_document", applies=CLASS,
                 help="Make the chosen class's draft from a document: a printout of it revised in Word, say"),
    WindowAction("compare_draft", "&Compare Draft with Current", "&Draft", "compare_draft", applies=DRAFT),
    Separator("&Draft"),
    WindowAction("export_redline", "Export R&edline (Word)…", "&Draft", "export_redline", applies=DRAFT,
                 tip="The draft against the current revision, as tracked changes to accept or reject in Word"),
    WindowAction("export_clean_draft", "Export C&lean Draft (Word)…", "&Draft", "export_clean_draft",
                 applies=DRAFT),
    Separator("&Draft"),
    WindowAction("adopt_draft", "&Adopt Draft…", "&Draft", "adopt_draft", applies=DRAFT,
                 tip="Make the draft a revision of the class, effective on a date you give"),
    WindowAction("delete_draft", "&Delete Draft…", "&Draft", "delete_draft", applies=DRAFT),

    WindowAction("shortcuts", "&Keyboard Shortcuts", "&Help", "show_shortcuts", shortcut="std:HelpContents"),
    WindowAction("about", "&About Class Spec Compare", "&Help", "show_about"),
)

# Keys that belong to a pane rather than to an action of the window.
OTHER_KEYS = (
    ("Escape", "Close the find bar"),
    ("Tab / Shift+Tab", "Go to the next / previous pane (in the notes, Ctrl+Tab / Ctrl+Shift+Tab as well)"),
    ("Alt+letter", "Go to the control whose underlined letter it is"),
    ("Insert", "Add an item after the chosen one (draft editor)"),
    ("Delete", "Delete the chosen item (draft editor's outline)"),
    ("Alt+Up / Alt+Down", "Move the chosen item up or down (draft editor)"),
    ("Return", "Edit the chosen item; in its text, back to the outline (draft editor)"),
)


def window_actions() -> list[WindowAction]:
    return [a for a in ACTIONS if isinstance(a, WindowAction)]
