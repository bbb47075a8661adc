"""A small document that inflates to gigabytes is refused after reading a bounded amount: the 20 MB limit holds for
what a document unpacks to, not only for its file."""

from __future__ import annotations

import io
import resource
import zipfile
import zlib

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.core.formats.extract import MAX_INFLATED_BYTES, MAX_PDF_PAGES, MAX_STREAM_BYTES
from tests.printed import docx_of_lines


def docx_that_inflates_to(size: int) -> bytes:
    """A real .docx whose word/document.xml is padded with ``size`` bytes of spaces (a few hundred KB packed)."""
    small = zipfile.ZipFile(io.BytesIO(docx_of_lines(["CLASS TITLE: Analyst", "CLASS NUMBER: 1"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in small.infolist():
            data = small.read(info)
            if info.filename != "word/document.xml":
                bomb.writestr(info, data)
                continue
            with bomb.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(data[:-len(b"</w:document>")])
                chunk = b" " * 1048576
                for _ in range(size // len(chunk)):
                    part.write(chunk)
                part.write(b"</w:document>")
    return out.getvalue()


def pdf_with_a_stream_of(size: int, pages: int = 1) -> bytes:
    """A PDF whose pages share one content stream that inflates to ``size`` bytes of spaces."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET" + b" " * size, 9)
    kids = " ".join(f"{4 + n} 0 R" for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
         b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % o for o in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_word_document_that_inflates_past_the_limit_is_refused_unread():
    bomb = docx_that_inflates_to(MAX_INFLATED_BYTES + 1048576)
    assert len(bomb) < 1_000_000
    before = peak_memory_mb()
    with pytest.raises(DocumentError) as refused:
        parse_document(bomb)
    assert str(refused.value) == (
        f"the Word document unpacks to more than {MAX_INFLATED_BYTES // 1048576} MB; a class specification's "
        "is far smaller"
    )
    assert peak_memory_mb() - before < 50


def test_a_pdf_page_that_inflates_past_the_limit_is_refused():
    bomb = pdf_with_a_stream_of(MAX_STREAM_BYTES + 1000)
    assert len(bomb) < 100_000
    with pytest.raises(DocumentError) as refused:
        parse_document(bomb)
    assert str(refused.value) == (
        f"a page of the PDF unpacks to more than {MAX_STREAM_BYTES // 1048576} MB; a class specification's page "
        "is far smaller"
    )


def test_a_pdf_of_too_many_pages_is_refused():
    with pytest.raises(DocumentError) as refused:
        parse_document(pdf_with_a_stream_of(10, pages=MAX_PDF_PAGES + 1))
    assert str(refused.value) == (
        f"the PDF has {MAX_PDF_PAGES + 1} pages; a class specification has at most {MAX_PDF_PAGES}"
    )
