"""An outline as a Word document (.docx, python-docx): the same content as the PDF, marks as real Word formatting
(underline, strikethrough, colour from the theme), tables whose header row repeats on every page, a page header
and a footer with the page number fields. Pure: no Qt, no SQL."""

from __future__ import annotations

import io
import math

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from desktop_app.core.reports.html import EMPTY_COLOUR, STATUS_WIDTH
from desktop_app.core.reports.outline import (
    Aligned,
    Facts,
    Grid,
    Heading,
    Legend,
    ListItems,
    Notes,
    Outline,
    Paragraph,
    Runs,
    runs_text,
)
from desktop_app.core.reports.paper import MARGIN_MM, PageSetup
from desktop_app.core.reports.word_notes import add_notes
from desktop_app.core.theme import MARKS, STATUS_COLOURS

FONT = "Arial"  # Liberation Sans where Arial is missing: the same widths
BODY_PT = 9
SMALL_PT = 7.5
HEADING_PT = {0: 15, 1: 13, 2: 11.5, 3: 10, 4: 9.5}
HEADER_FILL = "E8E8E8"
BAND_MM = 8  # room for the page header and footer, as on the printed page


def outline_docx(outline: Outline, page: PageSetup = PageSetup()) -> bytes:
    document = Document()
    _set_up_styles(document)
    width_mm = _set_up_page(document, outline, page)
    body_height_pt = (page.size_mm[1] - 2 * MARGIN_MM - 2 * BAND_MM) * 72 / 25.4
    document.core_properties.title = outline.title
    document.core_properties.author = "Class Spec Compare"

    document.add_heading(outline.title, level=0)
    for block in outline.blocks:
        _block(document, block, width_mm, body_height_pt)
    if outline.read_back:
        add_hidden_note(document, outline.read_back)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_hidden_note(document, note: str) -> None:
    """What reading the printout back needs, as a last paragraph of hidden text (its mark hidden too): Word and
    LibreOffice keep it through editing and saving, and neither shows nor prints it."""
    from docx.oxml import OxmlElement

    from desktop_app.core.spec_markdown import PRINTOUT_MARKER

    paragraph = document.add_paragraph()
    paragraph.add_run(f"<!-- {PRINTOUT_MARKER} {note} -->").font.hidden = True
    mark = OxmlElement("w:rPr")
    mark.append(OxmlElement("w:vanish"))
    paragraph._p.get_or_add_pPr().append(mark)


# ---- the document's frame ------------------------------------------------------------------------


def _set_up_styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.space_before = Pt(0)
    for level, size in HEADING_PT.items():
        style = document.styles["Title" if level == 0 else f"Heading {level}"]
        _plain_font(style)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12 if level == 2 else 6 if level else 0)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number", "Table Grid"):
        _plain_font(document.styles[name])
    # The template's footer has tab stops of its own (centre, right of a Letter page): ours alone count.
    document.styles["Footer"].paragraph_format.tab_stops.clear_all()


def _plain_font(style) -> None:
    """The style in FONT, not in the template's theme fonts (which Word would prefer)."""
    style.font.name = FONT
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    if style.element.rPr.find(qn("w:color")) is not None:
        style.font.color.rgb = RGBColor(0, 0, 0)
    # The title style's bottom rule and spacing of the template: a plain title, as on the printed page.
    p_pr = style.element.pPr
    if p_pr is not None and p_pr.find(qn("w:pBdr")) is not None:
        p_pr.remove(p_pr.find(qn("w:pBdr")))


def _set_up_page(document, outline: Outline, page: PageSetup) -> float:
    """Paper, margins, the running header and the footer with "Page n of N"; the text width in mm."""
    section = document.sections[0]
    width, height = page.size_mm
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.top_margin = section.bottom_margin = Mm(MARGIN_MM + BAND_MM)
    section.header_distance = section.footer_distance = Mm(MARGIN_MM)
    text_width = width - 2 * MARGIN_MM

    header = section.header.paragraphs[0]
    _small(header.add_run(outline.header))
    _rule(header, "bottom")
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(Mm(text_width), WD_TAB_ALIGNMENT.RIGHT)
    _rule(footer, "top")
    _small(footer.add_run(outline.footer + "\t" + "Page "))
    _field(footer, "PAGE")
    _small(footer.add_run(" of "))
    _field(footer, "NUMPAGES")
    return text_width


def _small(run) -> None:
    run.font.size = Pt(SMALL_PT)


def _rule(paragraph, side: str) -> None:
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
        line.set(qn(key), value)
    borders.append(line)
    paragraph._p.get_or_add_pPr().append(borders)


def _field(paragraph, instruction: str) -> None:
    """A field Word (and LibreOffice) fills in as it lays out pages: PAGE, NUMPAGES."""
    parts = [("w:fldChar", "begin"), ("w:instrText", f" {instruction} "), ("w:fldChar", "separate"),
             ("w:t", "1"), ("w:fldChar", "end")]
    for tag, value in parts:
        run = paragraph.add_run()
        _small(run)
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


# ---- blocks ----------------------------------------------------------------------------------------


