"""Per-format counts of the sections found, for `import --report`."""

from __future__ import annotations

from datetime import date

from desktop_app.core.formats.section_coverage import FormatCoverage, ImportFailure, coverage_by_format
from desktop_app.core.model import ClassSpec, Document, Item, Section


def _spec(number: str, *kinds: str, abolished: date | None = None) -> ClassSpec:
    return ClassSpec("CA", number, f"Class {number}", sections=tuple(Section(k, k, (Item("x"),)) for k in kinds),
                     abolished=abolished)


def test_counts_per_format():
    calhr = Document("calhr", (), (_spec("1", "concept", "duties", "qualifications", "knowledge"),))
    stub = _spec("3", "other", abolished=date(1990, 1, 1))
    calhr_2 = Document("calhr", (), (_spec("2", "concept", "abilities"), stub))
    das = Document("das", (), (_spec("65250", "concept", "duties", "skills", "qualifications"),))
    failures = [
        ImportFailure("7500.html", "calhr", "not a CalHR class specification"),
        ImportFailure("x.txt", "das", "?"),
    ]
    report = coverage_by_format([calhr, calhr_2, das], failures)
    assert list(report) == ["calhr", "das"]
    assert report["calhr"] == FormatCoverage(
        format="calhr", documents=2, failures=1, classes=2, abolished_stubs=1, with_concept=2, with_duties=1,
        with_abilities=2, with_qualifications=1, complete=1, all_four=1, single_class=1, single_complete=1,
    )
    assert report["calhr"].incomplete == ("CA:2",)
    assert report["calhr"].single_incomplete == ()
    assert report["das"].complete == 1 and report["das"].incomplete == ()
    assert report["calhr"].summary() == (
        "calhr: 2 classes from 2 documents (1 failed, 1 abolished stub); concept 100.0%; duties 50.0%; "
        "knowledge/abilities 100.0%; qualifications 50.0%; all of concept, duties, qualifications 50.0% "
        "(with knowledge/abilities 50.0%); single-class specs with all three: 1 of 1 = 100.0%"
    )
    assert report["calhr"].missing_line() == ""
    assert report["das"].missing == ()


def test_single_class_specs_missing_a_main_section_are_named_with_what_they_lack():
    report = coverage_by_format([
        Document("generic", (), (_spec("1", "concept", "duties", "qualifications"),)),
        Document("generic", (), (_spec("2", "duties"),)),
        Document("generic", (), (_spec("3", "concept", "duties", "skills", "qualifications"),)),
    ])["generic"]
    assert (report.complete, report.all_four) == (2, 1)
    assert report.missing_line() == (
        "generic: single-class specs missing a main section: CA:1 (knowledge/abilities), "
        "CA:2 (concept, knowledge/abilities, qualifications)"
    )


def test_sections_without_items_do_not_count_and_failures_alone_make_a_row():
    empty = ClassSpec("CA", "9", "Nine", sections=(Section("concept", "Definition", ()),))
    report = coverage_by_format([Document("calhr", (), (empty,))], [ImportFailure("a.pdf", "pdf", "encrypted")])
    assert (report["calhr"].classes, report["calhr"].with_concept, report["calhr"].incomplete) == (1, 0, ("CA:9",))
    assert report["pdf"] == FormatCoverage(format="pdf", failures=1)
    assert report["pdf"].percent(0) == 0.0
    assert report["pdf"].summary() == "pdf: no classes; 0 documents read, 1 failed"
