"""Word-level segments of one cell against its base: tiny inputs → exact (op, text) lists, table-driven."""

from __future__ import annotations

import pytest

from desktop_app.core.compare import CompareOptions, Segment, base_text, cell_text, word_diff
from desktop_app.core.compare.words import changed_words

PLAIN = CompareOptions()

# (name, base, text, options, expected segments as (op, text) or (op, text, base_text))
CASES = [
    ("identical", "Not applicable.", "Not applicable.", PLAIN, [("equal", "Not applicable.")]),
    (
        "one word replaced",
        "2 yrs. exp. in research",
        "3 yrs. exp. in research",
        PLAIN,
        [("delete", "2"), ("insert", "3"), ("equal", " yrs. exp. in research")],
    ),
    (
        "words appended",
        "public relations",
        "public relations & interviewing",
        PLAIN,
        [("equal", "public relations ", "public relations"), ("insert", "& interviewing")],
    ),
    (
        "final stop removed",
        "May require travel.",
        "May require travel",
        PLAIN,
        [("equal", "May require travel"), ("delete", ".")],
    ),
    (
        "only the comma is marked, not the word it hangs on",
        "policies, procedures",
        "policies procedures",
        PLAIN,
        [("equal", "policies"), ("delete", ","), ("equal", " procedures")],
    ),
    (
        "title level",
        "Benefits Management Analyst",
        "Benefits Manager 1",
        PLAIN,
        [("equal", "Benefits "), ("delete", "Management Analyst"), ("insert", "Manager 1")],
    ),
    (
        "entry dropped from an example list",
        "case management programs; unemployment benefits)",
        "case management programs)",
        PLAIN,
        [("equal", "case management programs"), ("delete", "; unemployment benefits"), ("equal", ")")],
    ),
    (
        "word inserted mid-phrase",
        "serves as team leader",
        "serves as manager/team leader",
        PLAIN,
        [("equal", "serves as "), ("insert", "manager/"), ("equal", "team leader")],
    ),
    (
        "common-word island folded into the change",
        "health of state employees in all agencies",
        "welfare of agency employees in all agencies",
        PLAIN,
        [("delete", "health of state"), ("insert", "welfare of agency"), ("equal", " employees in all agencies")],
    ),
    (
        "ampersand island folded into the change",
        "health & life insurance for all state employees",
        "dental & vision insurance for all state employees",
        PLAIN,
        [
            ("delete", "health & life"),
            ("insert", "dental & vision"),
            ("equal", " insurance for all state employees"),
        ],
    ),
    (
        "a content word between two changes stays unmarked",
        "works under general supervision & requires considerable knowledge",
        "works under general direction & requires thorough knowledge",
        PLAIN,
        [
            ("equal", "works under general "),
            ("delete", "supervision"),
            ("insert", "direction"),
            ("equal", " & requires "),
            ("delete", "considerable"),
            ("insert", "thorough"),
            ("equal", " knowledge"),
        ],
    ),
    (
        "mostly rewritten: marked whole, not as confetti",
        "The cat sat on the mat.",
        "The dog ran to a house.",
        PLAIN,
        [("delete", "The cat sat on the mat."), ("insert", "The dog ran to a house.")],
    ),
    (
        "mostly rewritten long phrase: marked whole",
        "manage variety of both ongoing & special benefit projects in assigned benefits program area & serve on team",
        "manage entire assessment & monitoring system for assigned benefit program area for all state employees "
        "& serve on team",
        PLAIN,
        [
            (
                "delete",
                "manage variety of both ongoing & special benefit projects in assigned benefits program area & serve "
                "on team",
            ),
            (
                "insert",
                "manage entire assessment & monitoring system for assigned benefit program area for all state "
                "employees & serve on team",
            ),
        ],
    ),
    ("nothing shared", "interviewing", "public relations", PLAIN, [("delete", "interviewing"), ("insert", "public relations")]),
    ("empty base", "", "May require travel.", PLAIN, [("insert", "May require travel.")]),
    ("empty cell", "May require travel.", "", PLAIN, [("delete", "May require travel.")]),
    ("both empty", "", "", PLAIN, []),
    # Spacing never counts: reflowed lines, a space after a slash, spaces around a mark.
    (
        "line breaks reflowed",
        "workers'\n\ncompensation leave",
        "workers' compensation leave",
        PLAIN,
        [("equal", "workers' compensation leave", "workers'\n\ncompensation leave")],
    ),
    (
        "space after a slash",
        "disability/workers' compensation",
        "disability/ workers' compensation",
        PLAIN,
        [("equal", "disability/ workers' compensation", "disability/workers' compensation")],
    ),
    ("spaces around a comma", "a, b", "a ,b", PLAIN, [("equal", "a ,b", "a, b")]),
    (
        "curly apostrophe",
        "workers\u2019 compensation",
        "workers' compensation",
        PLAIN,
        [("equal", "workers' compensation", "workers\u2019 compensation")],
    ),
    # Options: each off, then on.
    ("case counts", "Public Relations", "public relations", PLAIN, [("delete", "Public Relations"), ("insert", "public relations")]),
    (
        "case ignored",
        "Public Relations",
        "public relations",
        CompareOptions(ignore_case=True),
        [("equal", "public relations", "Public Relations")],
    ),
    (
        "case ignored, a real change still marked",
        "Public Relations Officer",
        "public relations manager",
        CompareOptions(ignore_case=True),
        [("equal", "public relations ", "Public Relations "), ("delete", "Officer"), ("insert", "manager")],
    ),
    (
        "punctuation counts",
        "policies, procedures.",
        "policies procedures",
        PLAIN,
        [("equal", "policies"), ("delete", ","), ("equal", " procedures"), ("delete", ".")],
    ),
    (
        "punctuation ignored",
        "policies, procedures.",
        "policies procedures",
        CompareOptions(ignore_punctuation=True),
        [("equal", "policies procedures", "policies, procedures.")],
    ),
    (
        "ampersand is not and",
        "health &/or life",
        "health and/or life",
        PLAIN,
        [("equal", "health "), ("delete", "&"), ("insert", "and"), ("equal", "/or life")],
    ),
    (
        "ampersand equals and",
        "health &/or life",
        "health and/or life",
        CompareOptions(and_equals_ampersand=True),
        [("equal", "health and/or life", "health &/or life")],
    ),
    (
        "ampersand equals and, not 'or'",
        "health & life",
        "health or life",
        CompareOptions(and_equals_ampersand=True),
        [("equal", "health "), ("delete", "&"), ("insert", "or"), ("equal", " life")],
    ),
    (
        "numbering counts",
        "1. Develops policies",
        "a) Develops policies",
        PLAIN,
        [("delete", "1."), ("insert", "a)"), ("equal", " Develops policies")],
    ),
    (
        "numbering ignored",
        "1. Develops policies",
        "a) Develops policies",
        CompareOptions(ignore_numbering=True),
        [("equal", "a) Develops policies", "1. Develops policies")],
    ),
    (
        "numbering ignored, parenthesised and missing",
        "(2) Develops policies",
        "Develops policies",
        CompareOptions(ignore_numbering=True),
        [("equal", "Develops policies", "(2) Develops policies")],
    ),
    (
        "numbering is only ever at the start",
        "Develops a) policies",
        "Develops b) policies",
        CompareOptions(ignore_numbering=True),
        [("equal", "Develops "), ("delete", "a"), ("insert", "b"), ("equal", ") policies")],
    ),
]


