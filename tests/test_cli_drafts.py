"""`classcompare draft` and `classcompare redline` as an analyst types them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.cli import main
from desktop_app.store.library import Library
from tests.conftest import SEED
from tests.printed import docx_of_lines
from tests.redline_reading import revisions, settled_text


def revised_seed() -> str:
    """The seed as a series review revises it: 65251's first duty reworded, effective 2025-07-01."""
    text = SEED.read_text().replace("Manages variety of both ongoing", "Manages a wide range of ongoing")
    for block in ("65251\n\nEFFECTIVE DATE:\n\n", "CLASS NUMBER: 65251\tBARGAINING UNIT: EX\n"):
        start = text.index(block)
        end = text.index("08/06/1995", start)
        text = text[:end] + "07/01/2025" + text[end + len("08/06/1995"):]
    return text


@pytest.fixture
def library_path(tmp_path):
    path = tmp_path / "lib.sqlite"
    assert main(["import", str(SEED), "--library", str(path)]) == 0
    return path


def test_a_draft_from_a_text_document_and_its_redline(library_path, tmp_path, capsys, monkeypatch):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    capsys.readouterr()
    assert main(["draft", "65251", "--from", str(source), "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"OH:65251@draft: saved from {source}",
        "Against the current revision: 1 item changed, 0 added, 0 dropped, 28 the same",
        "  Changed · Job duties 1: “Manages variety of both ongoing & special benefit …” now reads “Manages a wide "
        "range of ongoing & special benefit …”",
        "  (classcompare compare 65251 65251@draft shows them side by side)",
    ]
    with Library(library_path) as library:
        draft = library.draft("OH", "65251")
        assert (draft.effective_date, draft.source) == (date(2025, 7, 1), str(source))
        assert library.spec("OH", "65251").effective_date == date(1995, 8, 6)  # still the current revision
    monkeypatch.chdir(tmp_path)
    assert main(["redline", "65251", "--analyst", "Pat Analyst", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out == "65251-redline.docx: written (2 insertions, 2 deletions, by Pat Analyst)\n"
    data = (tmp_path / "65251-redline.docx").read_bytes()
    assert [(kind, author, text) for kind, author, _, text in revisions(data)] == [
        ("del", "Pat Analyst", "1995-08-06"), ("ins", "Pat Analyst", "2025-07-01"),
        ("del", "Pat Analyst", "variety of both "), ("ins", "Pat Analyst", "a wide range of ")]
    assert "Manages a wide range of ongoing & special" in "\n".join(settled_text(data, accept=True))
    assert main(["redline", "OH:65251@draft", "--clean", "-o", "clean.docx", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out == "clean.docx: written\n"
    assert revisions((tmp_path / "clean.docx").read_bytes()) == []


def test_a_draft_from_a_word_document(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.docx"
    source.write_bytes(docx_of_lines(revised_seed().split("\n")))
    assert main(["draft", "OH:65251", "--from", str(source), "--library", str(library_path)]) == 0
    with Library(library_path) as library:
        assert library.draft("OH", "65251").sections[2].items[0].text.startswith("Manages a wide range of ongoing")


def test_the_state_of_a_draft_and_the_commands_that_show_it(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    capsys.readouterr()
    assert main(["draft", "65251", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "OH:65251@draft: Benefits Management Analyst, proposed effective 2025-07-01; drafted from the revision "
        "effective 1995-08-06",
        "Against the current revision: 1 item changed, 0 added, 0 dropped, 28 the same",
        "  Changed · Job duties 1: “Manages variety of both ongoing & special benefit …” now reads “Manages a wide "
        "range of ongoing & special benefit …”",
        "  (classcompare compare 65251 65251@draft shows them side by side)",
    ]
    assert main(["list", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "OH:65251    6525   1995-08-06  Benefits Management Analyst  (draft)")
    assert main(["show", "65251@draft", "--format", "json", "--library", str(library_path)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["number"], shown["effective_date"]) == ("65251", "2025-07-01")
    assert main(["compare", "65251", "65251@draft", "--format", "json", "--base", "65251",
                 "--library", str(library_path)]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert [c["label"] for c in compared["classes"]] == ["65251", "65251@draft"]
    assert compared["base"] == "65251"
    assert compared["summary"]["items_changed"] == 1


def test_a_draft_is_not_replaced_unless_asked(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    capsys.readouterr()
    assert main(["draft", "65251", "--from", str(SEED), "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == (
        f"classcompare draft: OH:65251 has a draft already; give --replace to replace it with {SEED}, or delete it "
        "first (classcompare draft 65251 --delete)\n")
    assert main(["draft", "65251", "--from", str(SEED), "--replace", "--library", str(library_path)]) == 0
    with Library(library_path) as library:
        assert library.draft("OH", "65251").effective_date == date(1995, 8, 6)


def test_refusals_name_the_reason(library_path, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["draft", "65251", "--from", str(empty), "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == f"classcompare draft: {empty}: the document is empty\n"
    assert main(["draft", "65251", "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == (
        "classcompare draft: OH:65251 has no draft; make one in the window (Draft a Revision…) or from a document "
        "(--from FILE)\n")
    assert main(["redline", "65251", "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == "classcompare: OH:65251@draft: the class has no draft\n"
    assert main(["redline", "65251@1995-08-06", "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == (
        "classcompare: 65251@1995-08-06: name the class (65251) or its draft (65251@draft), not a revision\n")
    assert main(["draft", "99999", "--library", str(library_path)]) == 1
    assert capsys.readouterr().err == "classcompare: 99999: no such class in the library\n"


def test_a_draft_adopted_and_deleted_from_the_command_line(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    capsys.readouterr()
    assert main(["draft", "65251", "--adopt", "2025-07-01", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out == (
        "OH:65251: the draft is the revision effective 2025-07-01; it is now the current revision\n")
    with Library(library_path) as library:
        assert library.revision_dates("OH", "65251") == [date(1995, 8, 6), date(2025, 7, 1)]
        assert library.import_log()[-1]["path"] == str(source)
        assert library.import_log()[-1]["result"] == "adopted"
    # The document itself, imported later, is that revision already.
    assert main(["import", str(source), "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{source}: unchanged"
    main(["draft", "65250", "--from", str(SEED), "--library", str(library_path)])
    assert main(["draft", "65250", "--delete", "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "OH:65250@draft: deleted"
    assert main(["draft", "65250", "--delete", "--library", str(library_path)]) == 1
    assert main(["draft", "65250", "--adopt", "July", "--library", str(library_path)]) == 2


def test_a_redline_that_cannot_be_written_leaves_the_old_file(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    capsys.readouterr()
    folder = tmp_path / "no-such-folder" / "65251.docx"
    assert main(["redline", "65251", "-o", str(folder), "--library", str(library_path)]) == 1
    assert capsys.readouterr().err.startswith(f"classcompare redline: cannot write {folder}: ")


def test_a_draft_from_a_document_dated_as_a_revision_says_to_adopt_it_on_a_date_of_its_own(library_path, tmp_path,
                                                                                          capsys):
    source = tmp_path / "65251-same-date.txt"
    source.write_text(SEED.read_text(encoding="utf-8").replace("serves as lead worker over benefits management "
                                                               "representatives", "serves as team leader over "
                                                               "benefits management representatives"))
    capsys.readouterr()
    assert main(["draft", "65251", "--from", str(source), "--library", str(library_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "The document's effective date, 1995-08-06, is that of a revision OH:65251 already has: adopt the draft with "
        "the date its new text takes effect (classcompare draft 65251 --adopt YYYY-MM-DD).")
    assert main(["draft", "65251", "--adopt", "1995-08-06", "--library", str(library_path)]) == 1


def test_an_earlier_revision_printed_says_it_is_not_the_current_one(library_path, tmp_path, capsys):
    source = tmp_path / "65251-revised.txt"
    source.write_text(revised_seed())
    main(["draft", "65251", "--from", str(source), "--library", str(library_path)])
    main(["draft", "65251", "--adopt", "2025-07-01", "--library", str(library_path)])
    capsys.readouterr()
    assert main(["show", "65251@1995-08-06", "--format", "md", "--library", str(library_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "- **Status:** An earlier revision: the current one is effective 2025-07-01." in lines
    assert main(["show", "65251", "--format", "md", "--library", str(library_path)]) == 0
    assert not any(line.startswith("- **Status:**") for line in capsys.readouterr().out.splitlines())
