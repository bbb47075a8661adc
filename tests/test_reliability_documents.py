"""A document that is not whole never replaces good text: a cut document or a class given twice is refused, and a
revision that loses whole sections of the one before says so."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.store.importing import import_paths
from tests.conftest import SEED

SEED_BYTES = SEED.read_bytes()


def refusal(data: bytes) -> str:
    with pytest.raises(DocumentError) as refused:
        parse_document(data)
    return str(refused.value)


def test_the_seed_cut_inside_the_last_class_is_refused():
    # Cut in 65255's qualifications ("Completion of und"), and in the heading of its working conditions: the
    # last words are too few to tell a sentence from a cut one, but they are not one.
    assert SEED_BYTES[:16790].endswith(b"Completion of und")
    assert refusal(SEED_BYTES[:16790]) == "line 177: the document ends in the middle of a sentence (cut short?)"
    assert SEED_BYTES[:17333].endswith(b"UNUSUAL WO")
    assert refusal(SEED_BYTES[:17333]) == "line 187: the document ends in the middle of a sentence (cut short?)"


def test_the_seed_cut_after_a_whole_section_of_the_last_class_is_refused():
    cut = SEED_BYTES[: SEED_BYTES.index(b"TRAINING AND DEVELOPMENT REQUIRED", SEED_BYTES.index(b"CLASS NUMBER: 65255"))]
    assert cut.rstrip().endswith(b"noted above.")
    assert refusal(cut) == (
        "line 175: the document ends inside class 65255 (Benefits Manager 1): it has no training or working "
        "conditions, which the other classes have after its qualifications (cut short?)"
    )


@pytest.mark.slow
def test_no_cut_of_the_seed_is_accepted_unless_it_reads_as_the_whole_seed():
    whole = parse_document(SEED_BYTES)
    # Every cut point in the last class's own pages, where a cut leaves every class with its duties and
    # qualifications, and one in 25 before them (each of those leaves a class without).
    last_class = SEED_BYTES.index(b"CLASS TITLE: Benefits Manager 1")
    cuts = [*range(1, last_class, 25), *range(last_class, len(SEED_BYTES))]
    accepted = []
    for n in cuts:
        try:
            document = parse_document(SEED_BYTES[:n])
        except DocumentError:
            continue
        if (document.classes, document.series) != (whole.classes, whole.series):
            accepted.append(n)
    assert accepted == []


def the_analyst_block_again(change: bytes = b"") -> bytes:
    """The seed with 65251's own pages given a second time, after them; ``change`` is added to its last duty."""
    start = SEED_BYTES.index(b"CLASS TITLE: Benefits Management Analyst\t")
    end = SEED_BYTES.index(b"CLASS TITLE: Benefits Manager 1\t")
    again = SEED_BYTES[start:end].replace(b"private contractors;", b"private contractors;" + change, 1)
    return SEED_BYTES[:end] + again + SEED_BYTES[end:]


def test_a_class_given_twice_in_one_document_is_refused():
    twice = the_analyst_block_again(b" Drafts the annual report.")
    assert refusal(twice) == "line 154: class 65251 (Benefits Management Analyst) is given twice (from line 115, and here)"


def test_a_class_whose_pages_are_repeated_word_for_word_reads_once():
    document = parse_document(the_analyst_block_again())
    assert document.classes == parse_document(SEED_BYTES).classes


