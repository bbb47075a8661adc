"""California (CalHR / State Personnel Board) class-specification pages (HTML) to the model; stdlib only, no Qt, no SQL.

A single-class page (its "Class Code:" header list) gives one class; a series page (its table of
class titles and codes) gives one class per row, each with the sections that name it or all levels;
an abolished-class stub gives a class with its abolished date. Series.code of a series page is the
class code of the first class in its table (CalHR has no series numbers; the first class is, on
nearly every page, the one the page is filed under). A single-class page belongs to no series.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.calhr_items import part_sections
from desktop_app.core.formats.calhr_page import ClassEntry, Page, read_page
from desktop_app.core.formats.calhr_parts import page_parts
from desktop_app.core.formats.html_blocks import html_blocks
from desktop_app.core.formats.line_hyphens import joined
from desktop_app.core.formats.titles import CLASS_NUMBER
from desktop_app.core.jurisdictions import Jurisdictions
from desktop_app.core.model import ClassSpec, Document, Item, Section, Series

NAME = "calhr"
LABEL = "a CalHR class-specification page"
SUFFIXES = (".htm", ".html")
JURISDICTION = "CA"
_SNIFF_CHARS = 30000
# A "Class Code:" line alone is no sign: city and county pages have one too. CalHR's pages carry the State
# Personnel Board's banner, a "Schematic Code:" line, a table of class titles and codes, the address they were
# saved from, or (an abolished class's stub) a class code and the word "Abolished".
_SIGNS = re.compile(
    r"state\s+personnel\s+board|schem(?:atic)?\s+code\s*(?::|&#58;|&#x3a;|<)|class\s+titles?\s+and\s+codes"
    r"|calhr\.ca\.gov",
    re.IGNORECASE,
)
_CLASS_CODE = re.compile(r"class\s+code\s*(?::|&#58;|&#x3a;)", re.IGNORECASE)
_HTML = re.compile(r"<(?:h[1-6]|p|div|table|ul|li|strong)\b", re.IGNORECASE)
_SOURCE_COMMENT = re.compile(r"^\s*source:\s*(\S+)")
# CalHR files a class's page under its four-character class code.
_PAGE_NAME = re.compile(r"^[0-9][0-9A-Z]{3}$")
_HISTORY = "Class History"


def looks_like(text: str) -> bool:
    """Cheap sniff: HTML that carries a CalHR class-spec mark (the board's banner, "Schematic Code:", "… Class
    Titles and Codes")."""
    head = text[:_SNIFF_CHARS]
    if not _HTML.search(head):
        return False
    return bool(_SIGNS.search(head)) or (bool(_CLASS_CODE.search(head)) and "abolished" in head.lower())


looks_like_calhr = looks_like


def parse(text: str, source: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    """The registry's entry: a CalHR page is California's, so ``jurisdictions`` is not needed."""
    return parse_calhr(text, source)


def parse_calhr(text: str, source: str = "") -> Document:
    """Read one CalHR class-specification page: its series (for a series page) and every class on it."""
    try:
        blocks, comments = html_blocks(text)
    except AssertionError as error:  # html.parser's way of refusing markup it cannot read
        raise DocumentError(f"unreadable HTML: {error}") from None
    address = next((m.group(1) for c in comments if (m := _SOURCE_COMMENT.match(c))), "")
    source = source or address
    texts = joined([b.text for b in blocks])  # "respon- sibility" → "responsibility"
    blocks = [b if b.text == t else b._replace(text=t) for b, t in zip(blocks, texts)]
    page = read_page(blocks)
    if not page.classes:
        raise DocumentError(
            "not a CalHR class specification: no 'Class Code:' line and no table of class titles and codes"
        )
    for entry in page.classes:
        if not entry.number:
            raise DocumentError("the 'Class Code:' line has no class number")
        if not CLASS_NUMBER.match(entry.number):
            raise DocumentError(f"'{entry.number[:40]}' is not a class code")
        if page.is_series and not entry.title:
            raise DocumentError(f"class {entry.number} has no title in the table of class titles and codes")
    if page.is_series:
        return _series_document(page, source)
    return _own_code(_single_document(page, source), _page_name(address or source))


def _page_name(address: str) -> str:
    """The class code a page is filed under: its address's or file's name ("…/Pages/3662.aspx" → 3662)."""
    name = re.split(r"[/\\]", address)[-1].rsplit(".", 1)[0] if address else ""
    return name if _PAGE_NAME.match(name) else ""


def _own_code(document: Document, page_name: str) -> Document:
    """A single-class page whose "Class Code:" line gives another page's code (3662.html says 3661) is the
    class of its own page: saved under the code it is filed under, so that it never takes the title of the class
    that has the other code; the import says so."""
    (spec,) = document.classes
    if not page_name or spec.number == page_name:
        return document
    warning = (f"the page's 'Class Code:' line says {spec.number}, but the page is {page_name}: imported as "
               f"{page_name} ({spec.title}); check which code is right")
    return replace(document, classes=(replace(spec, number=page_name),), warnings=(*document.warnings, warning))


def _single_document(page: Page, source: str) -> Document:
    entry = page.classes[0]
    if not entry.title:
        raise DocumentError(f"class {entry.number} has no title (no <h1> heading)")
    parts = page_parts(page.content, [entry.title], own_title=entry.title)
    sections = _merged([s for part in parts for s in part_sections(part)])
    sections += _history(entry)
    if not sections:
        raise DocumentError(f"class {entry.number} ({entry.title}): the page holds no specification text")
    return Document("calhr", (), (_class_spec(entry, None, sections, source),))


def _series_document(page: Page, source: str) -> Document:
    titles = [c.title for c in page.classes]
    sections_of = [(p.targets, part_sections(p)) for p in page_parts(page.content, titles)]
    shared_purpose = tuple(
        item.text
        for targets, sections in sections_of
        if targets is None
        for s in sections
        if s.kind == "purpose"
        for item in s.items
    )
    series = Series(
        jurisdiction=JURISDICTION,
        code=page.classes[0].number,
        title=page.title,
        effective_date=max(filter(None, (page.series_established, page.series_revised)), default=None),
        purpose=shared_purpose,
    )
    classes = []
    for index, entry in enumerate(page.classes):
        own = [s for targets, sections in sections_of if targets is None or index in targets for s in sections]
        classes.append(_class_spec(entry, series, _merged(own) + _history(entry), source))
    return Document("calhr", (series,), tuple(classes))


def _merged(sections: list[Section]) -> list[Section]:
    """One section per kind and heading, items in page order ("All Levels" items and a level's own together)."""
    merged: dict[tuple[str, str], Section] = {}
    for s in sections:
        if not s.items:
            continue
        key = (s.kind, s.heading.lower().rstrip(": "))
        if key in merged:
            merged[key] = Section(s.kind, merged[key].heading, merged[key].items + s.items)
        else:
            merged[key] = s
    return list(merged.values())


def _history(entry: ClassEntry) -> list[Section]:
    if not entry.abolished_note:
        return []
    return [Section("other", _HISTORY, (Item(entry.abolished_note),))]


def _class_spec(entry: ClassEntry, series: Series | None, sections: list[Section], source: str) -> ClassSpec:
    return ClassSpec(
        jurisdiction=JURISDICTION,
        number=entry.number,
        title=entry.title,
        series=series,
        effective_date=max(filter(None, (entry.established, entry.revised)), default=None),
        sections=tuple(sections),
        established=entry.established,
        abolished=entry.abolished,
        source=source,
    )
