"""The command line end to end, as an analyst types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop_app.cli import main
from tests.conftest import ROOT, SEED


def run(*args: str, env_library=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_library:
        env["CLASSCOMPARE_LIBRARY"] = str(env_library)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_import_reports_one_line_per_document_then_a_summary(tmp_path):
    library = tmp_path / "lib.sqlite"
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "6525.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("not a document type we read")
    cut = SEED.read_text()[: SEED.read_text().index("3 yrs. exp. in research")]
    (folder / "cut.txt").write_text(cut)
    result = run("import", str(folder), "--library", str(library))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{folder}/cut.txt: failed: line 177: the document ends in the middle of a sentence (cut short?)",
        f"{folder}/empty.txt: failed: the document is empty",
        f"{folder}/nested/6525.txt: unchanged",
        "3 documents: 0 imported, 0 revised, 1 unchanged, 2 failed",
    ]
    assert result.stderr == ""


def test_import_into_an_empty_library_and_again(tmp_path):
    library = tmp_path / "lib.sqlite"
    from desktop_app.store.library import Library

    Library(library).close()  # exists, so it is not filled with the bundled specs
    first = run("import", str(SEED), env_library=library)
    assert (first.returncode, first.stdout.splitlines()) == (
        0, [f"{SEED}: imported", "1 document: 1 imported, 0 revised, 0 unchanged, 0 failed"],
    )
    again = run("import", str(SEED), env_library=library)
    assert again.stdout.splitlines()[0] == f"{SEED}: unchanged"


def test_list_and_series_filter(capsys):
    assert main(["list", "--series", "6525"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "OH:65250    6525   1995-11-12  Benefits Management Representative",
        "OH:65251    6525   1995-08-06  Benefits Management Analyst",
        "OH:65255    6525   1995-08-06  Benefits Manager 1",
    ]
    assert main(["list", "--series", "9999"]) == 1
    assert capsys.readouterr().err == "no classes in series 9999\n"


def test_search(capsys):
    assert main(["search", "friendly", "atmos"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "OH:65255    Benefits Manager 1",
        "    … but mostly concrete variables · establish [friendly] [atmosphere] as team leader of work …",
    ]
    assert main(["search", "zebra"]) == 1


def test_show_json_of_one_class(capsys):
    assert main(["show", "65251", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("jurisdiction", "number", "title", "series", "bargaining_unit", "effective_date")} == {
        "jurisdiction": "OH",
        "number": "65251",
        "title": "Benefits Management Analyst",
        "series": {"code": "6525", "title": "Benefits Management"},
        "bargaining_unit": "EX",
        "effective_date": "1995-08-06",
    }
    assert [s["kind"] for s in data["sections"]] == [
        "purpose", "concept", "duties", "knowledge", "skills", "abilities", "qualifications", "training", "conditions",
    ]
    knowledge = data["sections"][3]
    assert knowledge["heading"] == "Knowledge of"
    assert knowledge["items"][3] == {"text": "managerial principles/techniques", "after_employment": True}


def test_show_all_as_a_list_and_markdown(capsys):
    assert main(["show", "--all", "--format", "json"]) == 0
    assert [c["number"] for c in json.loads(capsys.readouterr().out)] == ["65250", "65251", "65255"]
    assert main(["show", "65255"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "# 65255 Benefits Manager 1\n\n- **Jurisdiction:** State of Ohio (DAS)\n- **Series:** 6525 Benefits Management\n"
        "- **Class number:** 65255\n- **Bargaining unit:** EX\n- **Effective:** 1995-08-06\n"
    )
    assert "- supervisory principles & techniques *(developed after employment)*\n" in out
    assert "\n1. Manages entire assessment & monitoring system" in out


def test_show_a_revision_that_does_not_exist(capsys):
    assert main(["show", "65251", "--revision", "2020-01-01"]) == 1
    assert capsys.readouterr().err == (
        "classcompare: 65251@2020-01-01: no revision with that effective date (1995-08-06)\n"
    )


def test_a_library_that_is_not_sqlite_is_refused_with_one_line(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    result = run("list", "--library", str(bad))
    assert result.returncode == 2
    assert result.stderr == f"classcompare: {bad}: not a Class Spec Compare library (not an SQLite database)\n"
    assert bad.read_text() == "hello"


@pytest.mark.parametrize("args", [["--version"], ["-m"]])
def test_version_and_usage(args):
    result = run(*args)
    if args == ["--version"]:
        assert result.stdout == "Class Spec Compare 0.1.0\n"
    else:
        assert result.returncode == 2 and "usage: classcompare" in result.stderr


def test_import_report_counts_sections_per_format(tmp_path):
    from desktop_app.store.library import Library
    from tests.calhr_pages import FIXTURES

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("0010.html", "4800.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    (folder / "6525.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    result = run("import", "--report", str(folder), "--library", str(library))
    assert result.returncode == 1
    assert result.stdout.splitlines()[4:] == [
        "4 documents: 3 imported, 0 revised, 0 unchanged, 1 failed",
        "",
        "Sections found, per format:",
        "  calhr: 5 classes from 2 documents (0 failed); concept 100.0%; duties 20.0%; knowledge/abilities 100.0%; "
        "qualifications 100.0%; all of concept, duties, qualifications 20.0% (with knowledge/abilities 20.0%); "
        "single-class specs with all three: 1 of 1 = 100.0%",
        "  das: 3 classes from 1 document (0 failed); concept 100.0%; duties 100.0%; "
        "knowledge/abilities 100.0%; qualifications 100.0%; all of concept, duties, qualifications 100.0% "
        "(with knowledge/abilities 100.0%)",
        "  unknown: no classes; 0 documents read, 1 failed",
    ]


def test_import_with_a_jurisdiction_and_the_report_names_what_is_missing(tmp_path):
    from desktop_app.store.library import Library
    from tests.conftest import FIXTURES

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    folder = tmp_path / "eastvale"
    folder.mkdir()
    for name in ("00003-management-analyst.txt", "24004-senior-it-technician.txt"):
        (folder / name).write_bytes((FIXTURES / "neogov" / name).read_bytes())
    spec = (FIXTURES / "neogov" / "00002-senior-management-analyst.txt").read_text(encoding="utf-8")
    cut = spec[: spec.index("KNOWLEDGE, SKILLS, AND ABILITIES")] + spec[spec.index("Special Requirements"):]
    (folder / "00002-senior-management-analyst.txt").write_text(cut, encoding="utf-8")
    result = run("import", "--report", "--jurisdiction", "City of Eastvale", str(folder), "--library", str(library))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{folder}/00002-senior-management-analyst.txt: imported",
        f"{folder}/00003-management-analyst.txt: imported",
        f"{folder}/24004-senior-it-technician.txt: failed: class 24004 (Senior IT Technician): the document holds "
        "no specification text (it says only “Job Description Under Review”)",
        "3 documents: 2 imported, 0 revised, 0 unchanged, 1 failed",
        "",
        "Sections found, per format:",
        "  generic: 2 classes from 2 documents (1 failed); concept 100.0%; duties 100.0%; knowledge/abilities 50.0%; "
        "qualifications 100.0%; all of concept, duties, qualifications 100.0% (with knowledge/abilities 50.0%); "
        "single-class specs with all three: 2 of 2 = 100.0%",
        "  generic: single-class specs missing a main section: EASTVALE:00002 (knowledge/abilities)",
    ]
    listed = run("list", "--library", str(library))
    assert listed.stdout.splitlines() == [
        "EASTVALE:00002    Management Analyst -           Senior Management Analyst",
        "EASTVALE:00003    Management Analyst -           Management Analyst",
    ]


def test_a_series_of_another_jurisdiction_compares_in_ladder_order(tmp_path):
    from desktop_app.store.library import Library
    from tests.conftest import FIXTURES

    library = tmp_path / "lib.sqlite"
    Library(library).close()
    neogov = FIXTURES / "neogov"
    run("import", str(neogov / "00002-senior-management-analyst.txt"), str(neogov / "00003-management-analyst.txt"),
        "--jurisdiction", "City of Eastvale", "--library", str(library))
    result = run("compare", "--series", "Management Analyst", "--format", "json", "--library", str(library))
    assert result.returncode == 0, result.stderr
    assert [c["number"] for c in json.loads(result.stdout)["classes"]] == ["00003", "00002"]
