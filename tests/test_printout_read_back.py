"""A class spec printed as Markdown or Word, revised in a word processor, comes back as the class's draft: what
was not edited reads back exactly, what was edited is the draft's change."""

from __future__ import annotations

import shutil
from dataclasses import replace

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.core.compare import compare
from desktop_app.core.formats import parse_document
from desktop_app.core.model import ClassSpec, Item, Section, Series
from desktop_app.core.reports.formats import report_format
from desktop_app.core.reports.spec_report import SpecReport
from tests.calhr_pages import parse_fixture
from tests.libreoffice import SOFFICE, needs_soffice
from tests.test_cli_drafts import library_path  # noqa: F401 (the seeded library of the draft commands)

LEAD = "serves as lead worker over benefits management representatives"
TEAM = "serves as team leader over benefits management representatives"


def printed(specs, fmt: str) -> bytes:
    return report_format(fmt).render(SpecReport(tuple(specs)))


def read_back(data: bytes, name: str) -> ClassSpec:
    (spec,) = parse_document(data, name).classes
    return spec


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_printed_spec_reads_back_as_the_very_class(seed_specs, fmt):
    for spec in seed_specs.values():
        back = read_back(printed([spec], fmt), f"spec.{fmt}")
        # Its series by code and title (the library keeps the series' own record as it is).
        assert (back.series.code, back.series.title) == (spec.series.code, spec.series.title)
        assert replace(back, source="", series=None) == replace(spec, source="", series=None)
    for name in ("6410.html", "0175.html", "4800.html", "4609.html"):  # CalHR: a series page's levels, a class of its own
        for spec in parse_fixture(name).classes:
            back = read_back(printed([spec], fmt), f"spec.{fmt}")
            assert (back.title, back.sections, back.abolished) == (spec.title, spec.sections, spec.abolished), spec.key
    # A series' purpose a class prints as a section of its own comes back as the series' purpose.
    spec = seed_specs["65250"]
    spec = replace(spec, sections=tuple(s for s in spec.sections if s.kind != "purpose"))
    back = read_back(printed([spec], fmt), f"spec.{fmt}")
    assert (back.series.purpose, back.sections) == (spec.series.purpose, spec.sections)


def test_a_spec_edited_in_word_comes_back_as_the_draft_with_that_change(library_path, tmp_path, capsys):  # noqa: F811
    printout = tmp_path / "65251.docx"
    assert main(["show", "65251", "--format", "docx", "-o", str(printout), "--library", str(library_path)]) == 0
    document = docx.Document(str(printout))
    edited = [run for p in document.paragraphs for run in p.runs if LEAD in run.text]
    assert len(edited) == 1
    edited[0].text = edited[0].text.replace(LEAD, TEAM)
    table = document.tables[0]
    effective = next(row for row in table.rows if row.cells[0].text == "Effective")
    effective.cells[1].paragraphs[0].runs[0].text = "2027-07-01"
    document.save(str(printout))
    capsys.readouterr()
    assert main(["draft", "65251", "--from", str(printout), "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"OH:65251@draft: saved from {printout}",
        "Against the current revision: 1 item changed, 0 added, 0 dropped, 28 the same",
        "  Changed · Job duties 1: “… issues) &/or serves as lead worker over benefits management representatives …” "
        "now reads “… issues) &/or serves as team leader over benefits management representatives …”",
        "  (classcompare compare 65251 65251@draft shows them side by side)",
    ]
    assert main(["draft", "65251", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.startswith("OH:65251@draft: Benefits Management Analyst, proposed effective "
                                              "2027-07-01; drafted from the revision effective 1995-08-06")


@needs_soffice
def test_a_spec_saved_again_by_libreoffice_still_reads_back(seed_specs, tmp_path):
    import subprocess

    source = tmp_path / "printed" / "65251.docx"
    source.parent.mkdir()
    source.write_bytes(printed([seed_specs["65251"]], "docx"))
    saved = tmp_path / "saved"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "docx", "--outdir", str(saved), str(source)], check=True, capture_output=True,
                   timeout=120)
    back = read_back((saved / "65251.docx").read_bytes(), "65251.docx")
    assert compare([seed_specs["65251"], back]).summary.items_same == 29
    # The note it keeps is hidden text: LibreOffice's PDF of it does not show it.
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(saved), str(source)], check=True, capture_output=True,
                   timeout=120)
    if shutil.which("pdftotext"):
        import subprocess as sp

        text = sp.run(["pdftotext", str(saved / "65251.pdf"), "-"], capture_output=True, text=True).stdout
        assert "class-spec-compare" not in text and "Benefits Management Analyst" in text


