"""The words of a search marked in a spec's text: whole words and word starts, any case, text still escaped."""

from __future__ import annotations

from desktop_app.core.search_marks import MARK_STYLE, marked_html, marks_pattern
from desktop_app.core.spec_html import spec_to_html

MARK = f"<span style='{MARK_STYLE}'>"


def test_words_and_word_starts_are_marked_in_any_case():
    pattern = marks_pattern('"peace officer" supervis')
    assert marked_html("Supervises Peace Officers; officer-in-charge; a peacekeeper", pattern) == (
        f"{MARK}Supervises</span> {MARK}Peace</span> {MARK}Officers</span>; {MARK}officer</span>-in-charge; "
        f"a {MARK}peacekeeper</span>"
    )
    assert marked_html("unsupervised", pattern) == "unsupervised"  # only where a word starts


def test_text_stays_text_and_marks_never_fall_inside_an_entity():
    pattern = marks_pattern("amp b")
    assert marked_html("<b>Fish & Game</b> amplifier", pattern) == (
        f"&lt;{MARK}b</span>&gt;Fish &amp; Game&lt;/{MARK}b</span>&gt; {MARK}amplifier</span>"
    )


def test_a_query_without_words_marks_nothing():
    assert marks_pattern('  "" ') is None
    assert marked_html("a < b", None) == "a &lt; b"


def test_the_spec_view_marks_title_and_text(seed_specs):
    html = spec_to_html(seed_specs["65255"], marked="manager friendly")
    assert f"<h1>Benefits {MARK}Manager</span> 1</h1>" in html
    assert f"establish {MARK}friendly</span> atmosphere" in html
    assert MARK not in spec_to_html(seed_specs["65255"])
