"""The redline as a real word processor reads it (LibreOffice, headless): shown with its changes in a PDF, and
after Accept All / Reject All, the draft and the current revision, item by item."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop_app.core.redline_docx import clean_docx, redline_docx
from tests.libreoffice import libreoffice, needs_soffice  # noqa: F401 (a fixture)
from tests.redline_reading import expected_paragraphs, items_by_section
from tests.test_redline import WHEN, revised

pytestmark = [pytest.mark.slow, needs_soffice]


@pytest.fixture
def current(seed_specs):
    return seed_specs["65251"]


@pytest.fixture
def files(tmp_path, current):
    draft = revised(current)
    redline = tmp_path / "65251-redline.docx"
    redline.write_bytes(redline_docx(current, draft, "Pat Analyst", WHEN))
    clean = tmp_path / "65251-draft.docx"
    clean.write_bytes(clean_docx(draft, "Pat Analyst", WHEN))
    return draft, redline, clean


def _items(spec):
    return [[i.text + (" (developed after employment)" if i.after_employment else "") for i in s.items]
            for s in spec.sections]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_shows_deleted_and_inserted_text(libreoffice, files, current):  # noqa: F811
    draft, redline, _clean = files
    pdf = libreoffice.convert(redline, "pdf")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Manages varietya wide range of both ongoing" in text  # struck through, then underlined
    assert "Effective date: 1995-08-062025-07-01" in text
    assert "Represents the agency at grievance hearings." in text
    assert " ".join(current.sections[2].items[1].text.split()) in text  # the deleted duty, still shown
    assert "UNUSUAL WORKING CONDITIONS May require travel." in text


def test_accepting_every_change_gives_the_draft_item_by_item(libreoffice, files):  # noqa: F811
    draft, redline, _clean = files
    lines = libreoffice.settled_lines(redline, accept=True)
    assert lines == expected_paragraphs(draft)
    assert items_by_section(lines, draft) == _items(draft)


def test_rejecting_every_change_gives_the_current_revision_item_by_item(libreoffice, files, current):  # noqa: F811
    _draft, redline, _clean = files
    lines = libreoffice.settled_lines(redline, accept=False)
    assert lines == expected_paragraphs(current)
    assert items_by_section(lines, current) == _items(current)


def test_the_clean_copy_reads_as_the_draft(libreoffice, files):  # noqa: F811
    draft, _redline, clean = files
    from tests.libreoffice import text_lines

    assert text_lines(libreoffice.convert(clean, "txt")) == expected_paragraphs(draft)
