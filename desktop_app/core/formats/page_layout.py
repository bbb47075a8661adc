"""Lines of printed pages to plain paragraphs: running headers, page numbers, hyphenation, hard wraps; stdlib only."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter

# Ligature glyphs a PDF font maps to one character; the text has the letters.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_INVISIBLE = str.maketrans({"\u200b": None, "\ufeff": None})
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*(?:of|/)\s*\d+|\d{1,4})$", re.IGNORECASE
)
_RULE = re.compile(r"^[-=_–—.·•*\s]{3,}$")
_DIGITS = re.compile(r"\d+")
# A running header or footer sits among the first or last lines of a page …
_EDGE_LINES = 3
# … and repeats on most pages.
_MOST_PAGES = 0.6
_SENTENCE_END = tuple(".:;!?)\"”’")
_GOES_ON = "(&,;"
_LEADS_ON = (",", "&", " and", " or", " of", " the", " to", " in", "/")
# Without blank lines between paragraphs (plain PDF text), a line this much shorter than the page's longest
# line, ending a sentence, ends its paragraph.
_SHORT_LINE = 0.7
# The space inside paragraphs is a space found between at least this share of line pairs (a few tight
# pairs, a title over its subtitle, do not make a double-spaced text single spaced).
_GAP_SHARE = 0.2
# A list item's mark at the start of a line: "1.", "2)", "a.", a bullet.
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[a-z][.)]|[•·●○◦▪■➢►\uf0b7])\s")
# Lines of wrapped prose fill the measure; a line shorter than this share of the page's longest ends its paragraph.
_FULL_LINE = 0.8


def clean_line(line: str) -> str:
    """Ligatures spelled out, zero-width characters dropped, runs of spaces and tabs made one space."""
    return " ".join(line.translate(_LIGATURES).translate(_INVISIBLE).split())


def pages_to_text(pages: list[list[str]]) -> str:
    """Paragraphs of the pages, separated by one blank line, ending in a newline ("" when there is no text).

    Blank lines in a page mark vertical space; the usual space between two lines of one paragraph (none,
    or one blank line when the text is double spaced) joins them, more than that starts a paragraph.
    """
    cleaned = [[clean_line(line) for line in page] for page in pages]
    cleaned = _drop_running_lines(cleaned)
    gap = _line_gap(cleaned)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for page in cleaned:
        lines = [line for line in page if not _RULE.match(line)] if any(_RULE.match(x) for x in page) else page
        blank = 0
        longest = max((len(line) for line in lines), default=0)
        spaced = any(not line for line in lines)
        first = True
        for line in lines:
            if not line:
                blank += 1
                continue
            if current and not first and (
                blank > gap or (not spaced and _ends_paragraph(current[-1], longest)) or _breaks(current[-1], line)
            ):
                paragraphs.append(current)
                current = []
            elif current and first and not _continues_on_next_page(current[-1], line):
                paragraphs.append(current)
                current = []
            current.append(line)
            blank = 0
            first = False
    if current:
        paragraphs.append(current)
    vocabulary = _vocabulary(paragraphs)
    text = "\n\n".join(join_lines(p, vocabulary) for p in paragraphs)
    return text + "\n" if text else ""


def _breaks(previous: str, line: str) -> bool:
    """A paragraph starts without space above it at a list item after a sentence's end ("… comparisons." /
    "2. Performs …"), and where a heading in capitals starts or ends ("Job Summary" / "DEFINITION"); two
    lines in capitals are one heading, wrapped."""
    if _LIST_ITEM.match(line) and previous.endswith((".", ";", ":")):
        return True
    return _capitals_heading(line) != _capitals_heading(previous)


def _capitals_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _ends_paragraph(line: str, longest: int) -> bool:
    return line.endswith(_SENTENCE_END) and len(line) < _SHORT_LINE * longest


def _continues_on_next_page(previous: str, line: str) -> bool:
    """A paragraph cut by the page break: it stopped mid-sentence and goes on in lower case, or with
    a parenthesis or an "&" ("… staff" / "(e.g., …"); a title line followed by a heading does not."""
    if previous.endswith(_SENTENCE_END):
        return False
    return line[:1].islower() or line[:1] in _GOES_ON or previous.endswith(_LEADS_ON)


def _line_gap(pages: list[list[str]]) -> int:
    """The space inside a paragraph: the fewest blank lines found between a good share of line pairs.

    Not the most common space: in a document of one-line paragraphs that is the space between them.
    """
    runs: Counter[int] = Counter()
    fullness: dict[int, list[float]] = {}
    for page in pages:
        longest = max((len(line) for line in page), default=0)
        blank, previous = 0, ""
        for line in page:
            if not line:
                blank += 1
                continue
            if previous:
                runs[blank] += 1
                fullness.setdefault(blank, []).append(len(previous) / longest)
            blank, previous = 0, line
    total = sum(runs.values())
    gap = next((gap for gap in sorted(runs) if runs[gap] >= _GAP_SHARE * total), 0)
    # Double-spaced prose shows wider spaces elsewhere (between its paragraphs), and the lines above its
    # single blank lines run full width; short lines all one blank line apart are one-line paragraphs.
    if gap and (not any(other > gap for other in runs) or statistics.median(fullness[gap]) < _FULL_LINE):
        return 0
    return gap


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Blank out page numbers and lines repeated at the top or bottom of most pages (and nowhere else)."""
    edges: list[set[int]] = []
    for page in pages:
        filled = [i for i, line in enumerate(page) if line]
        # A short page has a shorter top and bottom: a third of its lines each at most.
        reach = max(1, min(_EDGE_LINES, len(filled) // 3))
        edges.append(set(filled[:reach] + filled[-reach:]))
    at_edge: Counter[str] = Counter()
    inside: set[str] = set()
    for page, edge in zip(pages, edges):
        seen: set[str] = set()
        for i, line in enumerate(page):
            if not line:
                continue
            key = _DIGITS.sub("#", line.lower())
            if i in edge:
                seen.add(key)
            else:
                inside.add(key)
        at_edge.update(seen)
    needed = max(2, math.ceil(_MOST_PAGES * len(pages)))
    running = {key for key, count in at_edge.items() if count >= needed and key not in inside}
    return [
        [
            "" if i in edge and (_PAGE_NUMBER.match(line) or _DIGITS.sub("#", line.lower()) in running) else line
            for i, line in enumerate(page)
        ]
        for page, edge in zip(pages, edges)
    ]


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


# Words are tried from their first letter only: tried from every letter, a long word costs its length squared.
_SLASH_PAIR = re.compile(r"(?<![A-Za-z0-9'])([A-Za-z0-9']++)/( ?)([A-Za-z0-9']+)")
_LAST_WORD = re.compile(r"(?<![A-Za-z0-9'])[A-Za-z0-9']++$")
_FIRST_WORD = re.compile(r"^[A-Za-z0-9']+")


def _vocabulary(paragraphs: list[list[str]]) -> Counter[str]:
    """Words as the document spells them inside its lines (so not cut by a line end), lower case;
    and word pairs around a slash, with or without a space after it ("and/or", "policies/ procedures")."""
    words: Counter[str] = Counter()
    for lines in paragraphs:
        cut = False  # the line before ended in a hyphen: this line's first word is half a word
        for line in lines:
            found = _WORD.findall(line[:-1] if line.endswith("-") else line)
            if line.endswith("-") and found:
                found.pop()
            if cut and found and line.startswith(found[0]):
                found.pop(0)
            words.update(w.lower() for w in found)
            cut = line.endswith("-")
            if "/" in line:
                words.update(f"{a}/{space}{b}".lower() for a, space, b in _SLASH_PAIR.findall(line))
    return words


def join_lines(lines: list[str], vocabulary: Counter[str] | None = None) -> str:
    """One paragraph from its printed lines: joined with spaces, words hyphenated at a line end made whole.

    "assess-" / "ment" becomes "assessment"; "long-" / "term" stays "long-term" when the document writes
    "long-term" elsewhere, or writes both "long" and "term" as words of their own (a compound, not a
    syllable break); a hyphen after a digit or before a capital is kept ("1-" / "2", "Anglo-" / "Saxon").
    """
    vocabulary = vocabulary or Counter()
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\xad"):
            text = text[:-1] + line
        elif len(text) > 1 and text.endswith("-") and text[-2].isalpha() and line[:1].isalpha():
            before = _WORD.findall(text[:-1])[-1].split("-")[-1] if _WORD.findall(text[:-1]) else ""
            after = _WORD.match(line).group(0).split("-")[0] if _WORD.match(line) else ""
            if line[0].isupper() or _is_compound(before, after, vocabulary):
                text = text + line
            else:
                text = text[:-1] + line
        elif text.endswith("-") and len(text) > 1 and text[-2].isdigit():
            text = text + line
        elif text.endswith("/") and line[:1].isalnum() and not _spaced_slash(text, line, vocabulary):
            # Lines also break after a slash ("manager/" / "team"); "and/or" is written without a space.
            text = text + line
        else:
            text = f"{text} {line}"
    return text.replace("\xad", "")


def _spaced_slash(text: str, line: str, vocabulary: Counter[str]) -> bool:
    """True when the document writes this pair more often with a space after the slash than without."""
    before, after = _LAST_WORD.search(text[:-1]), _FIRST_WORD.match(line)
    if not (before and after):
        return False
    pair = f"{before.group(0)}/{{}}{after.group(0)}".lower()
    return vocabulary[pair.format(" ")] > vocabulary[pair.format("")]


def _is_compound(before: str, after: str, vocabulary: Counter[str]) -> bool:
    b, a = before.lower(), after.lower()
    if f"{b}-{a}" in vocabulary:
        return True
    if b + a in vocabulary:
        return False
    return bool(b) and bool(a) and b in vocabulary and a in vocabulary