def test_a_revision_that_loses_whole_sections_says_so(seeded_library, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    analyst = text.index("CLASS TITLE: Benefits Management Analyst\t")
    training = text.index("TRAINING AND DEVELOPMENT REQUIRED", analyst)
    manager = text.index("CLASS TITLE: Benefits Manager 1\t")
    path = tmp_path / "revised.txt"
    path.write_text(text[:training] + text[manager:], encoding="utf-8")
    (outcome,) = import_paths(seeded_library, [path])
    assert outcome.line() == (
        f"{path}: revised: OH:65251 has no Training and development or Working conditions section, "
        "which its revision of 1995-08-06 has"
    )


def retitled_series(text: str) -> str:
    """The seed with its series retitled from 2024-01-15, and 65251 revised on that date."""
    text = text.replace("CLASSIFICATION SERIES:**\n\nBenefits Management\n", "CLASSIFICATION SERIES:**\n\nBenefits Administration\n")
    text = text.replace("EFFECTIVE DATE:\n\n02/26/2012", "EFFECTIVE DATE:\n\n01/15/2024", 1)
    text = text.replace("Administrative Services only", "Administrative Services; Health", 1)
    start = text.index("CLASS TITLE:\n\nBenefits Management Analyst")
    end = text.index("CLASS TITLE:\n\nBenefits Manager 1")
    text = text[:start] + text[start:end].replace("08/06/1995", "01/15/2024") + text[end:]
    detail = text.index("CLASS TITLE: Benefits Management Analyst\t")
    return text[:detail] + text[detail:].replace("08/06/1995", "01/15/2024", 1).replace(
        "Attends meetings; provides advice", "Attends meetings; gives advice", 1)


def test_a_retitled_series_keeps_its_old_title_for_the_texts_that_came_before(seeded_library, tmp_path):
    path = tmp_path / "6525-2024.txt"
    path.write_text(retitled_series(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    (outcome,) = import_paths(seeded_library, [path])
    assert outcome.status == "revised"
    new, old = seeded_library.spec_named("65251"), seeded_library.spec_named("65251@1995-08-06")
    assert (new.series.title, str(new.series.effective_date), new.series.major_agencies) == (
        "Benefits Administration", "2024-01-15", "Administrative Services; Health")
    assert (old.series.title, str(old.series.effective_date), old.series.major_agencies) == (
        "Benefits Management", "2012-02-26", "Administrative Services only")
    assert seeded_library.spec_named("65250").series.title == "Benefits Management"  # its text came before
    (listed,) = seeded_library.series_entries()
    assert listed.title == "Benefits Administration"  # the library lists the series as it is now
    assert seeded_library.conn.execute("SELECT count(*) FROM series_revisions").fetchone() == (2,)


def test_a_library_made_before_series_revisions_keeps_its_series_for_every_text(tmp_path, monkeypatch):
    from desktop_app.store import schema
    from desktop_app.store.library import Library

    path = tmp_path / "v4.sqlite"
    everything = schema.migrations()
    monkeypatch.setattr(schema, "migrations", lambda: [m for m in everything if m[0] <= 4])
    with Library(path) as old:
        old.conn.executescript("""
            INSERT INTO series (id, jurisdiction, code, title, effective_date, purpose)
                VALUES (7, 'OH', '6525', 'Benefits Management', '2012-02-26', '["To manage benefits."]');
            INSERT INTO classes (id, jurisdiction, number, title, series_code) VALUES (1, 'OH', '65250', 'Rep', '6525');
            INSERT INTO revisions (id, class_id, effective_date, title, series_code, sections, content_hash)
                VALUES (1, 1, '1995-11-12', 'Rep', '6525', '[]', 'a');
            UPDATE classes SET current_revision = 1, revision_count = 1 WHERE id = 1;
        """)
    monkeypatch.undo()
    with Library(path) as migrated:
        assert migrated.conn.execute("SELECT series_revision FROM revisions").fetchall() == [(7,)]
        series = migrated.spec_named("65250").series
        assert (series.title, str(series.effective_date), series.purpose) == (
            "Benefits Management", "2012-02-26", ("To manage benefits.",))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_text_in_utf16_or_utf32_reads_as_the_seed(encoding):
    assert parse_document(SEED.read_text(encoding="utf-8").encode(encoding)).classes == parse_document(SEED_BYTES).classes


def test_text_in_an_encoding_that_cannot_be_recognised_is_refused():
    japanese = SEED.read_text(encoding="utf-8").replace("Benefits Management Analyst", "福利厚生管理アナリスト")
    assert refusal(japanese.encode("shift_jis")) == (
        "the text is in an encoding that cannot be recognised (not UTF-8, UTF-16 or Windows-1252); "
        "save it as UTF-8 and import that"
    )


def test_windows_1252_text_with_accents_and_curly_quotes_still_reads():
    text = SEED.read_text(encoding="utf-8").replace("Benefits Management Analyst", "Benefits Analyst – “Café” Équipe")
    (analyst,) = [c for c in parse_document(text.encode("cp1252")).classes if c.number == "65251"]
    assert analyst.title == "Benefits Analyst – “Café” Équipe"
