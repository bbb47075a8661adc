"""An analyst's notes: Markdown to HTML, with any raw HTML in the notes shown as text. No Qt, no SQL."""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")


def notes_to_html(text: str) -> str:
    """Markdown rendered; `<b>`, `<img>`, `<script>` typed into the notes come out as visible text.

    Links stay links (the window opens one only when it is clicked); images are never loaded: an image
    written in Markdown becomes a link to its address.
    """
    import markdown  # loaded on first use: the window starts without it

    renderer = markdown.Markdown(extensions=["sane_lists", "tables"], output_format="html")
    # Without these, Markdown passes raw HTML through; with them gone it escapes it like any text.
    renderer.preprocessors.deregister("html_block")
    renderer.inlinePatterns.deregister("html")
    renderer.inlinePatterns.deregister("entity")
    return renderer.convert(_IMAGE.sub(r"[\1](\2)", text))
