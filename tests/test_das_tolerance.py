"""Other DAS files arrive in other shapes; each shape is built from the seed and must read the same."""

from __future__ import annotations

import re
import textwrap

import pytest

from desktop_app.core.formats import parse_document
from desktop_app.core.formats.das import parse_das
from desktop_app.core.spec_json import spec_to_dict


def as_data(document):
    return [spec_to_dict(spec) for spec in document.classes], document.series


@pytest.fixture
def expected(seed_document):
    return as_data(seed_document)


def test_crlf_line_ends(seed_text, expected):
    assert as_data(parse_das(seed_text.replace("\n", "\r\n"))) == expected


def test_byte_order_mark(seed_text, expected):
    assert as_data(parse_document(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))) == expected


def test_windows_1252_bytes_and_curly_quotes_kept_for_display(seed_text):
    text = seed_text.replace("workers'", "workers\u2019").replace("administrator's", "administrator\u2019s")
    document = parse_document(text.encode("cp1252"))
    knowledge = document.classes[0].section("knowledge").items[0].text
    assert "workers\u2019 compensation" in knowledge
    last_duty = document.classes[2].section("duties").items[-1].text
    assert "during administrator\u2019s absence" in last_duty


def test_non_breaking_spaces(seed_text, expected):
    text = seed_text.replace("CLASS NUMBER:", "CLASS\u00a0NUMBER:").replace("& ", "&\u00a0")
    assert as_data(parse_das(text)) == expected


def hard_wrapped(text: str, width: int = 80, page_lines: int = 54, pages: int | None = None) -> str:
    """The seed as another conversion gives it: wrapped at ~80 columns, footers and form feeds between pages."""
    lines: list[str] = []
    for line in text.split("\n"):
        pieces = line.split("\t")
        for piece in pieces:
            lines.extend(textwrap.wrap(piece, width) or [""])
    total = pages or (len(lines) // page_lines + 1)
    out: list[str] = []
    for n, line in enumerate(lines):
        out.append(line)
        if n % page_lines == page_lines - 1:
            page = n // page_lines + 1
            out += ["", f"Page {page} of {total}", "\f"]
    return "\n".join(out)


def test_hard_wrapped_with_page_footers_and_form_feeds(seed_text, expected):
    wrapped = hard_wrapped(seed_text)
    assert "Page 3 of" in wrapped and "\f" in wrapped
    assert max(len(line) for line in wrapped.split("\n")) <= 80
    assert as_data(parse_das(wrapped)) == expected


@pytest.mark.parametrize("page_lines", [17, 23, 31, 40])
def test_page_breaks_anywhere(seed_text, expected, page_lines):
    assert as_data(parse_das(hard_wrapped(seed_text, page_lines=page_lines))) == expected


def test_form_feed_between_a_heading_and_its_text(seed_text, expected):
    text = seed_text.replace("UNUSUAL WORKING CONDITIONS:\n\nMay", "UNUSUAL WORKING CONDITIONS:\n\f\nMay")
    text = text.replace("CLASS CONCEPT:\n\n", "CLASS CONCEPT:\f")
    assert text.count("\f") == 6
    assert as_data(parse_das(text)) == expected


def test_missing_optional_sections(seed_text):
    text = re.sub(r"TRAINING AND DEVELOPMENT REQUIRED[^\n]*\n\nNot applicable\.\n\n", "", seed_text)
    text = re.sub(r"UNUSUAL WORKING CONDITIONS:\n\nMay require travel\.\n*", "", text)
    document = parse_das(text)
    assert [s.kind for s in document.classes[1].sections] == [
        "purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications",
    ]


def test_a_file_with_a_single_class(seed_text):
    detail = seed_text[seed_text.index("CLASS TITLE: Benefits Management Analyst") :]
    detail = detail[: detail.index("CLASS TITLE: Benefits Manager 1")]
    document = parse_das(detail)
    (spec,) = document.classes
    assert (spec.number, spec.title, spec.bargaining_unit) == ("65251", "Benefits Management Analyst", "EX")
    assert spec.section("concept") is None
    assert len(spec.section("duties").items) == 4
    assert document.series[0].code == "6525"


def test_original_wording_is_kept_exactly(seed_text, seed_document):
    for spec in seed_document.classes:
        for section in spec.sections:
            for item in section.items:
                if section.kind in {"duties", "concept"}:
                    assert item.text in seed_text.replace("workers'\n\ncompensation", "workers' compensation")
