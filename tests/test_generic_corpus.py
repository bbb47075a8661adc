"""The City of Eastvale's 105 specs (../shared/corpus/neogov-eastvale): the ones with text import with all four
main sections, the stubs are refused."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.core.formats.section_coverage import ImportFailure, coverage_by_format
from desktop_app.core.jurisdictions import Jurisdictions
from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "neogov-eastvale"
FLOOR = 0.95
EASTVALE = Jurisdictions(default=Jurisdictions().named("City of Eastvale"))

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"Eastvale corpus not found at {CORPUS} (it lives in the shared folder beside the project)"
)


@pytest.fixture(scope="module")
def corpus():
    documents, failures = [], []
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            documents.append(parse_document(path.read_bytes(), path.name, EASTVALE))
        except DocumentError as error:
            failures.append(ImportFailure(path.name, "generic", error.reason))
    return documents, failures


def test_specs_with_text_have_concept_duties_abilities_and_qualifications(corpus):
    documents, failures = corpus
    report = coverage_by_format(documents, failures)["generic"]
    assert (report.documents, report.classes, report.failures) == (76, 76, 29)
    assert report.all_four / report.classes >= FLOOR, report.incomplete
    assert {d.jurisdiction.code for d in documents} == {"EASTVALE"}


def test_the_stubs_are_refused_as_stubs(corpus):
    _, failures = corpus
    assert all("holds no specification text" in f.reason for f in failures), [f.reason for f in failures]
    assert sum("Job Description Under Review" in f.reason for f in failures) == 28


def test_the_levels_of_a_series_come_in_ladder_order(corpus):
    from desktop_app.core.compare import ladder

    documents, _ = corpus
    classes = [c for d in documents for c in d.classes]

    def levels(series: str) -> list[str]:
        return [c.number for c in ladder(c for c in classes if c.series and c.series.code == series)]

    assert levels("Accountant") == ["21006a", "21005a", "21004a"]
    assert levels("Building Inspector") == ["31004a", "31003a", "31002a"]
    assert levels("Professional Engineering") == ["32005", "32003", "32002"]
    assert levels("Administrative Specialist") == ["00006", "00005"]
    # "in the Planning series", "in the Planning Series" and "in the Planner series" name one series; the
    # paraprofessional class is first. The City Planner calls itself "a senior level classification" and the
    # Principal Planner "a … managerial level class", so the text puts the City Planner above the Senior Planner
    # (its title names the city's head of the function) but below the Principal Planner.
    assert levels("Planning") == ["30006", "30005", "30004", "30003", "30001", "30002"]


def test_series_are_named_by_the_specs(corpus):
    documents, _ = corpus
    series = {c.number: c.series.code for d in documents for c in d.classes if c.series}
    assert series["00002"] == series["00003"] == "Management Analyst"
    assert series["31002a"] == series["31003a"] == series["31004a"] == "Building Inspector"
    assert series["21004a"] == series["21005a"] == series["21006a"] == "Accountant"