def _block(document, block, width_mm: float, body_height_pt: float) -> None:
    if isinstance(block, Facts):
        table = document.add_table(rows=0, cols=2)
        last = ""
        for label, value in block.pairs:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label if label != last or not label else "").bold = True
            cells[1].paragraphs[0].add_run(value)
            last = label or last
        _widths(table, [30, width_mm - 30])
        document.add_paragraph()
    elif isinstance(block, Heading):
        heading = document.add_heading(block.text, level=min(max(block.level, 1), 4))
        if block.level == 1:
            heading.paragraph_format.page_break_before = True
    elif isinstance(block, Paragraph):
        add_runs(document.add_paragraph(), block.runs, italic=block.remark)
    elif isinstance(block, ListItems):
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            add_runs(document.add_paragraph(style=style), item)
    elif isinstance(block, Legend):
        add_runs(document.add_paragraph(), block.runs)
    elif isinstance(block, Grid):
        _grid(document, block, width_mm)
    elif isinstance(block, Aligned):
        _aligned(document, block, width_mm, body_height_pt)
    elif isinstance(block, Notes):
        document.add_heading(block.heading, level=2)
        add_notes(document, block.markdown)
    else:
        raise TypeError(f"no Word for {type(block).__name__}")


def add_runs(paragraph, runs: Runs, italic: bool = False, colour: str = "") -> None:
    """Runs as Word runs: marks of the theme's light scheme (the page is white), remarks in italics."""
    for text, style in runs:
        if text == "\n":
            paragraph.add_run().add_break()
            continue
        run = paragraph.add_run(text)
        run.italic = italic or style == "note" or None
        if style == "bold":
            run.bold = True
        # A style may be two marks at once ("insert+cue": an inserted word a level factor was read from).
        marks = [MARKS["light"][part] for part in style.split("+") if part in MARKS["light"]]
        for mark in marks:
            run.font.color.rgb = RGBColor.from_string(mark["color"].lstrip("#").upper())
            if mark["decoration"] == "underline":
                run.font.underline = True
            elif mark["decoration"] == "line-through":
                run.font.strike = True
            if mark.get("weight") == "bold":
                run.bold = True
        # One shading only (Word reads one w:shd in a run's properties): the later mark's, on top.
        if marks and any(m["background"] for m in marks):
            _shade(run._r.get_or_add_rPr(), next(m["background"] for m in reversed(marks) if m["background"]))
        if marks:
            continue
        if style == "empty":
            run.font.color.rgb = RGBColor.from_string(EMPTY_COLOUR.lstrip("#").upper())
        elif colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


def _shade(properties, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    properties.append(shading)


def _table(document, columns: int):
    table = document.add_table(rows=1, cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _row_flag(table.rows[0], "w:tblHeader")  # repeated at the top of every page the table runs onto
    for cell in table.rows[0].cells:
        _shade(cell._tc.get_or_add_tcPr(), HEADER_FILL)
    return table


def _row_flag(row, tag: str) -> None:
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _widths(table, widths_mm: list[float]) -> None:
    """Column widths in the table's grid and in every cell (Word reads the one, LibreOffice the other)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _grid(document, grid: Grid, width_mm: float) -> None:
    table = _table(document, len(grid.head))
    for cell, text in zip(table.rows[0].cells, grid.head):
        cell.paragraphs[0].add_run(text).bold = True
    for n, values in enumerate(grid.rows):
        bold = n < len(grid.total) and grid.total[n]
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, values)):
            cell.paragraphs[0].add_run(text).bold = bold or None
            if column >= grid.numeric_from:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _keep_together(table.rows)
    first = width_mm * 0.22
    _widths(table, [first] + [(width_mm - first) / max(len(grid.head) - 1, 1)] * (len(grid.head) - 1))
    document.add_paragraph()


def _keep_together(rows, whole_up_to: int = 14) -> None:
    """A table of short rows as on the printed page: whole when it is short, else two rows at least on each side
    of a page break (no header with one row at the foot of a page). Rows never split."""
    last = len(rows) - 1
    kept = range(last) if len(rows) <= whole_up_to else (0, 1, last - 1)
    for n, row in enumerate(rows):
        _row_flag(row, "w:cantSplit")
        if n in kept:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _aligned(document, aligned: Aligned, width_mm: float, body_height_pt: float) -> None:
    columns = len(aligned.columns)
    status_mm = width_mm * STATUS_WIDTH / 100
    class_mm = (width_mm - status_mm) / max(columns, 1)
    table = _table(document, columns + 1)
    head = table.rows[0].cells
    head[0].paragraphs[0].add_run(aligned.status_heading).bold = True
    for cell, column in zip(head[1:], aligned.columns):
        paragraph = cell.paragraphs[0]
        paragraph.add_run(column.label).bold = True
        if column.title:
            paragraph.add_run().add_break()
            paragraph.add_run(column.title)
    colours = STATUS_COLOURS["light"]
    for row in aligned.rows:
        word_row = table.add_row()
        cells = word_row.cells
        status = cells[0].paragraphs[0]
        if row.name:
            status.add_run(row.name).bold = True
            status.add_run().add_break()
        add_runs(status, ((row.status_text, ""),), colour=colours.get(row.status, colours["same"]))
        if row.merged:
            merged = cells[1].merge(cells[columns])
            add_runs(merged.paragraphs[0], row.cells[0])
        else:
            for cell, runs in zip(cells[1:], row.cells):
                add_runs(cell.paragraphs[0], runs)
        # A row up to a third of a page stays whole, as on the printed page; a longer one may run on.
        if _height_pt(row, class_mm if not row.merged else class_mm * columns) <= body_height_pt / 3:
            _row_flag(word_row, "w:cantSplit")
    _widths(table, [status_mm] + [class_mm] * columns)
    document.add_paragraph()


def _height_pt(row, width_mm: float) -> float:
    """About how tall the row's longest cell is: characters per line from the font's average width."""
    per_line = max(int(width_mm * 72 / 25.4 / (BODY_PT * 0.5)), 1)
    lines = max(sum(math.ceil(max(len(part), 1) / per_line) for part in runs_text(cell).split("\n"))
                for cell in row.cells)
    return lines * BODY_PT * 1.25 + 6
