"""One table per concept: report formats, comparison options and window actions are each read from one list by
the menus, the command line, the JSON and the help."""

from __future__ import annotations

import json

from desktop_app.cli import build_parser, main
from desktop_app.core.compare import CompareOptions, compare, comparison_to_dict
from desktop_app.core.compare.options import OPTIONS, options_from
from desktop_app.core.comparison_state import ComparisonState
from desktop_app.core.reports.formats import REPORT_FORMATS
from desktop_app.ui.actions import ACTIONS, WindowAction


def _compare_parser():
    parser = build_parser(["compare"])
    return next(a for a in parser._subparsers._group_actions[0].choices.values() if a.prog.endswith("compare"))


def test_the_command_line_offers_every_report_format_and_option():
    compare_parser = _compare_parser()
    flags = {a.dest: a for a in compare_parser._actions}
    assert flags["format"].choices == [f.name for f in REPORT_FORMATS] == ["pdf", "docx", "html", "md", "json"]
    assert [o.flag for o in OPTIONS] == [
        "--ignore-case", "--ignore-punctuation", "--and-equals-ampersand", "--ignore-numbering"]
    for option in OPTIONS:
        assert flags[option.field].option_strings == [option.flag]
    assert flags["paper"].choices == ["letter", "a4", "legal"]


def test_options_are_the_fields_of_compare_options_and_of_the_json(seed_specs):
    assert [f for f in CompareOptions.__dataclass_fields__] == ["base", *(o.field for o in OPTIONS)]
    data = comparison_to_dict(compare([seed_specs["65250"], seed_specs["65251"]], CompareOptions(ignore_case=True)))
    assert data["options"] == {"ignore_case": True, "ignore_punctuation": False, "and_equals_ampersand": False,
                               "ignore_numbering": False}
    assert options_from({"ignore_case": True, "from_a_later_version": 1}) == CompareOptions(ignore_case=True)


def test_a_comparison_state_goes_to_the_settings_and_back():
    state = ComparisonState(("OH:65250", "OH:65251"), CompareOptions(base="65250", ignore_numbering=True),
                            "Notes", differences_only=True)
    assert ComparisonState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    saved = state.with_changes(saved_id=4, name="Review")
    assert saved.to_dict()["notes"] is None  # a saved comparison's notes live in the library
    assert ComparisonState.from_dict({"classes": ["OH:65250"], "options": {"ignore_case": "yes?"}, "saved_id": "x"}) \
        == ComparisonState(("OH:65250",), CompareOptions(ignore_case="yes?"))
    assert saved.report_info("Pat").title == "Review"


def test_the_window_makes_its_menus_toolbar_and_checkboxes_from_the_tables(window):
    tab = window.compare_series("OH", "6525")
    assert [box.text() for box in tab.option_boxes.values()] == [o.label for o in OPTIONS]
    menu_texts = {a.text() for menu in window.menuBar().actions() for a in _walk(menu.menu())}
    for entry in ACTIONS:
        if isinstance(entry, WindowAction):
            assert entry.text in menu_texts
    assert [f"Export {f.menu_text.split(' ', 1)[1]}" for f in REPORT_FORMATS] == [
        "Export P&DF…", "Export &Word…", "Export &HTML…", "Export &Markdown…", "Export &JSON…"]
    toolbar = window.findChild(type(window.addToolBar("probe")), "main-toolbar")
    assert [a.text() for a in toolbar.actions()] == [
        "&Import…", "&Compare Checked", "&Find…", "&Previous Change", "&Next Change"]


def _walk(menu):
    for action in menu.actions():
        yield action
        if action.menu():
            yield from _walk(action.menu())


def test_keyboard_shortcuts_lists_every_shortcut_of_the_window(window):
    assert window.shortcuts_text().splitlines() == [
        "Ctrl+I  Import documents",
        "Ctrl+Shift+I  Import a folder of documents",
        "Ctrl+Shift+V  A new class from pasted text",
        "Ctrl+Shift+A  Audit a position description",
        "Ctrl+Return  Compare the ticked classes",
        "Ctrl+S  Save Comparison",
        "F2  Rename Comparison",
        "Ctrl+P  Print",
        "Ctrl+Shift+P  Export PDF",
        "Ctrl+F4 / Ctrl+W  Close Tab",
        "Ctrl+Q  Quit",
        "Ctrl+Z / Alt+Backspace  Undo the last edit of the draft",
        "Ctrl+Y / Alt+Shift+Backspace / Ctrl+Shift+Z  Redo the edit of the draft undone",
        "Ctrl+C / Ctrl+Ins  Copy Row",
        "Ctrl+F  Find",
        "F3 / Ctrl+G  Find Next",
        "Shift+F3 / Ctrl+Shift+G  Find Previous",
        "Ctrl+J  Join the two selected rows: they are the same duty",
        "Ctrl+Shift+J  Part the current item from the one it is paired with",
        "Shift+F7  Previous Change",
        "F7  Next Change",
        "Ctrl+D  Differences Only",
        "Ctrl+L  Show or hide the library",
        "Ctrl+Shift+R  Draft a revision of the chosen class (or open its draft)",
        "F1  Keyboard Shortcuts",
        "Escape  Close the find bar",
        "Tab / Shift+Tab  Go to the next / previous pane (in the notes, Ctrl+Tab / Ctrl+Shift+Tab as well)",
        "Alt+letter  Go to the control whose underlined letter it is",
        "Insert  Add an item after the chosen one (draft editor)",
        "Delete  Delete the chosen item (draft editor's outline)",
        "Alt+Up / Alt+Down  Move the chosen item up or down (draft editor)",
        "Return  Edit the chosen item; in its text, back to the outline (draft editor)",
    ]


def test_a_json_report_from_the_command_line_uses_the_format_table(tmp_path, capsys):
    assert main(["compare", "65250", "65251", "--format", "json", "--differences-only"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(row["status"] != "same" for section in data["sections"] for row in section["rows"])