@pytest.mark.parametrize(("base", "text", "options", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_segments(base, text, options, expected):
    segments = word_diff(base, text, options)
    assert [(s.op, s.text) + ((s.base_text,) if s.base_text is not None else ()) for s in segments] == [
        tuple(e) for e in expected
    ]
    assert cell_text(segments) == text
    assert base_text(segments) == base


def test_segment_base_spelling():
    assert Segment("equal", "public relations", "Public Relations").base == "Public Relations"
    assert Segment("equal", "May require travel.").base == "May require travel."
    assert Segment("delete", "2").base == "2"
    assert Segment("insert", "3").base == ""


def test_word_counts_of_segments():
    segments = word_diff("2 yrs. exp. in research", "3 yrs. exp. in research & analysis")
    assert [(s.op, s.text) for s in segments] == [
        ("delete", "2"),
        ("insert", "3"),
        ("equal", " yrs. exp. in research "),
        ("insert", "& analysis"),
    ]
    # (inserted, deleted, unchanged): "3", "analysis" in; "2" out; "yrs", "exp", "in", "research" kept.
    assert changed_words(segments) == (2, 1, 4)


def test_a_long_text_diffs_to_the_same_marks_as_a_short_one():
    sentence = "Develops policies & procedures for preferred provider organizations. "
    base = sentence * 400 + "Evaluates compliance."
    text = sentence * 200 + sentence.replace("Develops", "Writes") + sentence * 199 + "Evaluates compliance."
    segments = word_diff(base, text)
    assert [(s.op, s.text) for s in segments if s.op != "equal"] == [("delete", "Develops"), ("insert", "Writes")]
    assert cell_text(segments) == text and base_text(segments) == base


def _duties(count: int) -> list[str]:
    return [f"Reviews claim {n} of the benefit program area & reports findings to the manager" for n in range(count)]


def test_a_long_text_pairs_its_unchanged_sentences_first(monkeypatch):
    import desktop_app.core.compare.words as words

    sentences = _duties(40)
    base = ". ".join(sentences) + "."
    revised = list(sentences)
    del revised[10]  # a sentence cut
    revised.insert(20, "Approves contracts with benefit providers")  # a sentence added
    revised[30] = revised[30].replace("reports findings", "presents findings")  # a word changed
    revised[-1] += "; may travel"  # a clause added at the end
    text = ". ".join(revised) + "."
    segments = word_diff(base, text)
    assert len(base) > words.SENTENCE_PASS_CHARS
    assert [(s.op, s.text) for s in segments if s.op != "equal"] == [
        ("delete", "Reviews claim 10 of the benefit program area & reports findings to the manager. "),
        ("insert", "Approves contracts with benefit providers. "),
        ("delete", "reports"),
        ("insert", "presents"),
        ("insert", "; may travel"),
    ]
    assert cell_text(segments) == text and base_text(segments) == base
    # A diff of the whole texts on words marks as many words, but cut across two sentences.
    monkeypatch.setattr(words, "SENTENCE_PASS_CHARS", 10**9)
    on_words = word_diff(base, text)
    assert changed_words(on_words) == changed_words(segments)
    assert on_words[1].text == "10 of the benefit program area & reports findings to the manager. Reviews claim "


def test_a_long_text_spaced_differently_is_equal():
    base = ". ".join(_duties(40)) + "."
    text = base.replace(" & ", " &").replace("claim 3 ", "claim\n3 ")
    assert word_diff(base, text) == (Segment("equal", text, base),)


def test_a_single_spaced_text_is_known_by_every_kind_of_space():
    from desktop_app.core.compare.tokens import SPACES_BUT_SPACE

    every_space = {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" "}
    assert set(SPACES_BUT_SPACE) == every_space


def test_sentences_are_cut_only_in_single_spaced_text():
    from desktop_app.core.compare.tokens import sentence_tokens

    options = CompareOptions()
    tokens = sentence_tokens("1. Reviews claims. Reports findings; travels.", CompareOptions(ignore_numbering=True))
    assert (tokens.lead, tokens.pieces) == ("1. ", ["Reviews claims. ", "Reports findings; ", "travels."])
    assert sentence_tokens("Reviews claims.\nReports findings.", options) is None
    assert sentence_tokens("Reviews claims.  Reports findings.", options) is None
    assert sentence_tokens("Reviews claims.\u00a0Reports findings.", options) is None
    assert sentence_tokens("Reviews claims and reports findings.", options) is None  # one sentence
