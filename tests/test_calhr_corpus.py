"""The whole CalHR corpus (../shared/corpus/calhr): every page imports or is refused with a reason; coverage floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.calhr import looks_like_calhr, parse_calhr
from desktop_app.core.formats.section_coverage import ImportFailure, coverage_by_format, is_abolished_stub
from desktop_app.core.model import Document

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "calhr"
# The share of single-class specs with a concept, duties and qualifications all found (issue 7 asks for 95%).
FLOOR = 0.95

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"CalHR corpus not found at {CORPUS} (it lives in the shared folder beside the project)"
)]


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, Document], list[ImportFailure]]:
    documents: dict[str, Document] = {}
    failures: list[ImportFailure] = []
    for path in sorted(CORPUS.glob("*.html")):
        text = path.read_text(encoding="utf-8")
        try:
            documents[path.name] = parse_calhr(text, source=path.name)
        except DocumentError as error:
            failures.append(ImportFailure(path.name, "calhr", error.reason))
    return documents, failures


def test_every_page_imports_or_is_refused_with_a_reason(corpus):
    documents, failures = corpus
    assert len(documents) + len(failures) == 1527
    # The CEA page says itself that there is no class specification for CEA.
    assert [(f.source, f.reason) for f in failures] == [
        ("7500.html", "not a CalHR class specification: no 'Class Code:' line and no table of class titles and codes")
    ]


def test_every_page_is_sniffed_as_calhr():
    # The CEA page too (saved from calhr.ca.gov): it is refused as a CalHR page, with the reason above.
    assert [p.name for p in CORPUS.glob("*.html") if not looks_like_calhr(p.read_text(encoding="utf-8"))] == []


def test_page_kinds(corpus):
    documents, _ = corpus
    series = [d for d in documents.values() if d.series]
    single = [d for d in documents.values() if not d.series]
    stubs = [d for d in single if is_abolished_stub(d.classes[0])]
    assert (len(single) - len(stubs), len(series), len(stubs)) == (1059, 464, 3)
    assert all(len(d.classes) == 1 for d in single)
    assert all(d.format == "calhr" and d.classes for d in documents.values())
    assert all(c.jurisdiction == "CA" and c.number and c.title for d in documents.values() for c in d.classes)
    assert all(c.series is d.series[0] for d in series for c in d.classes)
    # A series code is the page's first class code; no two series pages share one.
    assert len({d.series[0].code for d in series}) == len(series)


def test_single_class_specs_have_concept_duties_and_qualifications(corpus):
    documents, failures = corpus
    single = [d for d in documents.values() if not d.series]
    report = coverage_by_format(single, failures)["calhr"]
    assert (report.documents, report.classes, report.abolished_stubs, report.failures) == (1062, 1059, 3, 1)
    assert report.complete / report.classes >= FLOOR, report.incomplete
    assert report.with_concept / report.classes >= 0.98
    assert report.with_qualifications / report.classes >= 0.98
    assert report.with_abilities / report.classes >= 0.97


def test_series_classes_have_concept_and_qualifications(corpus):
    documents, _ = corpus
    report = coverage_by_format([d for d in documents.values() if d.series])["calhr"]
    assert report.classes >= 1800
    assert report.with_concept / report.classes >= 0.95
    assert report.with_qualifications / report.classes >= 0.95
    assert report.with_abilities / report.classes >= 0.95
