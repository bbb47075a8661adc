"""PDF and Word documents import like the text they hold: the user never picks a format."""

from __future__ import annotations

from desktop_app.cli import main
from desktop_app.store.importing import import_paths
from tests.printed import docx_of_lines, printed_pdf, seed_text


def test_pdf_and_docx_of_the_seed_import_as_the_same_three_classes(tmp_path, library, seed_specs, qapp):
    (tmp_path / "6525.pdf").write_bytes(printed_pdf(seed_text()))
    (tmp_path / "6525.docx").write_bytes(docx_of_lines(seed_text().split("\n")))
    outcomes = import_paths(library, [tmp_path / "6525.pdf", tmp_path / "6525.docx"])
    assert [(o.status, o.format, o.classes) for o in outcomes] == [
        ("imported", "das (pdf)", ("65250", "65251", "65255")),
        ("unchanged", "das (docx)", ("65250", "65251", "65255")),
    ]
    stored = library.spec_named("65255")
    assert stored.section("knowledge").items == seed_specs["65255"].section("knowledge").items
    assert [e.number for e in library.classes()] == ["65250", "65251", "65255"]


def test_a_damaged_pdf_is_refused_with_its_name(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert main(["import", str(broken)]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(f"{broken}: failed: ")
    assert "Traceback" not in line
