"""What a task is about, as a vector: the bundled table, and tasks of one subject in other words scoring near."""

from __future__ import annotations

from desktop_app.core.compare.meaning import content_stems
from desktop_app.core.compare.word_vectors import NO_WORD_VECTORS, WordVectors, bundled_word_vectors, closeness
from desktop_app.paths import resource


def test_the_bundled_table_is_small_and_of_one_length():
    assert resource("word_vectors.tsv").stat().st_size < 400_000
    table = bundled_word_vectors().table
    assert len(table) > 2000
    assert {len(vector) for vector in table.values()} == {48}


def test_tasks_of_one_subject_in_other_words_are_near():
    vectors = bundled_word_vectors()

    def vector(text):
        return vectors.of(content_stems(text), lambda stem: 1.0)

    forms = vector("assists in development of forms & instructional material for agencies")
    communications = vector("Drafts & edits employee benefits communications")
    hearings = vector("attends hearings &/or represents management in appeals")
    assert closeness(forms, communications) > closeness(forms, hearings) + 0.2
    assert closeness(forms, forms) > 0.999


def test_a_unit_with_no_known_stem_has_no_vector():
    vectors = WordVectors({"draft": (1.0, 0.0), "edit": (0.0, 2.0)})
    assert vectors.of(frozenset({"zzz"}), lambda stem: 1.0) is None
    assert closeness(None, vectors.of(frozenset({"draft"}), lambda stem: 1.0)) == 0.0
    both = vectors.of(frozenset({"draft", "edit"}), lambda stem: 1.0)
    assert both == (1.0 / 5 ** 0.5, 2.0 / 5 ** 0.5)  # weighted sum, made unit length
    assert NO_WORD_VECTORS.of(frozenset({"draft"}), lambda stem: 1.0) is None
