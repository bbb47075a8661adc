"""Every item-data role of the app's models, in one place: Qt's own as the plain numbers Qt documents for
``Qt.ItemDataRole``, and ours, each a number of its own.

Numbers, not ``Qt.ItemDataRole`` members, because the first read of PySide6's ``Qt`` namespace builds every one
of its ~90 Python enums (about 40 ms), and nothing before the window's first paint should pay for that.
tests/test_ui_library.py checks each of Qt's numbers against Qt's own, and that ours all differ.
"""

DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
CHECK_STATE_ROLE = 10
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

CHECKED = 2  # Qt.CheckState.Checked
UNCHECKED = 0  # Qt.CheckState.Unchecked

HTML_ROLE = USER_ROLE + 1  # rich text of a cell, marks and highlights included
KEY_ROLE = USER_ROLE + 2  # a class's key "OH:65251" (library tree, search results); "OH" / "OH:6525" for the others
KIND_ROLE = USER_ROLE + 3  # a library tree row: "jurisdiction" | "series" | "class" | "draft" | "revision" (earlier)
SERIES_ROLE = USER_ROLE + 4  # (jurisdiction, series code) of a series or class row
ROW_KIND_ROLE = USER_ROLE + 5  # a comparison row: "section" | "item"
STATUS_ROLE = USER_ROLE + 6  # a comparison item row's status: same | changed | related | added | dropped
SECTION_KIND_ROLE = USER_ROLE + 7  # the section kind of every comparison row
SAVED_ID_ROLE = USER_ROLE + 8  # a saved comparison's id
POSITION_ID_ROLE = USER_ROLE + 9  # a position's id (positions list)
AUDIT_ID_ROLE = USER_ROLE + 10  # an audit's id (positions list)

OUR_ROLES = {name: value for name, value in dict(globals()).items() if name.endswith("_ROLE") and value > USER_ROLE}
