"""Words a printed page broke at a line end are joined again where the page writes them whole elsewhere."""

from __future__ import annotations

from desktop_app.core.formats.line_hyphens import joined


def test_a_broken_word_the_page_knows_is_joined_and_a_compound_stays():
    assert joined(["Responsibility for the development of staff; their well-being.",
                   "Has respon- sibility for the develop- ment of a well- being plan, year- for- year."]) == [
        "Responsibility for the development of staff; their well-being.",
        "Has responsibility for the development of a well- being plan, year- for- year."]


def test_a_break_the_page_gives_no_whole_word_for_stays_as_written():
    assert joined(["a contro- versial case", "a case"]) == ["a contro- versial case", "a case"]
