"""The one table of colours and marks, keyed by segment op and row status; screen and paper both read it.

Marks never rely on colour alone: inserted words are underlined, deleted words struck through, so they read
for colour-blind users and on black-and-white printers. A related cell's words that its base also uses are only
set in grey ("shared"): they are context, not a change. No Qt, no SQL.
"""

from __future__ import annotations

MARKS = {
    "light": {
        "insert": {"color": "#0a5d1f", "background": "#d4f4da", "decoration": "underline"},
        "delete": {"color": "#8f1a14", "background": "#fbdcd8", "decoration": "line-through"},
        "shared": {"color": "#6b6f75", "background": "", "decoration": ""},
        "step-up": {"color": "#0a5d1f", "background": "", "decoration": ""},
        "step-same": {"color": "#5f6368", "background": "", "decoration": ""},
        "step-down": {"color": "#8f1a14", "background": "", "decoration": ""},
        "cue": {"color": "#3b2a00", "background": "#fff0c2", "decoration": "", "weight": "bold"},
    },
    "dark": {
        "insert": {"color": "#b9f2c5", "background": "#1f4a2a", "decoration": "underline"},
        "delete": {"color": "#ffc9c2", "background": "#5a2320", "decoration": "line-through"},
        "shared": {"color": "#9aa0a6", "background": "", "decoration": ""},
        "step-up": {"color": "#8fe0a2", "background": "", "decoration": ""},
        "step-same": {"color": "#b0b4b9", "background": "", "decoration": ""},
        "step-down": {"color": "#ff9d94", "background": "", "decoration": ""},
        "cue": {"color": "#ffe6a3", "background": "#4a3a10", "decoration": "", "weight": "bold"},
    },
}

STATUS_COLOURS = {
    "light": {"same": "#5f6368", "changed": "#7a4f00", "related": "#1f4e8c", "added": "#0a5d1f",
              "dropped": "#8f1a14", "factor": "#202124"},
    "dark": {"same": "#b0b4b9", "changed": "#f2c46b", "related": "#9cc3ff", "added": "#8fe0a2",
             "dropped": "#ff9d94", "factor": "#e8eaed"},
}

STATUS_WORDS = {"same": "Same", "changed": "Changed", "related": "Related", "added": "Added",
                "dropped": "Dropped"}


def mark_style(op: str, scheme: str = "light") -> str:
    """Inline CSS for a marked run of words (QTextDocument understands exactly these properties)."""
    mark = MARKS[scheme].get(op)
    if mark is None:
        return ""
    parts = [f"color:{mark['color']};"]
    if mark["background"]:
        parts.append(f"background-color:{mark['background']};")
    if mark["decoration"]:
        parts.append(f"text-decoration:{mark['decoration']};")
    if mark.get("weight"):
        parts.append(f"font-weight:{mark['weight']};")
    return " ".join(parts)
