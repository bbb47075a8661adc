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
