"""Reports on paper and in files: PDF read back, pages rendered, standalone HTML, Markdown, hostile text."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import markdown
import pypdf
import pytest

from desktop_app.cli import main
from desktop_app.core.compare import compare, ladder
from desktop_app.core.reports.comparison_report import ComparisonReport, ReportInfo
from desktop_app.core.reports.html import outline_html
from desktop_app.core.reports.markdown import outline_markdown

HOSTILE = '<b>bold</b> <img src="http://example.com/t.png"> <a href="http://example.com/x">x</a> <script>alert(1)</script>'


def pdf_pages(path) -> list[str]:
    """Each page's text with pypdf's tabs and line breaks as single spaces."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages]


@pytest.fixture
def series_pdf(tmp_path, capsys):
    path = tmp_path / "6525.pdf"
    assert main(["compare", "--series", "6525", "--format", "pdf", "-o", str(path), "--analyst", "Pat Analyst"]) == 0
    pages = len(pypdf.PdfReader(str(path)).pages)
    assert capsys.readouterr().out == f"{path}: {pages} pages\n"
    return path


def test_pdf_report_reads_back(series_pdf):
    reader = pypdf.PdfReader(str(series_pdf))
    pages = pdf_pages(series_pdf)
    total = len(pages)
    assert total >= 5
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (792.0, 612.0)
    first = pages[0]
    opening = " ".join(pages[:2])  # the title block and the level factors, then the summary
    assert "Class comparison: 65250 → 65251 → 65255" in first
    for expected in ("Series 6525 Benefits Management", "65250 — Benefits Management Representative (OH:65250, effective 1995-11-12)",
                     "65255 — Benefits Manager 1 (OH:65255, effective 1995-08-06)", "Analyst Pat Analyst",
                     "each level against the previous level", "Level factors",
                     "Supervision received general supervision general supervision = same general direction ▲ higher"):
        assert expected in first
    for expected in ("Marks run from lower to higher level", "All sections 54 20 2 5 15 12"):
        assert expected in opening
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in text
        assert "Class Spec Compare · Series 6525 Benefits Management" in text
    everything = " ".join(pages)
    for marked in ("supervisory principles & techniques", "managerial principles/techniques",
                   "establish friendly atmosphere as team leader of work unit", "Added at 65255", "Added at 65251"):
        assert marked in everything
    assert reader.metadata.title == "Class comparison: 65250 → 65251 → 65255"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_pages_render_to_images(series_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(series_pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pypdf.PdfReader(str(series_pdf)).pages)
    from PySide6.QtGui import QImage

    image = QImage(str(images[0]))
    assert (image.width(), image.height()) == (440, 340)
    inked = sum(image.pixelColor(x, y).lightness() < 200 for x in range(0, 440, 4) for y in range(0, 340, 4))
    assert inked > 300  # a page of text and table rules, not a blank page


def test_a4_portrait_and_differences_only(tmp_path, capsys):
    path = tmp_path / "a4.pdf"
    assert main(["compare", "65250", "65251", "--format", "pdf", "-o", str(path), "--paper", "a4", "--portrait",
                 "--differences-only"]) == 0
    reader = pypdf.PdfReader(str(path))
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (595, 842)
    text = " ".join(pdf_pages(path))
    assert "Rows differences only" in text
    assert "understand & interpret insurance contracts" not in text  # a row that is the same
    assert "managerial principles/techniques" in text


def test_html_report_is_one_standalone_file(seed_specs, tmp_path):
    hostile = seed_specs["65255"]
    from dataclasses import replace

    from desktop_app.core.model import Item, Section

    sections = tuple(
        Section(s.kind, s.heading, s.items + (Item(HOSTILE),), s.note) if s.kind == "conditions" else s
        for s in hostile.sections
    )
    specs = [seed_specs["65250"], seed_specs["65251"], replace(hostile, sections=sections)]
    html = outline_html(ComparisonReport(compare(specs), ReportInfo(notes=f"Notes with {HOSTILE}")).outline())

    class Refs(HTMLParser):
        tags: list = []
        refs: list = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.refs += [value for name, value in attrs if name in ("src", "href") and value]

    parser = Refs()
    parser.feed(html)
    assert parser.refs == []
    assert not {"img", "script", "link", "iframe", "a"} & set(parser.tags)
    assert "url(" not in html and "@import" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=&quot;http://example.com/t.png&quot;&gt;" in html  # in the spec text
    assert 'Notes with &lt;b&gt;bold&lt;/b&gt; &lt;img src="http://example.com/t.png"&gt;' in html


def test_markdown_report_reads_as_text_and_renders_safely(seed_specs):
    specs = ladder(seed_specs.values())
    text = outline_markdown(ComparisonReport(compare(specs), ReportInfo(analyst="Pat", notes="Check <script>x</script> **this**")).outline())
    assert text.startswith("# Class comparison: 65250 → 65251 → 65255\n\n- **Series:** 6525 Benefits Management\n")
    assert "**Added at 65255**\n\n- 65250: —\n- 65251: —\n- 65255: {+supervisory principles & techniques+} *(developed after employment)*\n" in text
    assert "- 65251: Bargaining unit" not in text
    assert "- 65251: \\[-014-\\]{+EX+}" not in text and "- 65251: [-014-]{+EX+}" in text
    assert "| Class concept | 1 | 0 | 0 | 1 | 0 | 0 | 106 | 61 | 48.3% |" in text  # a table cell starts no line
    assert "- 65250: *1.* Assists in development & implementation" in text  # the duty's number, then a space
    rendered = markdown.markdown(text, extensions=["tables"])
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "<h2>Summary</h2>" in rendered and "<table>" in rendered


def test_cli_writes_html_markdown_and_json(tmp_path, capsys):
    for fmt in ("html", "md", "json"):
        path = tmp_path / f"report.{fmt}"
        assert main(["compare", "65251", "65250", "--format", fmt, "-o", str(path)]) == 0
        assert capsys.readouterr().out == f"{path}: written\n"
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")
    import json

    data = json.loads((tmp_path / "report.json").read_text())
    assert [c["number"] for c in data["classes"]] == ["65251", "65250"]
    assert data["base"] == "previous"
    knowledge = next(s for s in data["sections"] if s["kind"] == "knowledge")
    managerial = next(r for r in knowledge["rows"] if r["cells"][0]["text"] == "managerial principles/techniques")
    assert (managerial["status"], managerial["at"], managerial["cells"][1]["text"]) == ("dropped", "65250", None)


def test_cli_compare_errors(capsys):
    assert main(["compare", "65250"]) == 2
    assert capsys.readouterr().err == "classcompare compare: name 2 to 8 classes (got 1)\n"
    assert main(["compare", "65250", "65251", "--format", "pdf"]) == 2
    assert capsys.readouterr().err == "classcompare compare: --format pdf needs -o FILE\n"
    assert main(["compare", "65250", "65251", "--base", "99999"]) == 2
    assert capsys.readouterr().err == "classcompare compare: --base 99999 is not one of 65250, 65251\n"
    assert main(["compare", "--series", "1234"]) == 1
    assert capsys.readouterr().err == "classcompare: series 1234: no classes in the library\n"
    assert main(["compare", "--series", "65251"]) == 1
    assert capsys.readouterr().err == ("classcompare: series 65251: no classes in the library; "
                                       "65251 is a class of series 6525\n")


def test_window_exports_and_prints(window, tmp_path, qtbot):
    tab = window.compare_series("OH", "6525")
    tab.notes.setPlainText("Finding: the **Analyst** level adds managerial knowledge.")
    window.settings.analyst_name = "Pat Analyst"
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions()] == [
        "&Import…", "Import &Folder…", "New Class from &Text…", "&Audit a Position…", "", "&Compare Checked",
        "&Save Comparison", "Re&name Comparison…", "", "Print Pre&view…", "&Print…", "Export P&DF…", "Export &Word…",
        "Export &HTML…", "Export &Markdown…", "Export &JSON…", "Pape&r", "", "C&lose Tab", "&Quit",
    ]
    assert window.actions["print"].shortcut().toString() == "Ctrl+P"
    pdf = tmp_path / "window.pdf"
    pages = window.reports.export("pdf", str(pdf))
    texts = pdf_pages(pdf)
    assert len(texts) == pages
    assert "Analyst Pat Analyst" in texts[0]
    assert "Analyst's notes" in texts[-1] and "Finding: the Analyst level adds managerial knowledge." in texts[-1]
    window.reports.export("md", str(tmp_path / "window.md"))
    assert "## Analyst's notes\n\nFinding: the **Analyst** level adds managerial knowledge.\n" in (
        tmp_path / "window.md").read_text()

    from PySide6.QtPrintSupport import QPrinter

    printer = window.reports.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = window.reports.paint(printer)
    printed_pages = pdf_pages(tmp_path / "printed.pdf")
    # One pagination for the PDF, the printer (at its own resolution) and the preview: page references match.
    assert printer.resolution() != 300
    assert len(printed_pages) == printed == pages
    assert f"Page {printed} of {printed}" in printed_pages[-1]
    assert [t.split("\n")[1:3] for t in printed_pages] == [t.split("\n")[1:3] for t in texts]
    dialog = window.reports.print_preview()
    assert dialog.windowTitle() == "Print preview"
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == pages
    dialog.close()


