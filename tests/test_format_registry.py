"""One list of formats: sniffing, parsing, the refusal, the file filter all read it; the generic importer,
last, never takes an Ohio or CalHR document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import DOCUMENT_SUFFIXES, FORMATS, file_filter, generic, parse_document, sniff_format
from tests.conftest import FIXTURES, SEED


def test_the_list_in_order():
    assert [f.NAME for f in FORMATS] == ["printout", "calhr", "das", "generic"]
    assert DOCUMENT_SUFFIXES == (".htm", ".html", ".txt", ".text", ".pdf", ".docx")
    assert file_filter() == "Specification documents (*.htm *.html *.txt *.text *.pdf *.docx);;All files (*)"


def test_ohio_and_calhr_documents_keep_their_formats():
    assert parse_document(SEED.read_bytes(), SEED.name).format == "das"
    assert sniff_format(SEED.read_bytes()) == "das"
    for page in sorted((FIXTURES / "calhr").glob("*.html")):
        assert parse_document(page.read_bytes(), page.name).format == "calhr", page.name
        assert sniff_format(page.read_bytes()) == "calhr"


def test_other_documents_are_sniffed_as_generic_or_unknown():
    assert sniff_format((FIXTURES / "neogov" / "00003-management-analyst.txt").read_bytes()) == "generic"
    assert sniff_format((FIXTURES / "neogov" / "management-analyst.html").read_bytes()) == "generic"
    assert sniff_format((FIXTURES / "layouts" / "memo-no-headings.txt").read_bytes()) == "unknown"


_PIECES = st.sampled_from([
    "DEFINITION", "Essential Functions", "ESSENTIAL FUNCTIONS", "Knowledge of:", "Ability to:", "Skill in",
    "Minimum Qualifications:", "Class Code: 1234", "Job title: Clerk", "1.", "2. Files records.", "• Types.",
    "Option 1:", "OR", "; ", "Physical Demands:", "ANNUAL SALARY", "$1 - $2", "\n", "\n\n", "word", "x.",
    "<h2>Duties</h2>", "<p>", "</p>", "<li>Files</li>", "City of X employees",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from(["", "00001-clerk.txt", "x.html"]))
def test_spec_shaped_noise_gives_a_class_or_a_document_error(pieces, name):
    text = " ".join(pieces)
    try:
        document = generic.parse(text, name)
    except DocumentError as e:
        assert str(e)
    else:
        (spec,) = document.classes
        assert spec.number and spec.title and spec.section("duties")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_class_or_a_document_error(text):
    try:
        generic.looks_like(text)
        generic.parse(text, "00001-clerk.txt")
    except DocumentError as e:
        assert str(e)
