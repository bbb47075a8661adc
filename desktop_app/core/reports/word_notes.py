"""The analyst's Markdown notes as Word paragraphs: headings a level below the report's, lists, bold, italics,
code, links and tables, read from the same HTML the other formats show (raw HTML in the notes stays text). Pure."""

from __future__ import annotations

from html.parser import HTMLParser

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from desktop_app.core.notes import demoted_headings, notes_to_html

# The notes' own "#" and "##" sit under the report's "Analyst's notes" heading (level 2): demoted to h3, h4…
NOTES_HEADING_LEVEL = {"h1": 3, "h2": 3, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
LINK_COLOUR = RGBColor(0x1F, 0x4E, 0x8C)


def add_notes(document, markdown: str) -> None:
    writer = _NotesWriter(document)
    writer.feed(notes_to_html(demoted_headings(markdown)))
    writer.close()


class _NotesWriter(HTMLParser):
    def __init__(self, document) -> None:
        super().__init__(convert_charrefs=True)
        self.document = document
        self.paragraph = None
        self.bold = self.italic = self.code = 0
        self.link: str | None = None
        self.lists: list[str] = []  # "ul" / "ol", innermost last
        self.table = None
        self.row = None
        self.cell = None
        self.quote = 0

    # ---- paragraphs ------------------------------------------------------------------------------

    def _new(self, style: str | None = None):
        container = self.cell if self.cell is not None else self.document
        if self.cell is not None and not self.cell.paragraphs[0].text and len(self.cell.paragraphs) == 1:
            self.paragraph = self.cell.paragraphs[0]
        else:
            self.paragraph = container.add_paragraph(style=style)
        if self.quote:
            self.paragraph.paragraph_format.left_indent = Pt(18)
        return self.paragraph

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in NOTES_HEADING_LEVEL:
            self.paragraph = self.document.add_heading("", level=NOTES_HEADING_LEVEL[tag])
        elif tag in ("p", "pre"):
            if not (self.lists and self.paragraph is not None and self._in_item):
                self._new()
            self.code += tag == "pre"
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self._in_item = True
            self._new("List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet")
            if len(self.lists) > 1:
                self.paragraph.paragraph_format.left_indent = Pt(18 * len(self.lists))
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "code":
            self.code += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or ""
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "table":
            self.table = self.document.add_table(rows=0, cols=0)
            self.table.style = self.document.styles["Table Grid"]
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.row.append((tag, []))
            self._cell_text = self.row[-1][1]

    def handle_endtag(self, tag: str) -> None:
        if tag in NOTES_HEADING_LEVEL or tag in ("p", "pre"):
            self.code -= tag == "pre"
            if not self.lists:
                self.paragraph = None
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self.paragraph = None
        elif tag == "li":
            self._in_item = False
            self.paragraph = None
        elif tag in ("strong", "b"):
            self.bold -= 1
        elif tag in ("em", "i"):
            self.italic -= 1
        elif tag == "code":
            self.code -= 1
        elif tag == "a":
            self.link = None
        elif tag == "blockquote":
            self.quote -= 1
        elif tag == "tr" and self.row is not None:
            self._add_table_row(self.row)
            self.row = None
        elif tag == "table":
            self.table = None
            self.document.add_paragraph()

    _in_item = False
    _cell_text: list | None = None

    def handle_data(self, data: str) -> None:
        if self.row is not None:
            if self._cell_text is not None:
                self._cell_text.append(data)
            return
        if not data.strip() and self.paragraph is None:
            return  # the newlines between blocks
        if self.paragraph is None:
            self._new()
        if self.link is not None and self.link:
            self._hyperlink(data, self.link)
            return
        run = self.paragraph.add_run(data)
        self._format(run)

    def _format(self, run) -> None:
        run.bold = bool(self.bold) or None
        run.italic = bool(self.italic or self.quote) or None
        if self.code:
            run.font.name = "Courier New"

    def _hyperlink(self, text: str, url: str) -> None:
        """A link that Word opens when it is clicked (Ctrl+click), as the window and the PDF do."""
        part = self.paragraph.part
        relation = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), relation)
        run = self.paragraph.add_run(text)
        self._format(run)
        run.font.underline = True
        run.font.color.rgb = LINK_COLOUR
        link.append(run._r)
        self.paragraph._p.append(link)

    def _add_table_row(self, cells: list) -> None:
        while len(self.table.columns) < len(cells):
            self.table.add_column(Pt(72))
        row = self.table.add_row().cells
        for cell, (tag, texts) in zip(row, cells):
            cell.paragraphs[0].add_run("".join(texts).strip()).bold = tag == "th" or None
