"""The program's own reports read back are refused, by the class import and by the position import, whatever
format they were written in: they quote class specs and position descriptions, and are neither."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.cli import main
from tests.conftest import FIXTURES, SEED

PD = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"
NOT_A_SPEC = ("failed: a report made by Class Spec Compare (a comparison, a fit or an audit), not a class "
              "specification: import the documents it was made from")


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "lib.sqlite"
    assert main(["import", str(SEED), "--library", str(path)]) == 0
    assert main(["position", "import", str(PD), "--library", str(path)]) == 0
    return path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_a_comparison_report_is_not_imported_as_a_class(library, tmp_path, capsys, fmt):
    report = tmp_path / f"review.{fmt}"
    assert main(["compare", "65250", "65251", "--library", str(library), "--format", fmt, "-o", str(report)]) == 0
    before = _digest(library)
    capsys.readouterr()
    assert main(["import", str(report), "--jurisdiction", "Review Test", "--library", str(library)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"{report}: {NOT_A_SPEC}"
    assert _digest(library) == before


def test_fit_and_audit_reports_are_neither_classes_nor_positions(library, tmp_path, capsys):
    fit, audit = tmp_path / "fit.md", tmp_path / "audit.docx"
    assert main(["fit", "1", "--library", str(library), "--format", "md", "-o", str(fit)]) == 0
    assert main(["audit", "1", "--library", str(library), "--format", "docx", "-o", str(audit)]) == 0
    capsys.readouterr()
    for report in (fit, audit):
        assert main(["import", str(report), "--library", str(library)]) == 1
        assert capsys.readouterr().out.splitlines()[0] == f"{report}: {NOT_A_SPEC}"
        assert main(["position", "import", str(report), "--library", str(library)]) == 1
        assert capsys.readouterr().out.splitlines()[-1] == (
            f"{report}: refused: a report made by Class Spec Compare (a comparison, a fit or an audit), not a "
            "position description: read the position from its own description")


def test_a_comparison_report_the_analyst_retitled_is_still_known_by_its_header(library, tmp_path, capsys):
    report = tmp_path / "review.md"
    assert main(["compare", "65250", "65251", "--library", str(library), "--format", "md", "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8").replace("# Class comparison: 65250 → 65251", "# Series review 2026", 1)
    report.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(report), "--jurisdiction", "Review Test", "--library", str(library)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"{report}: {NOT_A_SPEC}"


def test_a_class_spec_printed_as_markdown_is_not_a_position(library, tmp_path, capsys):
    printout = tmp_path / "spec.md"
    assert main(["show", "65250", "--library", str(library), "--format", "md", "-o", str(printout)]) == 0
    capsys.readouterr()
    assert main(["position", "import", str(printout), "--library", str(library)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{printout}: refused: a class specification, not a position description: import it into the library as "
        "a class")


@pytest.mark.parametrize("fmt, code, line", [
    ("md", 0, "unchanged"),  # Markdown and Word read back: the very text the library has
    ("docx", 0, "unchanged"),
    ("html", 1, "failed: a class specification printed by Class Spec Compare: a printout is not read back as a "
                "class; import the document it was printed from"),
    ("pdf", 1, "failed: a class specification printed by Class Spec Compare: a printout is not read back as a "
               "class; import the document it was printed from"),
])
def test_a_printed_class_spec_reads_back_as_markdown_or_word_and_is_refused_as_html_or_pdf(library, tmp_path,
                                                                                          capsys, fmt, code, line):
    printout = tmp_path / f"spec.{fmt}"
    assert main(["show", "65250", "--library", str(library), "--format", fmt, "-o", str(printout)]) == 0
    capsys.readouterr()
    assert main(["import", str(printout), "--library", str(library)]) == code
    assert capsys.readouterr().out.splitlines()[0] == f"{printout}: {line}"
