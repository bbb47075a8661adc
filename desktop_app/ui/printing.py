"""Report HTML onto pages: PDF files, printers and print preview, with a page header and "Page n of N".

The pages are cut once (pagination.py), at one resolution, whatever the device: the preview, the printer and
the PDF get the same pages. Each page is painted from bands of the one laid-out report, scaled to the device.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.core.reports.paper import DEFAULT_PAPER, MARGIN_MM, paper_named
from desktop_app.files import write_atomically
from desktop_app.ui.pagination import (
    BODY_POINT_SIZE,
    LINE_SPACING,
    Pagination,
    layout_units,
    paginate,
    report_font,
)

MARGINS_MM = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
PDF_RESOLUTION = 300
SMALL_POINT_SIZE = 7.5


def page_layout(paper: str = DEFAULT_PAPER.name, landscape: bool = True) -> QPageLayout:
    """The page of a paper named in the settings or on the command line (see core/reports/paper.py)."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    size = QPageSize(getattr(QPageSize.PageSizeId, paper_named(paper).name))
    return QPageLayout(size, orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def page_count(html: str, layout: QPageLayout) -> int:
    return len(paginate(html, layout).pages)


def render(device: QPagedPaintDevice, html: str, header: str, footer_left: str = "") -> int:
    """Lay the report out on the device's pages; returns the number of pages."""
    pagination = paginate(html, device.pageLayout())
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the printer or file could not be opened for writing")
    # Everything below is in layout units; the device's own resolution only scales it.
    scale = device.resolution() / layout_units(72)
    painter.scale(scale, scale)
    try:
        total = len(pagination.pages)
        for number, page in enumerate(pagination.pages, start=1):
            if number > 1:
                device.newPage()
            _paint_bands(painter, pagination, header, footer_left, f"Page {number} of {total}")
            _paint_body(painter, pagination, page)
    finally:
        painter.end()
    return total


def _small_font() -> QFont:
    font = QFont(report_font())
    font.setPixelSize(round(layout_units(SMALL_POINT_SIZE)))
    return font


def _paint_bands(painter: QPainter, pagination: Pagination, header: str, footer_left: str, page: str) -> None:
    width, band = pagination.width, pagination.band
    bottom = band + pagination.height + band
    painter.setFont(_small_font())
    painter.setPen(QPen(Qt.GlobalColor.black, layout_units(0.5)))
    painter.drawText(QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                     header)
    painter.drawLine(0, band * 0.85, width, band * 0.85)
    painter.drawLine(0, bottom - band * 0.85, width, bottom - band * 0.85)
    footer = QRectF(0, bottom - band * 0.8, width, band * 0.8)
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer_left)
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, page)


def _paint_body(painter: QPainter, pagination: Pagination, page) -> None:
    layout = pagination.document.documentLayout()
    for piece in page.slices:
        painter.save()
        painter.translate(0, pagination.band + piece.at - piece.top)
        band = QRectF(-layout_units(2), piece.top, pagination.width + layout_units(4), piece.bottom - piece.top)
        painter.setClipRect(band)
        context = QAbstractTextDocumentLayout.PaintContext()
        # The lines of the page before or after are not written on this page at all: clipped, they would still
        # be in the PDF's text. Qt leaves out the blocks outside the layout's clip, but of a block the clip cuts
        # it also draws the one line above the clip: where a band starts between two lines of one block, the
        # layout's clip starts a line and a half below it (the breaks fall between lines).
        inset = 1.5 * layout_units(BODY_POINT_SIZE * LINE_SPACING) if piece.within else 1
        context.clip = band.adjusted(0, inset, 0, -1)
        layout.draw(painter, context)
        painter.restore()
    painter.save()
    painter.translate(0, pagination.band)
    painter.setPen(QPen(QColor("#9a9a9a"), layout_units(0.75)))
    for y, left, right in page.rules:
        painter.drawLine(left, y, right, y)
    small = _small_font()
    small.setPixelSize(round(layout_units(8)))
    small.setItalic(True)
    painter.setFont(small)
    for continued in page.continued:
        painter.setPen(QColor(continued.colour))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(continued.rect, flags, continued.text)
    painter.restore()


def write_pdf(html: str, path: Path | str, header: str, footer_left: str = "", paper: str = DEFAULT_PAPER.name,
              landscape: bool = True, title: str = "") -> int:
    # Laid out in memory, then written by us: a PDF that Qt writes itself fails quietly on a full disk, and a
    # file written in place is truncated first. write_atomically says why a write failed, and keeps the old file.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper, landscape))
    writer.setTitle(title or header)
    writer.setCreator("Class Spec Compare")
    pages = render(writer, html, header, footer_left)
    write_atomically(path, bytes(buffer.data()))
    return pages