def test_a_section_added_in_the_printout_reads_by_its_heading(seed_specs):
    text = printed([seed_specs["65250"]], "md").decode()
    text = text.replace("## Knowledge of", "## Licenses and Certifications\n\n- a valid driver's license\n\n"
                                           "## Knowledge of", 1)
    back = read_back(text.encode(), "65250.md")
    assert [(s.kind, s.heading) for s in back.sections][3:5] == [("qualifications", "Licenses and Certifications"),
                                                               ("knowledge", "Knowledge of")]


_TEXT = st.text(st.sampled_from(list("ab &<>*_[]{}|#>+-=.)1\\`'\"é")), min_size=1, max_size=30).map(
    lambda t: " ".join(t.split())).filter(bool)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(_TEXT, min_size=1, max_size=4), note=st.one_of(st.just(""), _TEXT), title=_TEXT,
       after=st.booleans())
def test_any_text_of_a_spec_reads_back_as_written(items, note, title, after):
    spec = ClassSpec("OH", "12345", title, Series("OH", "1234", "Test Series"), sections=(
        Section("duties", "Job Duties", tuple(Item(t) for t in items), note),
        Section("knowledge", "Knowledge of", tuple(Item(t, after) for t in items)),
        Section("qualifications", "Minimum Qualifications", tuple(Item(t) for t in items)),
    ))
    for fmt in ("md", "docx"):
        back = read_back(printed([spec], fmt), f"spec.{fmt}")
        assert (back.title, back.sections) == (spec.title, spec.sections), fmt


@pytest.mark.parametrize("note", ['{"classes":[["OH"]]}', '{"classes":"x"}', '{"classes":[["OH","1",null,[["a"]]]]}',
                                  "{not json}"])
def test_a_printout_whose_note_is_damaged_says_so(seed_specs, note):
    from desktop_app.core.errors import DocumentError

    text = printed([seed_specs["65250"]], "md").decode()
    text = text[: text.rindex("<!-- ")] + f"<!-- class-spec-compare {note} -->\n"
    with pytest.raises(DocumentError, match="a Class Spec Compare printout whose closing note is damaged"):
        parse_document(text.encode(), "65250.md")


def test_the_redline_and_the_clean_draft_read_back_as_the_draft_their_changes_accepted(library_path, tmp_path,  # noqa: F811
                                                                                       capsys):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from tests.conftest import SEED

    source = tmp_path / "65251-revised.txt"
    source.write_text(SEED.read_text(encoding="utf-8").replace(LEAD, TEAM))
    assert main(["draft", "65251", "--from", str(source), "--library", str(library_path)]) == 0
    redline, clean = tmp_path / "redline.docx", tmp_path / "clean.docx"
    assert main(["redline", "65251", "-o", str(redline), "--analyst", "Pat", "--library", str(library_path)]) == 0
    assert main(["redline", "65251", "--clean", "-o", str(clean), "--library", str(library_path)]) == 0
    # A reviewer adds words to the last duty in Word, with track changes on.
    document = docx.Document(str(redline))
    last_duty = next(p for p in document.paragraphs if p.text.startswith("Attends meetings"))
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "900")
    insertion.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = " Trains new analysts."
    run.append(text)
    insertion.append(run)
    last_duty._p.append(insertion)
    document.save(str(redline))
    for path, changed in ((clean, 1), (redline, 2)):
        capsys.readouterr()
        assert main(["draft", "65251", "--from", str(path), "--replace", "--library", str(library_path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[1] == (f"Against the current revision: {changed} items changed, 0 added, 0 dropped, "
                            f"{29 - changed} the same").replace("1 items", "1 item")
    with_review = parse_document(redline.read_bytes(), "redline.docx").classes[0]
    assert with_review.section("duties").items[3].text.endswith("documents. Trains new analysts.")
    assert TEAM in with_review.section("duties").items[0].text and LEAD not in with_review.section("duties").items[0].text
