"""Bad input gets one clear line naming what is wrong, and nothing is written to the library."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import MAX_DOCUMENT_BYTES, parse_document
from desktop_app.core.formats.das import parse_das
from desktop_app.store.importing import import_paths


def failure(tmp_path, name: str, data: bytes, library) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    (outcome,) = import_paths(library, [path])
    assert outcome.status == "failed"
    assert library.counts()["classes"] == 0
    assert library.import_log() == []
    return outcome.line()


def test_empty_file(tmp_path, library):
    assert failure(tmp_path, "empty.txt", b"", library) == f"{tmp_path}/empty.txt: failed: the document is empty"


def test_blank_file(tmp_path, library):
    assert failure(tmp_path, "blank.txt", b"\n \r\n\t\n", library).endswith("failed: the document is empty")


def test_binary_file(tmp_path, library):
    data = bytes(range(256)) * 40
    assert failure(tmp_path, "image.txt", data, library).endswith("failed: not a text document (binary data)")


def test_text_with_no_class(tmp_path, library):
    line = failure(tmp_path, "letter.txt", b"Dear analyst,\n\nPlease review the attached.\n", library)
    assert line.endswith(
        "failed: no class specification found: not a CalHR class-specification page, an Ohio DAS class specification "
        "or a class specification with headings such as Definition, Duties and Minimum Qualifications"
    )


def test_truncated_spec_is_refused_whole(tmp_path, library, seed_text):
    cut = seed_text[: seed_text.index("Serves as member of joint labor-management")]
    line = failure(tmp_path, "cut.txt", cut.encode(), library)
    assert line.endswith(
        "failed: line 115: class 65251 (Benefits Management Analyst) has no minimum qualifications: "
        "the document may be cut short"
    )


def test_spec_cut_mid_sentence(tmp_path, library, seed_text):
    cut = seed_text[: seed_text.index("3 yrs. exp. in research & analysis of benefits")]
    assert failure(tmp_path, "cut.txt", cut.encode(), library).endswith(
        "failed: line 177: the document ends in the middle of a sentence (cut short?)"
    )


def test_spec_cut_after_a_heading(tmp_path, library, seed_text):
    cut = seed_text[: seed_text.rindex("May require travel.")]
    assert failure(tmp_path, "cut.txt", cut.encode(), library).endswith(
        "failed: line 187: the document ends at the heading 'UNUSUAL WORKING CONDITIONS' (cut short?)"
    )


def test_bad_date_names_its_line(tmp_path, library, seed_text):
    text = seed_text.replace("08/06/1995", "13/45/1995", 1)
    assert failure(tmp_path, "date.txt", text.encode(), library).endswith(
        "failed: line 56: '13/45/1995' is not a date"
    )


def test_very_large_file_is_refused_without_reading_it(tmp_path, library):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.seek(MAX_DOCUMENT_BYTES + 10)
        f.write(b"x")
    (outcome,) = import_paths(library, [path])
    assert outcome.line() == f"{path}: failed: the file is 20.0 MB; a class specification is at most 20 MB"


def test_large_text_parses_in_bounded_time(seed_text):
    # Just under the size limit: a linear parser reads it; a quadratic one would not finish.
    filler = ("lorem ipsum dolor sit amet " * 3 + "\n\n") * 120_000
    with pytest.raises(DocumentError, match="no class specification found"):
        parse_document(filler.encode())
    blank_run = "CLASS TITLE: A\nCLASS NUMBER: 1\n" + "\n" * 2_000_000 + "JOB DUTIES IN ORDER OF IMPORTANCE:\n"
    with pytest.raises(DocumentError):
        parse_das(blank_run)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_specs_or_a_document_error(text):
    try:
        document = parse_das(text)
    except DocumentError as e:
        assert str(e)
    else:
        assert document.classes


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["CLASS TITLE:", "CLASS NUMBER:", "EFFECTIVE DATE:", "JOB DUTIES IN ORDER OF IMPORTANCE:",
             "MINIMUM CLASS QUALIFICATIONS FOR EMPLOYMENT:", "MAJOR WORKER CHARACTERISTICS:", "SERIES NO.:",
             "Knowledge of", "Ability to", "-Or", "(", ")", ";", "\n\n", "\f", "Page 2 of 3", "65250", "02/30/2012",
             "x.", "word", "*"]
        ),
        max_size=40,
    )
)
def test_spec_shaped_noise_gives_specs_or_a_document_error(pieces):
    try:
        document = parse_das(" ".join(pieces))
    except DocumentError as e:
        assert str(e)
    else:
        assert all(spec.number and spec.title for spec in document.classes)


def test_a_fault_in_reading_one_document_fails_that_document_only(tmp_path, library, monkeypatch, seed_text):
    from desktop_app.store import importing

    original = importing.parse_document

    def faulty(data, name="", jurisdictions=None):
        if name.endswith("odd.txt"):
            raise IndexError("list index out of range")
        return original(data, name, jurisdictions)

    monkeypatch.setattr(importing, "parse_document", faulty)
    (tmp_path / "odd.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    odd, seed = import_paths(library, [tmp_path])
    assert odd.line() == f"{tmp_path}/odd.txt: failed: could not be read (IndexError: list index out of range)"
    assert seed.status == "imported"
    assert library.counts()["classes"] == 3
