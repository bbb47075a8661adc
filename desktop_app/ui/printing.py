"""Report HTML onto pages: PDF files, printers and print preview, with a page header and "Page n of N"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop_app.core.reports.paper import DEFAULT_PAPER, paper_named
from desktop_app.files import write_atomically

MARGINS_MM = QMarginsF(12, 12, 12, 12)
PDF_RESOLUTION = 300


def page_layout(paper: str = DEFAULT_PAPER.name, landscape: bool = True) -> QPageLayout:
    """The page of a paper named in the settings or on the command line (see core/reports/paper.py)."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    size = QPageSize(getattr(QPageSize.PageSizeId, paper_named(paper).name))
    return QPageLayout(size, orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def render(device: QPagedPaintDevice, html: str, header: str, footer_left: str = "") -> int:
    """Lay the report out on the device's pages; returns the number of pages."""
    dpi = device.resolution()
    area = device.pageLayout().paintRectPixels(dpi)
    band = dpi * 0.32  # header and footer bands, about 8 mm each
    body = QSizeF(area.width(), area.height() - 2 * band)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    # Without ligatures the PDF's text is plain letters: "benefits" is found by search and copies as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setPageSize(body)
    pages = doc.pageCount()

    small = QFont(font)
    small.setPointSizeF(7.5)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the printer or file could not be opened for writing")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(QRectF(0, 0, area.width(), band * 0.8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
            painter.drawLine(0, int(band * 0.85), int(area.width()), int(band * 0.85))
            painter.save()
            painter.translate(0, band - page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            footer = QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8)
            painter.setFont(small)
            painter.drawLine(0, int(area.height() - band * 0.85), int(area.width()), int(area.height() - band * 0.85))
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer_left)
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"Page {page + 1} of {pages}")
    finally:
        painter.end()
    return pages


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
