"""Whatever text it is given, the CalHR importer returns a Document or raises DocumentError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.calhr import looks_like_calhr, parse_calhr
from desktop_app.core.model import SECTION_KINDS, Document
from tests.calhr_pages import page

_TAGS = ["h1", "h2", "h3", "p", "li", "ul", "div", "strong", "table", "tr", "td", "th", "caption", "br", "script"]
_WORDS = [
    "Class Code:", "Schematic Code:", "Established:", "Revised:", "01/02/2003", "--", "Abolished 4/11/06",
    "Definition", "Typical Tasks", "Minimum Qualifications", "Knowledge and Abilities", "Either I", "Or II",
    "and", "All Levels:", "Knowledge of:", "Ability to:", "Skill in:", "Schem Code", "Class", "Date Established",
    "Date Revised", "Title Changed", "1234", "5678", "Clerk", "Clerk II", "a; b (c; d); e.", "&amp;", "&#58;",
    "\u200b", "\xa0", "Series established May 20, 1975", "Class Titles and Codes",
    "<!", "<![", "<![CDATA[", "<!--", "-->", "<?", "</", "<a b='", "&#", "&#xD800;", "]]>", ">",
]


@st.composite
def html_like(draw) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
                st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
                st.sampled_from(_WORDS),
                st.text(max_size=12),
            ),
            max_size=60,
        )
    )
    return " ".join(pieces)


def test_broken_markup_is_read_or_refused():
    for text in ("<![foo[ bar", "<![ ", "<![if x]>", "<!DOCTYPE", "<a b=\"", "&#99999999;"):
        _check(text)
    (spec,) = parse_calhr("<h1>Clerk</h1><![foo[ x]><p>Class Code: 1234</p><h2>Definition</h2><p>Files.</p>").classes
    assert [(s.kind, [i.text for i in s.items]) for s in spec.sections] == [("concept", ["Files."])]


def _check(text: str) -> None:
    looks_like_calhr(text)
    try:
        doc = parse_calhr(text)
    except DocumentError as error:
        assert error.reason
        return
    assert isinstance(doc, Document)
    assert doc.format == "calhr"
    assert doc.classes
    for spec in doc.classes:
        assert spec.jurisdiction == "CA" and spec.number and spec.title
        assert all(s.kind in SECTION_KINDS and s.items for s in spec.sections)
        assert all(item.text.strip() == item.text and item.text for s in spec.sections for item in s.items)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text):
    _check(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_like())
def test_any_html_made_of_calhr_pieces(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["0010.html", "0615.html", "6410.html", "4800.html"]), st.data())
def test_real_pages_cut_and_spliced(name, data):
    text = page(name)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    insert = data.draw(st.one_of(st.sampled_from(_WORDS + [f"<{t}>" for t in _TAGS]), st.text(max_size=20)))
    _check(text[:start] + insert + text[end:])


def test_open_quotes_in_tags_do_not_make_the_parse_quadratic():
    import time

    # html.parser alone rescans the rest of the page for each of these tags: about 90 s for this input.
    start = time.perf_counter()
    _check('<h1>X</h1><p>Class Code: 1</p><a b="' * 20000)
    assert time.perf_counter() - start < 10
