"""An analyst's notes: Markdown to HTML, with any raw HTML in the notes shown as text. No Qt, no SQL."""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(([^()]*)\)")  # no brackets inside: linear on a run of "!["
_ATX = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
REPORT_NOTES_DEPTH = 2  # a report's notes sit under its "Analyst's notes" heading, a level 2 heading


def demoted_headings(text: str, by: int = REPORT_NOTES_DEPTH) -> str:
    """The notes with every heading ``by`` levels lower ("# Finding" becomes "### Finding", at most level 6),
    so that in a report the analyst's headings stand under the report's own, and print smaller."""
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            out.append(line)
            continue
        match = _SETEXT.match(line)
        if match and out and out[-1].strip() and not _ATX.match(out[-1]) and (match.group(1)[0] == "=" or n > 0):
            if match.group(1)[0] == "=" or not out[-1].lstrip().startswith(("-", "*", "+")):
                level = 1 if match.group(1)[0] == "=" else 2
                out[-1] = "#" * min(level + by, 6) + " " + out[-1].strip()
                continue
        out.append(_ATX.sub(lambda m: m.group(1) + "#" * min(len(m.group(2)) + by, 6), line))
    return "\n".join(out)


# The only links a report keeps live: to the web, to mail, within the report. A javascript: or file: link in a
# report opened in a browser, or in a PDF, would run or open something on the reader's machine.
_LIVE_LINK = re.compile(r"(?:https?://|mailto:|#)", re.IGNORECASE)


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
    renderer.treeprocessors.register(_DeadLinks(renderer), "dead_links", 0)
    return renderer.convert(_IMAGE.sub(r"[\1](\2)", text))


def _DeadLinks(renderer):  # noqa: N802 (a class made on first use: markdown loads only then)
    from markdown.treeprocessors import Treeprocessor

    class DeadLinks(Treeprocessor):
        """A link to anything but the web or mail keeps its text and loses its address."""

        def run(self, root):
            for link in root.iter("a"):
                if not _LIVE_LINK.match(link.get("href", "").strip()):
                    link.attrib.pop("href", None)

    return DeadLinks(renderer)
