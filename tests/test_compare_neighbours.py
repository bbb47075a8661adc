"""Words class specs use in one another's place: the bundled table, and the credit two tasks earn for them."""

from __future__ import annotations

from desktop_app.core.compare.meaning import content_stems
from desktop_app.core.compare.neighbours import NO_RELATED_WORDS, RelatedWords, bundled_related_words


def test_the_bundled_table_knows_the_words_of_duty_statements():
    table = bundled_related_words().table
    assert "question" in table["inquiri"]
    assert "guidanc" in table["advic"]
    assert table["advic"]["guidanc"] == table["guidanc"]["advic"]  # read as symmetric


def test_neighbours_earn_part_of_what_the_same_word_earns():
    related = RelatedWords({"inquiri": {"question": 0.3}, "question": {"inquiri": 0.3}})
    a = content_stems("researches inquiries from employees")
    b = content_stems("answers questions from employees")
    common = a & b
    assert common == {"employe"}
    credit = related.credit(a, b, common, lambda stem: 1.0)
    assert credit == 2.0 * 0.3 * 2.0  # NEIGHBOUR_CREDIT × closeness × both stems' weights
    assert NO_RELATED_WORDS.credit(a, b, common, lambda stem: 1.0) == 0.0


def test_a_stem_is_matched_once_closest_first():
    related = RelatedWords({"advic": {"guidanc": 0.3, "consult": 0.2}})
    a = frozenset({"advic"})
    b = frozenset({"guidanc", "consult"})
    assert related.credit(a, b, frozenset(), lambda stem: 1.0) == 2.0 * 0.3 * 2.0


def test_words_both_tasks_use_earn_no_neighbour_credit():
    related = RelatedWords({"advic": {"guidanc": 0.3}})
    a = frozenset({"advic", "guidanc"})
    b = frozenset({"guidanc"})
    assert related.credit(a, b, a & b, lambda stem: 1.0) == 0.0
