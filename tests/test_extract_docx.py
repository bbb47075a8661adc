"""Word .docx text extraction: paragraphs, tables, line breaks, and the refusals."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.extract import docx_text
from tests.printed import SEED, docx_of_lines, seed_text


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.skipif(not SEED.is_file(), reason=f"Ohio seed spec not found at {SEED}")
def test_seed_paragraphs_one_per_paragraph():
    text = docx_text(docx_of_lines(seed_text().split("\n")))
    paragraphs = text.split("\n\n")
    assert paragraphs[:3] == [
        "STATE OF OHIO (DAS)CLASSIFICATION",
        "SPECIFICATION**CLASSIFICATION SERIES:**",
        "Benefits Management",
    ]
    # The tab-separated class line comes through with single spaces; the "---" rule under it does not.
    assert "CLASS TITLE: Benefits Management Representative CLASS NUMBER: 65250 BARGAINING UNIT: 014" in paragraphs
    assert not any(set(p) <= set("- ") for p in paragraphs)
    assert text.endswith("UNUSUAL WORKING CONDITIONS:\n\nMay require travel.\n")


def test_tables_line_breaks_headers_and_footers():
    def build(document):
        document.sections[0].header.paragraphs[0].text = "State of Ohio - page header"
        document.sections[0].footer.paragraphs[0].text = "Page 1 of 1"
        document.add_paragraph("CLASS CONCEPT:")
        paragraph = document.add_paragraph("The first level works under")
        paragraph.add_run().add_break()
        paragraph.add_run("general supervision.")
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("CLASS TITLE: Analyst", "CLASS NUMBER: 65251", "")):
            cell.text = text
        document.add_paragraph("")
        document.add_paragraph("\tMay  require travel. ")

    assert docx_text(_docx(build)) == (
        "CLASS CONCEPT:\n\nThe first level works under general supervision.\n\n"
        "CLASS TITLE: Analyst CLASS NUMBER: 65251\n\nMay require travel.\n"
    )


def test_merged_table_cells_are_read_once():
    def build(document):
        table = document.add_table(rows=1, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 1))
        merged.text = "SERIES PURPOSE:"
        table.cell(0, 2).text = "Benefits."

    assert docx_text(_docx(build)) == "SERIES PURPOSE: Benefits.\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the document is empty"),
        (b"plain text, not a Word file", "not a readable Word .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "an old Word .doc or a password-protected .docx"),
    ],
)
def test_unreadable_files_are_refused(data, reason):
    with pytest.raises(DocumentError, match=reason):
        docx_text(data)


def test_a_zip_that_is_not_a_docx_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match=r"not a readable Word \.docx"):
        docx_text(out.getvalue())


def test_a_docx_without_text_is_refused():
    with pytest.raises(DocumentError, match="the Word document has no text"):
        docx_text(_docx(lambda d: d.add_paragraph("   ")))
