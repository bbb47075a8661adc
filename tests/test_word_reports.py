"""Word reports: the comparison and a class spec as .docx, read back as a Word user would see them (converted by
LibreOffice, as another client would) and as python-docx reads their formatting."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from desktop_app.cli import main
from desktop_app.core.compare import compare
from desktop_app.core.reports.comparison_report import ComparisonReport
from desktop_app.core.reports.formats import report_format
from desktop_app.core.reports.info import ReportInfo
from desktop_app.core.reports.paper import PageSetup
from desktop_app.core.reports.spec_report import SpecReport

NOTES = "# Finding\n\nThe **Analyst** level adds *managerial* knowledge.\n\n- one point\n- another"


def office() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (Debian: libreoffice-writer-nogui) is needed to read Word files back")
    return found


def as_pdf_text(path: Path) -> list[str]:
    """The document converted to PDF by LibreOffice, each page's text (pdftotext)."""
    profile = path.parent / "office-profile"
    subprocess.run([office(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, pages + 1)]


@pytest.fixture
def series_report(seed_specs):
    specs = [seed_specs["65250"], seed_specs["65251"], seed_specs["65255"]]
    return ComparisonReport(compare(specs), ReportInfo(analyst="Pat Analyst", notes=NOTES))


def runs_of(document) -> list:
    runs = [run for p in document.paragraphs for run in p.runs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                runs += [run for p in cell.paragraphs for run in p.runs]
    return runs


def test_marks_are_real_word_formatting(series_report, tmp_path):
    path = tmp_path / "series.docx"
    path.write_bytes(report_format("docx").render(series_report, PageSetup("Letter", True)))
    document = docx.Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (279, 216)  # US Letter, landscape
    runs = runs_of(document)
    inserted = next(r for r in runs if r.text == "managerial principles/techniques")
    assert (inserted.font.underline, str(inserted.font.color.rgb)) == (True, "0A5D1F")
    deleted = next(r for r in runs if r.text == "; unemployment benefits")
    assert (deleted.font.strike, str(deleted.font.color.rgb)) == (True, "8F1A14")
    shared = [r for r in runs if r.font.color.rgb is not None and str(r.font.color.rgb) == "6B6F75"]
    assert shared  # the words a related cell shares with its base, in grey
    # Every aligned table's first row is its header, repeated on each page it runs onto.
    aligned = [t for t in document.tables if t.rows[0].cells[0].text == "Status"]
    assert len(aligned) == 10
    for table in aligned:
        assert table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


@pytest.mark.slow
def test_the_word_report_says_what_the_pdf_says(series_report, tmp_path):
    path = tmp_path / "series.docx"
    path.write_bytes(report_format("docx").render(series_report, PageSetup("Letter", True)))
    pages = as_pdf_text(path)
    total = len(pages)
    assert total >= 5
    for number, text in enumerate(pages, start=1):
        assert text.lstrip().startswith(
            "Class Spec Compare · Series 6525 Benefits Management · Class comparison: 65250 → 65251 → 65255")
        assert f"Page {number} of {total}" in text
        assert f"Generated {series_report.info.generated.isoformat()} by Pat Analyst" in text
    words = " ".join(" ".join(pages).split())
    for expected in ("Class comparison: 65250 → 65251 → 65255", "65251 — Benefits Management Analyst (OH:65251, "
                     "effective 1995-08-06)", "Marks run from lower to higher level", "All sections 54 20 2 5 15 12",
                     "Added at 65255", "supervisory principles & techniques (developed after employment)",
                     "Analyst's notes", "Finding", "The Analyst level adds managerial knowledge.", "one point"):
        assert expected in words
    # A table that runs onto the next page has its header row there again: more header rows than tables.
    header_rows = sum(len(re.findall(r"(?m)^\s*Status\s+65250\s+65251\s+65255\s*$", text)) for text in pages)
    assert header_rows > 10


@pytest.mark.slow
def test_a_class_spec_in_word_reads_in_its_own_order(seed_specs, tmp_path):
    spec = seed_specs["65251"]
    path = tmp_path / "65251.docx"
    path.write_bytes(report_format("docx").render(SpecReport((spec,), jurisdictions={"OH": "State of Ohio (DAS)"})))
    pages = as_pdf_text(path)
    words = " ".join(" ".join(pages).split())
    assert words.startswith("Class Spec Compare · Series 6525 Benefits Management · 65251 Benefits Management Analyst "
                            "65251 Benefits Management Analyst Jurisdiction State of Ohio (DAS) Series 6525")
    headings = [s.heading for s in spec.sections]
    positions = [words.index(h) for h in headings]
    assert positions == sorted(positions)
    assert f"Page 1 of {len(pages)}" in pages[0]


@pytest.mark.slow
def test_word_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "cmp.docx"
    assert main(["compare", "65250", "65251", "--format", "docx", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: written\n"
    assert "65250 → 65251" in docx.Document(str(out)).paragraphs[0].text
    spec = tmp_path / "spec.docx"
    assert main(["show", "65255", "--format", "docx", "-o", str(spec), "--portrait"]) == 0
    document = docx.Document(str(spec))
    assert document.paragraphs[0].text == "65255 Benefits Manager 1"
    assert document.sections[0].page_height > document.sections[0].page_width
    assert main(["show", "65255", "--format", "docx"]) == 2
    assert capsys.readouterr().err.endswith("classcompare show: --format docx needs -o FILE\n")
