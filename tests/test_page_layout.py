"""Printed lines to paragraphs: running headers and page numbers, hyphenation, hard wraps, spacing."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.page_layout import clean_line, join_lines, pages_to_text


def _page(n: int, *body: str, pages: int = 3) -> list[str]:
    return ["Ohio DAS Classification Specification", "", *body, "", f"Page {n} of {pages}"]


def test_running_header_and_page_numbers_are_removed():
    pages = [
        _page(1, "CLASS TITLE:", "", "Benefits Analyst"),
        _page(2, "CLASS NUMBER:", "", "65251"),
        _page(3, "EFFECTIVE DATE:", "", "08/06/1995"),
    ]
    assert pages_to_text(pages) == (
        "CLASS TITLE:\n\nBenefits Analyst\n\nCLASS NUMBER:\n\n65251\n\nEFFECTIVE DATE:\n\n08/06/1995\n"
    )


@pytest.mark.parametrize("number", ["Page 2", "page 2 of 9", "- 2 -", "2", "2 of 9", "2/9"])
def test_page_number_styles(number):
    assert pages_to_text([["Text one.", "", number], ["Text two."]]) == "Text one.\n\nText two.\n"


def test_a_line_repeated_in_the_body_is_not_a_header():
    # "CLASS TITLE:" heads two pages, but it is also body text elsewhere: it stays.
    pages = [["CLASS TITLE:", "", "A", "", "CLASS TITLE:", "", "B"], ["CLASS TITLE:", "", "C"]]
    assert pages_to_text(pages).split("\n\n") == ["CLASS TITLE:", "A", "CLASS TITLE:", "B", "CLASS TITLE:", "C\n"]


def test_two_page_header_is_removed_when_it_is_only_at_the_top():
    pages = [["Benefits Management", "", "First page text."], ["Benefits Management", "", "Second page text."]]
    assert pages_to_text(pages) == "First page text.\n\nSecond page text.\n"


def test_hard_wraps_join_and_blank_lines_separate():
    pages = [["The analyst reviews claims", "and answers questions.", "", "Attends meetings."]]
    assert pages_to_text(pages) == "The analyst reviews claims and answers questions.\n\nAttends meetings.\n"


def test_double_spaced_text_keeps_its_paragraphs():
    pages = [["Reviews claims and", "", "answers questions.", "", "", "Attends meetings", "", "and hearings."]]
    assert pages_to_text(pages) == "Reviews claims and answers questions.\n\nAttends meetings and hearings.\n"


def test_a_paragraph_cut_by_the_page_break_is_joined():
    pages = [["Performs the assessment of", "Page 1"], ["benefit claims.", "", "Next.", "Page 2"]]
    assert pages_to_text(pages) == "Performs the assessment of benefit claims.\n\nNext.\n"


def test_a_new_page_starting_a_sentence_starts_a_paragraph():
    assert pages_to_text([["Ends here."], ["Starts here."]]) == "Ends here.\n\nStarts here.\n"


def test_without_blank_lines_a_short_line_ending_a_sentence_ends_the_paragraph():
    pages = [
        [
            "CLASS CONCEPT:",
            "The first full performance level class works under general supervision and requires",
            "considerable knowledge of benefits.",
            "JOB DUTIES:",
        ]
    ]
    assert pages_to_text(pages) == (
        "CLASS CONCEPT:\n\nThe first full performance level class works under general supervision and requires "
        "considerable knowledge of benefits.\n\nJOB DUTIES:\n"
    )


@pytest.mark.parametrize(
    ("lines", "vocabulary_text", "joined"),
    [
        (["an assess-", "ment of claims"], "", "an assessment of claims"),
        (["long-", "term costs"], "long-term goals", "long-term costs"),
        (["long-", "term costs"], "a long wait; a term paper", "long-term costs"),
        (["self-assess-", "ment"], "", "self-assessment"),
        (["re-", "organize"], "reorganize the unit", "reorganize"),
        (["Anglo-", "Saxon"], "", "Anglo-Saxon"),
        (["ages 18-", "65 years"], "", "ages 18-65 years"),
        (["claims -", "Or equivalent"], "", "claims - Or equivalent"),
        (["manager/", "team leader"], "", "manager/team leader"),
        (["statewide policies/", "procedures"], "policies/ procedures", "statewide policies/ procedures"),
        (["one", "two", "three"], "", "one two three"),
        (["soft\xad", "ware"], "", "software"),
    ],
)
def test_line_joins(lines, vocabulary_text, joined):
    pages = [[vocabulary_text, ""] + lines] if vocabulary_text else [lines]
    text = pages_to_text(pages)
    assert text.split("\n\n")[-1] == joined + "\n"
    if not vocabulary_text:
        assert join_lines(lines) == joined


def test_clean_line():
    assert clean_line("\tBeneﬁts\t\tand  eﬀects \u200b") == "Benefits and effects"


def test_rules_and_empty_documents():
    assert pages_to_text([["---\t-------", "CLASS TITLE: A", "", "____"]]) == "CLASS TITLE: A\n"
    assert pages_to_text([]) == ""
    assert pages_to_text([["", "  ", "Page 1"]]) == ""


@pytest.mark.parametrize(
    ("end_of_page", "next_page", "joined"),
    [
        ("serves as team leader over staff", "(e.g., analysts) & directs team.", True),
        ("benefits &", "Workers' Compensation.", True),
        ("Benefits Management Analyst", "CLASS NUMBER:", False),
        ("Ends a sentence.", "and goes on?", False),
    ],
)
def test_page_break_inside_a_paragraph(end_of_page, next_page, joined):
    text = pages_to_text([["Top.", "", end_of_page], [next_page, "", "Last."]])
    assert (f"{end_of_page} {next_page}" in text) is joined