def test_a_report_that_cannot_be_written_says_so(tmp_path, capsys, window):
    missing = tmp_path / "no such folder" / "r.pdf"
    assert main(["compare", "65250", "65251", "--format", "pdf", "-o", str(missing)]) == 1
    assert capsys.readouterr().err == f"classcompare compare: cannot write {missing}: No such file or directory\n"
    assert main(["compare", "65250", "65251", "--format", "md", "-o", str(missing.with_suffix(".md"))]) == 1
    assert capsys.readouterr().err.endswith(": No such file or directory\n")
    assert main(["compare", "65250", "65251", "--notes", str(tmp_path / "none.md")]) == 2
    assert capsys.readouterr().err == f"classcompare compare: --notes {tmp_path / 'none.md'}: No such file or directory\n"
    window.compare_series("OH", "6525")
    assert window.reports.export("pdf", str(missing)) == 0
    assert window.last_message.text() == f"{missing} could not be written: No such file or directory."
    assert not missing.exists()
    window.last_message.close()


def test_items_of_one_cell_stay_apart_on_one_markdown_line():
    from desktop_app.core.reports.markdown import runs_markdown
    from desktop_app.core.reports.outline import Run

    runs = (Run("layout & distribution of materials"), Run("\n"), Run("revises materials"), Run("\n"),
            Run("reviews communications."), Run("\n"), Run("drafts memos"))
    assert runs_markdown(runs) == ("layout & distribution of materials; revises materials; reviews communications. "
                                   "drafts memos")


