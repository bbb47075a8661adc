"""Item-data roles as the plain numbers Qt documents for ``Qt.ItemDataRole``.

Numbers, not ``Qt.ItemDataRole`` members, because the first read of PySide6's ``Qt`` namespace builds every one
of its ~90 Python enums (about 40 ms), and nothing before the window's first paint should pay for that.
tests/test_ui_library.py checks each number against Qt's own.
"""

DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
CHECK_STATE_ROLE = 10
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

CHECKED = 2  # Qt.CheckState.Checked
UNCHECKED = 0  # Qt.CheckState.Unchecked

HTML_ROLE = USER_ROLE + 1  # rich text of a cell, marks and highlights included
