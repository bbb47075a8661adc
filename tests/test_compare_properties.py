"""Properties of the comparison engine that must hold for any text and any options (hypothesis)."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import (
    DELETE,
    EQUAL,
    INSERT,
    SAME,
    CompareOptions,
    base_text,
    cell_text,
    compare,
    word_diff,
)
from desktop_app.core.compare.options import OPTIONS
from desktop_app.core.compare.tokens import chunk_tokens, fine_tokens, sentence_tokens
from desktop_app.core.model import ClassSpec, Item, Section

options_strategy = st.builds(CompareOptions, **{option.field: st.booleans() for option in OPTIONS})

# Prose-like text: words, marks, "&", numbering, odd spacing, curly quotes, non-ASCII letters; plus any text.
_pieces = st.sampled_from(
    ["the", "of", "The", "benefits", "Benefit", "&", "and", "&/or", "and/or", ",", ";", ".", "(e.g.,", ")",
     "1.", "a)", "(2)", "-", "workers'", "don\u2019t", "\u201cquoted\u201d", "\u00c9tat", "\u0130x", "  ", "\n",
     " ", "\t", "HMO's", "65250", "x", "y", "\x00"]
)
prose = st.lists(_pieces, max_size=30).map(lambda parts: "".join(
    part if part.isspace() else part + " " for part in parts
).rstrip(" ") if parts else "")
texts = st.one_of(prose, st.text(max_size=60), st.lists(_pieces, max_size=20).map("".join))


@settings(max_examples=600, deadline=None)
@given(texts, texts, options_strategy)
def test_segments_reassemble_both_texts(base, text, options):
    assert_segments_reassemble(base, text, options)


def assert_segments_reassemble(base: str, text: str, options: CompareOptions) -> None:
    segments = word_diff(base, text, options)
    assert cell_text(segments) == text
    assert base_text(segments) == base
    assert all(s.op in (EQUAL, INSERT, DELETE) for s in segments)
    assert all(s.text for s in segments if s.op != EQUAL)
    assert all(s.base_text is None for s in segments if s.op != EQUAL)
    # Runs are merged: never two segments of the same op side by side.
    assert all(a.op != b.op for a, b in zip(segments, segments[1:]))


@settings(max_examples=300, deadline=None)
@given(texts, options_strategy)
def test_tokens_reassemble_the_text(text, options):
    for tokens in (chunk_tokens(text, options), fine_tokens(text, options)):
        assert tokens.lead + tokens.span(0, len(tokens)) == text
        assert len(tokens.keys) == len(tokens.words)


@settings(max_examples=300, deadline=None)
@given(texts, options_strategy)
def test_a_text_against_itself_is_one_equal_segment(text, options):
    segments = word_diff(text, text, options)
    assert segments == ((segments[0]._replace(op=EQUAL, text=text),) if text else ())


def _spec(number: str, kinds: dict[str, list[str]]) -> ClassSpec:
    sections = tuple(Section(kind, kind.title(), tuple(Item(t) for t in items)) for kind, items in kinds.items())
    return ClassSpec("OH", number, f"Title {number}", sections=sections)


spec_items = st.dictionaries(
    st.sampled_from(["concept", "duties", "knowledge", "abilities", "qualifications"]),
    st.lists(texts.filter(bool), min_size=1, max_size=6),
    min_size=1,
)


@settings(max_examples=150, deadline=None)
@given(spec_items, options_strategy)
def test_a_spec_against_an_identical_copy_is_all_same(kinds, options):
    spec = _spec("65250", kinds)
    copy = dataclasses.replace(spec, number="65251", title="Title 65250")
    comparison = compare([spec, copy], options)
    item_rows = [row for section in comparison.sections[1:] for row in section.rows]
    assert [row.status for row in item_rows] == [SAME] * len(item_rows)
    assert all(segment.op == EQUAL for row in item_rows for cell in row.cells for segment in cell.segments)
    assert comparison.summary.items_same == comparison.summary.items == len(item_rows)
    assert comparison.summary.words_inserted == comparison.summary.words_deleted == 0
    assert comparison.summary.similarity_percent == 100.0


@settings(max_examples=150, deadline=None)
@given(spec_items, spec_items, options_strategy, st.sampled_from([None, "65250", "65251"]))
def test_options_never_change_the_texts_shown(kinds_a, kinds_b, options, base):
    specs = [_spec("65250", kinds_a), _spec("65251", kinds_b)]
    plain = compare(specs)
    optioned = compare(specs, dataclasses.replace(options, base=base))
    shown = [[cell.text for cell in row.cells] for s in plain.sections for row in s.rows]
    assert [[cell.text for cell in row.cells] for s in optioned.sections for row in s.rows] == shown
    for section in optioned.sections:
        for row in section.rows:
            for k, cell in enumerate(row.cells):
                assert cell_text(cell.segments) == (cell.text or "")
                if base is None:
                    b = k - 1 if k else None  # the previous class; the first has no base
                else:
                    b = None if cell.label == base else optioned.labels.index(base)
                if b is not None and cell.text and row.cells[b].text:
                    assert base_text(cell.segments) == row.cells[b].text
            if row.status == SAME:
                assert all(s.op == EQUAL for cell in row.cells for s in cell.segments)


_chunk = st.lists(
    st.sampled_from(["benefits", "claims", "HMOs", "by", "y", "x", "&", "(", ")", ",", ";", ".", "/", "'", "e", "g"]),
    min_size=1,
    max_size=5,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_chunk, _chunk, st.booleans(), st.booleans())
def test_the_single_chunk_shortcut_marks_what_a_full_rediff_marks(old, new, ignore_case, ampersand):
    """Two unrelated chunks are marked as one change without re-diffing; re-diffing must agree."""
    import desktop_app.core.compare.words as words

    options = CompareOptions(ignore_case=ignore_case, and_equals_ampersand=ampersand)
    base, text = f"Serves as {old} leader", f"Serves as {new} leader"
    shortcut = word_diff(base, text, options)
    original = words._unrelated
    words._unrelated = lambda old_key, new_key: False
    try:
        full = word_diff(base, text, options)
    finally:
        words._unrelated = original
    assert shortcut == full


_items = st.lists(
    st.sampled_from(
        [
            "public relations",
            "public speaking",
            "interviewing",
            "managerial principles/techniques",
            "supervisory principles & techniques",
            "understand & interpret insurance contracts",
            "understand & interpret HMO contracts",
            "use proper research methods in gathering data",
        ]
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_items, min_size=2, max_size=5), options_strategy, st.integers(min_value=-1, max_value=4))
def test_every_item_lands_in_exactly_one_row_with_a_consistent_status(columns, options, base):
    specs = [_spec(str(65250 + k), {"knowledge": column} if column else {}) for k, column in enumerate(columns)]
    labels = [spec.number for spec in specs]
    options = dataclasses.replace(options, base=labels[base] if 0 <= base < len(labels) else None)
    comparison = compare(specs, options)
    section = comparison.section("knowledge")
    rows = section.rows if section else ()
    for k, column in enumerate(columns):
        # Each class's items, read down its column, are exactly its items (rows may reorder later classes).
        assert sorted(row.cells[k].text for row in rows if row.cells[k].text is not None) == sorted(column)
    first = [row.cells[0].text for row in rows if row.cells[0].text is not None]
    assert first == columns[0]  # rows keep the first class's order
    for row in rows:
        texts = [cell.text for cell in row.cells]
        assert len(texts) == len(columns)
        assert any(text is not None for text in texts)
        if row.status == "added":
            assert texts[0] is None and row.at == labels[next(i for i, t in enumerate(texts) if t is not None)]
        elif row.status == "dropped":
            assert texts[0] is not None and row.at == labels[texts.index(None)]
        else:
            assert None not in texts and row.at is None
    assert section is None or section.summary.items == len(rows)


# Long texts of sentences, so that word_diff pairs sentences first: the same properties must hold.
_sentences = st.sampled_from(
    [
        "Reviews claims of the benefit program area & reports findings to the manager",
        "Develops policies & procedures for preferred provider organizations",
        "Serves as team leader; assigns & reviews work of benefit management specialists",
        "Prepares correspondence (e.g., letters, memos) &/or reports",
        "a) Performs related duties as assigned",
        "Maintains records of \u201cHMO\u201d eligibility for \u00c9tat workers\u2019 compensation",
        "Attends meetings. Travels",
        "İnterviews staff",
        "Uses personal computer to enter, edit &/or retrieve data",
    ]
)
long_texts = st.tuples(
    st.lists(_sentences, min_size=30, max_size=45),
    st.sampled_from([". ", "; "]),
    st.sampled_from(["", ".", " ", "\n", "  "]),
).map(lambda parts: parts[1].join(parts[0]) + parts[2])


@settings(max_examples=200, deadline=None)
@given(long_texts, long_texts, options_strategy)
def test_long_texts_reassemble_both_texts(base, text, options):
    assert_segments_reassemble(base, text, options)


@settings(max_examples=200, deadline=None)
@given(long_texts, options_strategy)
def test_sentences_reassemble_the_text(text, options):
    tokens = sentence_tokens(text, options)
    if tokens is not None:
        assert tokens.lead + tokens.span(0, len(tokens)) == text
        assert len(tokens) >= 2
