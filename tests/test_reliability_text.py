"""Text that looks like markup or a link stays text: in Markdown output, in the notes of HTML and PDF reports, in a
search; an encrypted PDF says what it is."""

from __future__ import annotations

import io
import time

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import DocumentError
from desktop_app.core.notes import notes_to_html
from desktop_app.core.text_escape import markdown_text

NOTES = ("See [the memo](https://hr.example/memo), [write](mailto:analyst@example.gov), [run](javascript:alert(1)), "
         "[local](file:///etc/passwd) and [spaced]( JaVaScRiPt:alert(2)).")


def test_markdown_escapes_a_less_than_sign_once():
    assert markdown_text("a < b & c > d") == "a &lt; b & c &gt; d"
    assert markdown_text("&lt;b&gt; is written so") == "&amp;lt;b&amp;gt; is written so"


def test_markdown_escapes_what_reads_as_a_word_mark():
    assert markdown_text("{+added+} and [-gone-]") == "\\{+added+\\} and \\[-gone-\\]"


def rendered_text(source: str) -> str:
    import html
    import re

    # With tables, as the report is read: a "|" in a cell is escaped there.
    return html.unescape(re.sub(r"<[^>]+>", "", markdown.markdown(source, extensions=["tables"]))).strip()


# Every mark Markdown reads, but "=": Python-Markdown keeps the backslash of "\\=" (a setext underline escaped),
# where CommonMark drops it.
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab <>&;#*_`[](){}+-|\\!.1", min_size=1, max_size=30).filter(lambda t: t.strip() == t))
def test_spec_text_in_markdown_renders_as_itself(text):
    assert rendered_text(markdown_text(text)) == text


def test_links_in_the_notes_are_live_only_to_the_web_and_to_mail():
    assert notes_to_html(NOTES) == (
        '<p>See <a href="https://hr.example/memo">the memo</a>, <a href="mailto:analyst@example.gov">write</a>, '
        "<a>run</a>, <a>local</a> and <a>spaced</a>.</p>"
    )


def test_links_in_the_notes_are_not_live_in_an_html_or_pdf_report(seeded_library, tmp_path, qapp):
    from pypdf import PdfReader

    from desktop_app.core.compare import compare, ladder
    from desktop_app.core.reports.comparison_report import ComparisonReport, ReportInfo
    from desktop_app.core.reports.html import outline_html
    from desktop_app.ui.pdf_report import write_pdf_report

    comparison = compare(ladder([seeded_library.spec_named(n) for n in ("65250", "65251")]))
    report = ComparisonReport(comparison, ReportInfo(notes=NOTES))
    html = outline_html(report.outline())
    assert "javascript:" not in html.lower() and "file:" not in html
    pdf = tmp_path / "report.pdf"
    write_pdf_report(report, pdf)
    uris = [annotation.get_object()["/A"]["/URI"] for page in PdfReader(pdf).pages
            for annotation in page.get("/Annots", []) if "/A" in annotation.get_object()]
    assert uris == ["https://hr.example/memo", "mailto:analyst@example.gov"]


def test_a_search_of_hundreds_of_repeated_words_takes_no_longer_than_one(seeded_library):
    start = time.perf_counter()
    hits = seeded_library.search(" ".join(["benefits"] * 1000))
    count = seeded_library.search_count(" ".join(["benefits"] * 1000 + ["manag"]))
    assert time.perf_counter() - start < 1
    assert [h.number for h in hits] == [h.number for h in seeded_library.search("benefits")]
    assert count == seeded_library.search_count("benefits manag")


def test_an_encrypted_pdf_that_cannot_be_opened_says_so(monkeypatch):
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError

    from desktop_app.core.formats.extract import pdf_text

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    def needs_aes(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_aes)  # as an AES-encrypted file does without `cryptography`
    with pytest.raises(DocumentError) as refused:
        pdf_text(out.getvalue())
    assert str(refused.value) == (
        "the PDF is password-protected or encrypted; save an unprotected copy and import that"
    )