def test_the_legend_says_how_marks_run_in_the_order_compared(seed_specs):
    specs = ladder(seed_specs.values())
    in_order = outline_markdown(ComparisonReport(compare(specs), ReportInfo()).outline())
    assert ("Marks run from lower to higher level (65250 → 65251 → 65255): each column is compared with the column "
            "before it.") in in_order
    assert ("In a related row, a cell written anew reads as its own text, and the words in grey are the ones it "
            "shares with the cell it is compared with. Highlighted words are the ones the level factors were read "
            "from. In this text, {+words+} are added and \\[-words-\\] are gone; words in grey and highlighted words "
            "are plain text.") in in_order
    typed = outline_markdown(ComparisonReport(compare([specs[2], specs[0], specs[1]]),
                                              ReportInfo(level_cues=False)).outline())
    assert ("Marks run from left to right (65255 → 65250 → 65251): each column is compared with the column before "
            "it.") in typed
    assert "- **Compared:** each class against the one before it" in typed
    assert "Highlighted words" not in typed


def test_two_revisions_of_one_class_read_as_revisions_not_levels(seed_specs):
    from dataclasses import replace
    from datetime import date

    old = seed_specs["65251"]
    new = replace(old, effective_date=date(2025, 7, 1), title="Senior Benefits Management Analyst")
    text = outline_markdown(ComparisonReport(compare([old, new], labels=["65251@1995-08-06", "65251"]),
                                             ReportInfo()).outline())
    assert "- **Compared:** each revision against the one before it" in text
    assert "Marks run from left to right (65251@1995-08-06 → 65251): each column is compared with the column" in text
