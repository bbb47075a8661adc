"""PDF text extraction on PDFs printed by Qt: what comes out, and the refusals."""

from __future__ import annotations

import io
import re

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.extract import pdf_text
from tests.printed import HEADER, SEED, printed_pdf, seed_text

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"Ohio seed spec not found at {SEED}")


@pytest.fixture(scope="module")
def seed_pdf(qapp) -> bytes:
    return printed_pdf(seed_text())


def test_paragraphs_come_back_whole_without_header_and_page_numbers(seed_pdf):
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(seed_pdf)).pages) == 7
    text = pdf_text(seed_pdf)
    assert HEADER not in text
    assert "Page " not in text
    paragraphs = text.split("\n\n")
    assert paragraphs[:4] == [
        "STATE OF OHIO (DAS)CLASSIFICATION SPECIFICATION**CLASSIFICATION SERIES:**",
        "Benefits Management",
        "SERIES NO.:",
        "6525",
    ]
    # A paragraph wrapped over three printed lines is one paragraph again, "benefits" with its ligature undone.
    assert (
        "At the first level, incumbents assist in development & implementation of benefits policies & procedures "
        "affecting state employees & provide technical assistance to state employees & state agencies to resolve "
        "benefit issues related to assigned area."
    ) in paragraphs
    # "manager/team" was broken after its slash; "policies/ procedures" is written with a space.
    assert "serve as manager/team leader over lower-level benefits management staff" in text
    assert "statewide policies/ procedures regarding assigned benefits program activities" in text
    assert text.endswith("UNUSUAL WORKING CONDITIONS:\n\nMay require travel.\n")
    # Every paragraph of the seed is in the text; the seed's one paragraph broken by a blank line stays two.
    seed_paragraphs = [
        " ".join(" ".join(line for line in group.split("\n") if set(line) - set("-\t ")).split())
        for group in re.split(r"\n\s*\n", seed_text())
        if group.strip()
    ]
    assert [p for p in seed_paragraphs if p not in paragraphs] == []
    assert len(paragraphs) == len(seed_paragraphs)


def test_hyphenated_line_ends(qapp):
    lines = [
        "Prepares an assess-",
        "ment of long-",
        "term costs and writes a long-term plan.",
    ]
    text = pdf_text(printed_pdf("\n".join(lines), header="", footer=""))
    assert text == "Prepares an assessment of long-term costs and writes a long-term plan.\n"


def test_a_page_number_only_footer_and_no_header(qapp):
    text = pdf_text(printed_pdf(seed_text(), header="", footer="- {page} -"))
    assert "- 2 -" not in text and text.startswith("STATE OF OHIO (DAS)CLASSIFICATION")


def test_password_protected_pdf_is_refused(seed_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(seed_pdf)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError, match="password-protected"):
        pdf_text(out.getvalue())


def test_pdf_locked_only_against_editing_is_read(seed_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(seed_pdf)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert pdf_text(out.getvalue()) == pdf_text(seed_pdf)


def test_pdf_without_text_is_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError, match=r"the PDF has no text \(a scanned image\? it needs OCR first\)"):
        pdf_text(out.getvalue())


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the document is empty"),
        (b"   \n", "the document is empty"),
        (b"CLASS TITLE: Benefits Analyst", "not a PDF file"),
        (b"%PDF-1.4\n%garbage without objects", "not a readable PDF|the PDF has no pages"),
    ],
)
def test_unreadable_pdfs_are_refused(data, reason):
    with pytest.raises(DocumentError, match=reason):
        pdf_text(data)


def test_truncated_pdf_is_refused_or_read_never_crashes(seed_pdf):
    for cut in (len(seed_pdf) // 10, len(seed_pdf) // 2, len(seed_pdf) - 200):
        try:
            text = pdf_text(seed_pdf[:cut])
        except DocumentError as error:
            assert error.reason
        else:
            assert text.endswith("\n")
