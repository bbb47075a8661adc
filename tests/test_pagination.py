"""Pages that read well: rows kept whole or split with their status again, headings with what follows, no line
printed twice, and one pagination whatever the device."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pypdf
import pytest

from desktop_app.core.compare import compare
from desktop_app.core.model import Item
from desktop_app.core.reports.comparison_report import ComparisonReport
from desktop_app.core.reports.html import outline_html
from desktop_app.core.reports.info import ReportInfo
from desktop_app.ui.headless import headless_application


@pytest.fixture(autouse=True)
def _qt():
    return headless_application()


def with_long_duty(spec, words: int = 700):
    """The spec with its first duty written out at length, as some agencies' specs are."""
    duties = next(s for s in spec.sections if s.kind == "duties")
    # One task (commas, no semicolon or full stop to cut it at), each clause of its own so that no two printed lines
    # read alike.
    long = "Reviews " + ", ".join(f"claim file {n} with the agency" for n in range(words // 6)) + "."
    changed = dataclasses.replace(duties, items=(Item(long), *duties.items[1:]))
    return dataclasses.replace(spec, sections=tuple(changed if s is duties else s for s in spec.sections))


def report_html(specs, notes: str = "") -> str:
    return outline_html(ComparisonReport(compare(specs), ReportInfo(analyst="Pat Analyst", notes=notes)).outline())


def measured(html: str, landscape: bool = True):
    from desktop_app.ui.pagination import _measure, paginate
    from desktop_app.ui.printing import page_layout

    pagination = paginate(html, page_layout("Letter", landscape))
    _blocks, tables = _measure(pagination.document)
    return pagination, tables


def page_breaks(pagination) -> list[float]:
    return [page.slices[-1].bottom for page in pagination.pages[:-1]]


def test_rows_up_to_a_third_of_a_page_stay_whole(seed_specs):
    from desktop_app.ui.pagination import MIN_LINES, ROW_KEPT_WHOLE

    specs = [seed_specs["65250"], with_long_duty(seed_specs["65251"]), seed_specs["65255"]]
    for landscape in (True, False):
        pagination, tables = measured(report_html(specs), landscape)
        split = []
        for y in page_breaks(pagination):
            for table in tables:
                for row in table.rows:
                    if row.top + 1 < y < row.bottom - 1:
                        split.append((row, y))
        assert split, "the long duty runs onto a second page"
        line = 9 * 1.17 * 1200 / 72
        for row, y in split:
            assert row.bottom - row.top > pagination.height * ROW_KEPT_WHOLE
            assert y >= row.status_bottom  # the status stays with its row ("Added at" / "65251" never apart)
            assert y - row.top >= MIN_LINES * line and row.bottom - y >= MIN_LINES * line  # no stubs


def test_a_long_row_goes_on_with_its_status_and_each_line_is_printed_once(seed_specs, tmp_path):
    from desktop_app.ui.printing import write_pdf

    specs = [seed_specs["65250"], with_long_duty(seed_specs["65251"]), seed_specs["65255"]]
    html = report_html(specs)
    path = tmp_path / "long.pdf"
    pages = write_pdf(html, path, "header")
    texts = [re.sub(r"[ \t]+", " ", page.extract_text()) for page in pypdf.PdfReader(str(path)).pages]
    assert len(texts) == pages
    continued = [n for n, text in enumerate(texts) if "(continued)" in text]
    assert continued
    for n in continued:
        # The header row again, then the row's status again, on the page it goes on to.
        words = " ".join(texts[n].split())
        assert words.startswith("header Page ") and " Status 65250 Benefits Management Representative 65251 " in words
        assert re.search(r"(Same|Changed|Related|Added|Dropped)( at \d+)?(, [a-z ]+ at \d+)* \(continued\)", words)
    # Every line is on exactly one page: none is also hidden under another page's clip, none is missing.
    claims = Counter(int(n) for n in re.findall(r"file (\d+) with the", " ".join(" ".join(texts).split())))
    assert claims == Counter(range(700 // 6))


def test_a_heading_stays_with_the_rows_it_heads(seed_specs):
    from desktop_app.ui.pagination import _measure

    specs = [seed_specs["65250"], with_long_duty(seed_specs["65251"], 300), seed_specs["65255"]]
    pagination, tables = measured(report_html(specs), landscape=False)
    blocks, _ = _measure(pagination.document)
    # (bottom, heading level) of every paragraph and table; a table is no heading.
    pieces = [(b[1], b[3]) for b in blocks] + [(t.bottom, 0) for t in tables]
    for y in page_breaks(pagination):
        if any(t.top < y < t.bottom for t in tables):
            continue  # between two rows of a table
        last = max((piece for piece in pieces if piece[0] <= y + 1), default=None)
        assert last is not None and last[1] == 0, f"a heading ends the page at {y}"


def test_print_preview_print_and_pdf_have_the_same_pages(seed_specs, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui.printing import page_layout, render, write_pdf

    html = report_html([seed_specs["65250"], seed_specs["65251"], seed_specs["65255"]])
    pdf = write_pdf(html, tmp_path / "a.pdf", "header")
    counts = {"pdf": pdf}
    for resolution, name in ((QPrinter.PrinterMode.HighResolution, "printer"), (QPrinter.PrinterMode.ScreenResolution,
                                                                                  "screen")):
        printer = QPrinter(resolution)
        printer.setPageLayout(page_layout("Letter", True))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        counts[name] = render(printer, html, "header")
    assert counts == {"pdf": pdf, "printer": pdf, "screen": pdf}
    first = [p.extract_text().split("\n")[:4] for p in pypdf.PdfReader(str(tmp_path / "a.pdf")).pages]
    printed = [p.extract_text().split("\n")[:4] for p in pypdf.PdfReader(str(tmp_path / "printer.pdf")).pages]
    assert printed == first  # the same lines begin each page


def test_the_analysts_headings_print_smaller_than_the_reports(seed_specs):
    from desktop_app.ui.pagination import make_document

    html = report_html([seed_specs["65250"], seed_specs["65251"]], notes="# Finding\n\n## Detail\n\nText.")
    doc = make_document(html, 10000)
    sizes = {}
    block = doc.begin()
    while block.isValid():
        if block.text() in ("Legend", "Analyst's notes", "Finding", "Detail"):
            sizes[block.text()] = (block.blockFormat().headingLevel(), block.charFormat().fontPointSize())
        block = block.next()
    assert sizes == {"Legend": (2, 11.5), "Analyst's notes": (2, 11.5), "Finding": (3, 10.0), "Detail": (4, 9.5)}
