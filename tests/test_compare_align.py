"""Items of one section aligned across classes: rows of item positions, one per class (None: not there)."""

from __future__ import annotations

import pytest

from desktop_app.core.compare import ComparisonCancelled
from desktop_app.core.compare.align import PAIR_ABOVE, align, similarity
from desktop_app.core.compare.tokens import similarity_words

A = "understand & interpret insurance contracts"
B = "write procedural memos & directives regarding program & procedures for assigned area"
C = "deal with some abstract but mostly concrete variables"
D = "use proper research methods in gathering data"
NEW = "establish friendly atmosphere as team leader of work unit"


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        pytest.param([[A, B, C], [A, B, C]], [[0, 0], [1, 1], [2, 2]], id="identical"),
        pytest.param([[A, B, C], [C, A, B]], [[0, 1], [1, 2], [2, 0]], id="reordered items still pair"),
        pytest.param([[A, B, C], [A, NEW, B, C]], [[0, 0], [None, 1], [1, 2], [2, 3]], id="added after its neighbour"),
        pytest.param([[A, B, C], [NEW, A, B, C]], [[None, 0], [0, 1], [1, 2], [2, 3]], id="added first"),
        pytest.param([[A, B, C], [A, B, C, NEW]], [[0, 0], [1, 1], [2, 2], [None, 3]], id="added last"),
        pytest.param([[A, B, C], [A, C]], [[0, 0], [1, None], [2, 1]], id="dropped"),
        pytest.param(
            [[A, B, C], [A, NEW, C]],
            [[0, 0], [1, None], [None, 1], [2, 2]],
            id="a replaced item reads after the item it replaced",
        ),
        pytest.param(
            [["public relations", "interviewing"], ["interviewing", "public speaking"]],
            [[0, None], [1, 0], [None, 1]],
            id="half the words in common is not enough to pair",
        ),
        pytest.param(
            [["prepare & deliver speeches before specialized audiences"], ["prepare reports on current issues", B]],
            [[0, None], [None, 0], [None, 1]],
            id="rewritten beyond the threshold does not pair",
        ),
        pytest.param(
            [[A, D], [A, "use proper research methods in gathering & analysing data"]],
            [[0, 0], [1, 1]],
            id="reworded within the threshold pairs",
        ),
        pytest.param([[A, A, B], [A, B, A]], [[0, 0], [1, 2], [2, 1]], id="duplicates pair in order"),
        pytest.param(
            [[A, B], [A], [A, B]],
            [[0, 0, 0], [1, None, 1]],
            id="an item missing from the middle class pairs with its last appearance",
        ),
        pytest.param(
            [[A, B], [A, B, NEW], [A, NEW, B]],
            [[0, 0, 0], [1, 1, 2], [None, 2, 1]],
            id="rows keep the first class's order",
        ),
        pytest.param(
            [["The first full performance level class works under general supervision"], ["Nothing alike at all"]],
            [[0, 0]],
            id="single-item sections pair whatever their similarity",
        ),
        pytest.param([[], [A]], [[None, 0]], id="section only in the second class"),
        pytest.param([[], []], [], id="section in no class"),
    ],
)
def test_rows(columns, rows):
    assert align(columns) == rows


def test_the_exact_item_wins_over_a_similar_one():
    # 65251 has "managerial principles/techniques"; 65255 adds "supervisory principles & techniques" before it.
    managerial, supervisory = "managerial principles/techniques", "supervisory principles & techniques"
    assert similarity(similarity_words(managerial), similarity_words(supervisory)) > PAIR_ABOVE
    assert align([["public relations", managerial], ["public relations", supervisory, managerial]]) == [
        [0, 0],
        [None, 1],
        [1, 2],
    ]


def test_similarity_words_ignore_case_marks_numbering_and_ampersands():
    assert similarity_words("1. Knowledge of Health & Life;") == ("knowledge", "of", "health", "and", "life")
    assert similarity_words("workers\u2019 compensation") == ("workers", "compensation")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((), (), 1.0),
        (("public", "relations"), ("public", "relations"), 1.0),
        (("public", "relations"), ("interviewing",), 0.0),
        (("a", "b", "c", "d"), ("a", "b", "x", "y"), 0.5),
    ],
)
def test_similarity(a, b, expected):
    assert similarity(a, b) == expected


def test_cancel_stops_alignment():
    with pytest.raises(ComparisonCancelled):
        align([[A, B], [A, B]], should_cancel=lambda: True)
