"""Whatever bytes they are given, pdf_text and docx_text return text or raise DocumentError, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.extract import docx_text, pdf_text
from tests.printed import docx_of_lines, printed_pdf

_SAMPLE = "CLASS TITLE:\n\nBenefits Analyst\n\nCLASS NUMBER:\n\n65251\n\nCLASS CONCEPT:\n\nThe analyst reviews claims."


@pytest.fixture(scope="module")
def samples(qapp) -> dict[str, bytes]:
    # One page: a running header needs two pages to be told from the text, so this one has none.
    return {"pdf": printed_pdf(_SAMPLE, header="", footer=""), "docx": docx_of_lines(_SAMPLE.split("\n"))}


def _read(kind: str, data: bytes) -> None:
    try:
        text = (pdf_text if kind == "pdf" else docx_text)(data)
    except DocumentError as error:
        assert error.reason
    else:
        assert text.endswith("\n") and text.strip()


def test_the_samples_read(samples):
    assert pdf_text(samples["pdf"]).split("\n\n")[:3] == ["CLASS TITLE:", "Benefits Analyst", "CLASS NUMBER:"]
    assert docx_text(samples["docx"]).split("\n\n")[:3] == ["CLASS TITLE:", "Benefits Analyst", "CLASS NUMBER:"]


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    print_blob=False,
)
@given(kind=st.sampled_from(["pdf", "docx"]), data=st.data())
def test_damaged_files(samples, kind, data):
    original = samples[kind]
    start = data.draw(st.integers(0, len(original) - 1))
    length = data.draw(st.integers(1, 64))
    junk = data.draw(st.binary(min_size=0, max_size=64))
    _read(kind, original[:start] + junk + original[start + length :])


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes(data):
    _read("pdf", b"%PDF-1.7\n" + data)
    _read("docx", b"PK\x03\x04" + data)
    _read("pdf", data)
    _read("docx", data)
