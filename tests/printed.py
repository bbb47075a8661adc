"""Test documents made the way users get them: PDFs printed by Qt (offscreen) and .docx files by python-docx."""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "resources" / "specs" / "6525-benefits-management.txt"  # the bundled copy
HEADER = "State of Ohio Classification Specification - Benefits Management"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def printed_pdf(
    text: str,
    *,
    header: str = HEADER,
    footer: str = "Page {page} of {pages}",
    width_mm: float = 215.9,
    point_size: int = 10,
) -> bytes:
    """``text`` (one paragraph per line, an empty line a blank line) laid out by QTextDocument and dealt
    line by line onto pages with a running header and footer, as PDF bytes. Each line is drawn once, on
    its own page (QTextDocument.drawContents would also draw, clipped but present in the PDF, the lines of
    a paragraph that belong to the page before)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    # Tests pass pytest-qt's qapp; a QApplication (not a bare QGuiApplication) keeps widget tests working.
    QApplication.instance() or QApplication([])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QSizeF(width_mm, 279.4), QPageSize.Unit.Millimeter))
    writer.setResolution(300)
    writer.setPageMargins(QMarginsF(20, 15, 20, 15))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    band = 120.0  # pixels at 300 dpi kept free above and below the body for the header and footer
    # Font sizes in device pixels (300 per inch), so the layout needs no paint device.
    # (QTextLayout.beginLayout, the other way to set lines, breaks reference counts in PySide6 6.12.)
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(point_size * writer.resolution() / 72))
    small = QFont("DejaVu Sans")
    small.setPixelSize(round(8 * writer.resolution() / 72))
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.setTextWidth(area.width())

    document.size()  # lays the whole text out
    # An empty paragraph has one empty line: the blank line between paragraphs takes its height.
    pages: list[list[tuple[object, float]]] = [[]]
    y = 0.0
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            if y + line.height() > area.height() - 2 * band and pages[-1]:
                pages.append([])
                y = 0.0
            pages[-1].append((line, y))
            y += line.height()
        block = block.next()

    painter = QPainter(writer)
    for n, lines in enumerate(pages):
        if n:
            writer.newPage()
        painter.setFont(small)
        if header:
            painter.drawText(QRectF(0, 0, area.width(), band), Qt.AlignmentFlag.AlignLeft, header)
        if footer:
            painter.drawText(
                QRectF(0, area.height() - band / 2, area.width(), band / 2),
                Qt.AlignmentFlag.AlignRight,
                footer.format(page=n + 1, pages=len(pages)),
            )
        for line, top in lines:
            line.draw(painter, QPointF(0, band + top - line.y()))
    painter.end()
    buffer.close()
    return bytes(data.data())


def docx_of_lines(lines: list[str]) -> bytes:
    """A .docx with one paragraph per line."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
