"""Positions in the library, apart from classes; the `position` and `fit` commands end to end."""

from __future__ import annotations

import json

from desktop_app.cli import main
from desktop_app.core.positions.parse import read_position
from desktop_app.store.positions import position, positions, save_position
from tests.conftest import FIXTURES, SEED

POSITIONS = FIXTURES / "positions"
PD_01 = POSITIONS / "pd-01-oh-benefits-rep-health.txt"
PD_15 = POSITIONS / "pd-15-lead-custodian-reclass.txt"


def test_a_position_is_saved_once_and_read_back_as_it_was(library):
    pd = read_position(PD_01.read_bytes(), str(PD_01))
    first, new = save_position(library.conn, pd, str(PD_01))
    again, new_again = save_position(library.conn, pd, "pasted")
    assert (new, new_again, again) == (True, False, first)
    stored = position(library.conn, first)
    assert stored.position == pd
    assert [(e.id, e.title, e.current_class, e.audits) for e in positions(library.conn)] == [
        (first, "Health Benefits Specialist - Agency Liaison Desk", "Benefits Management Representative (65250)", 0)]
    # A position is never a class.
    assert library.counts()["classes"] == 0


def test_position_import_prints_one_line_each_and_refuses_a_class_spec(seeded_library, capsys):
    path = seeded_library.path
    code = main(["position", "import", str(PD_01), str(PD_15), str(SEED), "--library", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        f"{PD_01}: imported as position 1 (Health Benefits Specialist - Agency Liaison Desk; 5 duties)",
        f"{PD_15}: imported as position 2 (Custodian; 5 duties)",
        f"{PD_15}: warning: the duties' shares of time add up to 95%, not 100%",
        f"{SEED}: refused: a class specification, not a position description: import it into the library as a class",
    ]
    assert main(["position", "import", str(PD_01), "--library", str(path)]) == 0
    assert capsys.readouterr().out == (f"{PD_01}: unchanged: already position 1 "
                                       "(Health Benefits Specialist - Agency Liaison Desk; 5 duties)\n")
    assert main(["position", "list", "--library", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2    Custodian  current: Custodian  asks for: Lead Custodian",
        "1    Health Benefits Specialist - Agency Liaison Desk  current: Benefits Management Representative (65250)",
    ]


def test_a_document_without_duties_is_refused_and_nothing_is_stored(seeded_library, tmp_path, capsys):
    memo = tmp_path / "memo.txt"
    memo.write_text("POSITION DESCRIPTION\nWorking Title: Analyst\n\nPurpose:\nHelps the unit.\n")
    assert main(["position", "import", str(memo), "--library", str(seeded_library.path)]) == 1
    assert capsys.readouterr().out == (f"{memo}: refused: no duties found: a position description lists its duties "
                                       "under a heading (\"Duties\", \"Essential functions\") or each with its share "
                                       "of time (\"40% - …\")\n")
    assert positions(seeded_library.conn) == []


def test_fit_of_a_file_and_of_a_stored_position(seeded_library, capsys):
    path = str(seeded_library.path)
    assert main(["fit", str(PD_01), "--format", "json", "--top", "2", "--library", path]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [c["key"] for c in data["candidates"]] == ["OH:65250", "OH:65251"]
    assert data["next_level_up"] == "OH:65251"
    assert captured.err == "classcompare fit: reading 3 classes of the library for the fit (once)…\n"
    main(["position", "import", str(PD_01), "--library", path])
    capsys.readouterr()
    assert main(["fit", "1", "--top", "1", "--library", path]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # the classes were read once, and kept
    assert "| 1 | OH:65250 | Benefits Management Representative |" in captured.out
    # The next level up is always listed, even past --top.
    assert "| 2 | OH:65251 | Benefits Management Analyst |" in captured.out
    assert "next level up" in captured.out


def test_fit_refuses_what_it_cannot_read_with_one_line(seeded_library, capsys):
    path = str(seeded_library.path)
    assert main(["fit", "7", "--library", path]) == 1
    assert capsys.readouterr().err == "classcompare fit: position 7: no such position in the library\n"
    assert main(["fit", str(SEED), "--library", path]) == 1
    assert capsys.readouterr().err == (f"classcompare fit: {SEED}: a class specification, not a position "
                                       "description: import it into the library as a class\n")
    assert main(["fit", str(PD_01), "--format", "pdf", "--library", path]) == 2
    assert capsys.readouterr().err == "classcompare fit: --format pdf needs -o FILE\n"


def test_a_position_description_given_to_class_import_is_refused_and_says_where_it_goes(tmp_path, capsys):
    pd = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"
    assert main(["import", str(pd), "--library", str(tmp_path / "library.sqlite")]) == 1
    assert f"{pd}: failed: a position description, not a class specification: import it as a position " \
           "(Audit a Position…, or classcompare position import FILE)" in capsys.readouterr().out


def test_a_position_is_deleted_with_its_audits_and_its_number_is_not_given_again(seeded_library, capsys):
    from desktop_app.store.audits import audits, save_audit

    pd = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"
    first, _new = save_position(seeded_library.conn, read_position(pd.read_bytes(), str(pd)), str(pd))
    save_audit(seeded_library.conn, first, ["OH:65250"], [], "OH:65250", None, "")
    assert main(["position", "delete", str(first), "--library", str(seeded_library.path)]) == 0
    assert capsys.readouterr().out == (f"deleted position {first} (Health Benefits Specialist - Agency Liaison "
                                       "Desk) and its 1 audit\n")
    assert positions(seeded_library.conn) == [] and audits(seeded_library.conn) == []
    again, _new = save_position(seeded_library.conn, read_position(pd.read_bytes(), str(pd)), str(pd))
    assert again == first + 1
    assert main(["position", "delete", str(first), "--library", str(seeded_library.path)]) == 1
    assert capsys.readouterr().err == f"classcompare position: position {first}: no such position in the library\n"
