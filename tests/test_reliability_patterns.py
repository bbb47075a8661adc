"""Every pattern that reads document text takes time in proportion to the text: a hostile page costs seconds at
most, never minutes. Timed on adversarial strings made of each pattern's own pieces, repeated."""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import desktop_app.core
from desktop_app.core.compare.ladder_order import _LEVEL_PHRASE
from desktop_app.core.formats.calhr_items import _LISTS_AFTER
from desktop_app.core.formats.html_blocks import _MARKUP, html_blocks
from desktop_app.core.formats.own_reports import _HEADER, _TAG
from desktop_app.core.formats.text_input import _RULE, clean_lines
from desktop_app.core.notes import _IMAGE

LENGTH = 50_000  # characters of adversarial text: a linear pattern reads them in milliseconds
SECONDS = 1.0  # a quadratic pattern takes tens of seconds on them, an exponential one forever

# Patterns written inline in the code, where they read document text.
INLINE = [
    r"CLASS\s+NUMBER\s*:", r"CLASS\s+TITLE\s*:", r"\w-$",  # das.py
    r"\s+", r"\d+|\D+", r"\bfirst[- ]line\b",  # compare
]


def module_patterns() -> list[re.Pattern]:
    """Every compiled pattern at the top of a module of the core (formats, comparison, text)."""
    found = []
    for info in pkgutil.walk_packages(desktop_app.core.__path__, "desktop_app.core."):
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re.Pattern)]
    return found


PATTERNS = module_patterns() + [(f"inline {p!r}", re.compile(p)) for p in INLINE]


class TooSlow(Exception):
    pass


@contextmanager
def at_most(seconds: float, what: str):
    """Stop the work after ``seconds`` (the regular expression engine checks for signals as it runs)."""

    def stop(signum, frame):
        raise TooSlow(f"{what}: more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pieces_of(pattern: re.Pattern) -> list[str]:
    """The words and characters a pattern looks for, and the ones that most often make it give up."""
    source = pattern.pattern
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", source)))
    marks = sorted(set(re.sub(r"[A-Za-z0-9\\]", "", source)) | set(" \n\t-<>\"'/.:;,()&*a1"))
    return words + [w.upper() for w in words] + [w.capitalize() for w in words] + marks


@st.composite
def hostile(draw):
    name, pattern = draw(st.sampled_from(PATTERNS))
    pieces = pieces_of(pattern)
    unit = "".join(draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=5)))
    head = "".join(draw(st.lists(st.sampled_from(pieces), max_size=3)))
    tail = "".join(draw(st.lists(st.sampled_from(pieces), max_size=3)))
    return name, pattern, head + unit * (LENGTH // len(unit) + 1) + tail


UNCLOSED_SCRIPT = '<script type="text/javascript" ' + " ".join(f'data-{n}="{n}"' for n in range(9)) + " <p>text"


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(hostile())
# The pages: an unclosed <script> with nine attributes (over 20 s), a long line of dashes (60 s).
@example(("html_blocks._MARKUP", _MARKUP, UNCLOSED_SCRIPT))
@example(("text_input._RULE", _RULE, "-" * 100_000 + "x"))
# Found by this test once each: a run of "<" with no ">", of blank lines, of "the following" with no colon.
@example(("own_reports._TAG", _TAG, "<" * LENGTH))
@example(("own_reports._HEADER", _HEADER, "\n" * LENGTH))
@example(("own_reports._HEADER", _HEADER, '"' * LENGTH))
@example(("calhr_items._LISTS_AFTER", _LISTS_AFTER, "the following " * (LENGTH // 14)))
@example(("ladder_order._LEVEL_PHRASE", _LEVEL_PHRASE, "level'" * (LENGTH // 6)))
@example(("notes._IMAGE", _IMAGE, "![" * (LENGTH // 2)))
def test_every_pattern_reads_hostile_text_in_linear_time(case):
    name, pattern, text = case
    with at_most(SECONDS, f"{name} on {text[:60]!r}…"):
        pattern.search(text)
        pattern.match(text)
        for _ in pattern.finditer(text):
            pass


def test_an_unclosed_script_or_style_tag_with_many_attributes_reads_in_linear_time():
    script = '<p>Typical Tasks</p><script type="text/javascript" ' + " ".join(
        f'data-{n}="value {n}"' for n in range(9)) + ' src="a.js" <p>Established: 01/01/2000</p>'
    style = "<style media='screen' " + " ".join(f"a{n}='b'" for n in range(9)) + " <h2>Definition</h2>"
    for page in (script, style, script * 200, style * 200):
        with at_most(SECONDS, "html_blocks"):
            blocks, _ = html_blocks(page)
    assert [b.text for b in html_blocks(script)[0]] == ["Typical Tasks"]


def test_a_long_line_of_dashes_reads_in_linear_time():
    with at_most(SECONDS, "clean_lines"):
        lines = clean_lines("-" * 100_000 + "x\n" + "-" * 100_000)
    assert lines == ["-" * 100_000 + "x", ""]


def test_the_timer_stops_a_pattern_that_backtracks_forever():
    with pytest.raises(TooSlow):
        with at_most(0.2, "(a+)+b"):
            re.match(r"(a+)+b", "a" * 64)


def test_a_page_of_unclosed_navigation_and_footers_reads_in_linear_time():
    from desktop_app.core.formats.document_lines import without_furniture

    with at_most(SECONDS, "without_furniture"):
        assert without_furniture("footer<footer<nav" * 50_000).startswith("footer<footer<nav")
    assert without_furniture("<p>a</p><nav>Home</nav><p>b</p><FOOTER id=f>Powered by</footer ><p>c</p>") == (
        "<p>a</p> <p>b</p> <p>c</p>")
