"""Class specifications of any jurisdiction that name their sections with headings: city and county specs
(the NEOGOV layout among them), class bulletins, work descriptions; as text, HTML, or extracted from PDF and
Word. The last format of the registry: it reads what no government's own format claims. Stdlib only.

One document is one class. Its title, code and jurisdiction come from its fields, its first lines or its
file name (class_identity); its sections from its headings (heading_walk, heading_sections).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.errors import DocumentError, JurisdictionNotSaid
from desktop_app.core.formats.class_identity import read_identity, series_name
from desktop_app.core.formats.document_lines import Paragraph, paragraphs
from desktop_app.core.formats.heading_sections import part_sections
from desktop_app.core.formats.heading_walk import Walk, walk
from desktop_app.core.jurisdictions import Jurisdictions
from desktop_app.core.model import ClassSpec, Document, Section, Series

NAME = "generic"
LABEL = "a class specification with headings such as Definition, Duties and Minimum Qualifications"
SUFFIXES = (".txt", ".text", ".htm", ".html")
_SNIFF_CHARS = 60000
# Headings that make a class specification: a document needs two kinds of them (or a class's own field and one).
_MAIN = frozenset(("concept", "duties", "ksa", "knowledge", "skills", "abilities", "qualifications"))
_SIGNS = frozenset(_MAIN | {"conditions", "supervision", "licence", "purpose", "training"})
# All the text under the headings of a stub fits in a line.
_STUB_CHARS = 100
# Text whose lines run this long has lost its line structure (OCR, a copy without line breaks).
_RUN_ON = 1500
_HEADING_WORDS = re.compile(
    r"\b(?:DEFINITION|ESSENTIAL (?:DUTIES|FUNCTIONS)|EXAMPLES OF DUTIES|MINIMUM QUALIFICATIONS|KNOWLEDGE,? SKILLS"
    r"|Essential (?:Duties|Functions)|Examples of Duties|Minimum Qualifications|Knowledge, Skills)\b"
)


@lru_cache(maxsize=2)
def _read(text: str) -> tuple[list[Paragraph], Walk]:
    """The paragraphs and the parts of a text; kept for the one text that is sniffed, then parsed."""
    every = paragraphs(text)
    return every, walk(every)


def looks_like(text: str) -> bool:
    """Two kinds of section heading on lines of their own (or a class's field and one)."""
    _every, found = _read(text[:_SNIFF_CHARS])
    roles = found.roles() & _SIGNS
    return len(roles) >= 2 or (bool(roles) and bool(found.fields))


def why_not(text: str) -> str:
    """Why the text is not a document of this format, where more can be said than that it is none."""
    lines = [line for line in text[:_SNIFF_CHARS].splitlines() if line.strip()]
    if lines and max(len(line) for line in lines) > _RUN_ON and len(_HEADING_WORDS.findall(text)) >= 2:
        return ("its section headings are not on lines of their own (the text has lost its line breaks: "
                "OCR, or a copy of a page?)")
    return ""


def parse(text: str, source: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    """One class from a document with section headings; DocumentError for anything that is not one: a position
    description, or what this program wrote (a report, a printed spec), which a CalHR or Ohio page never is."""
    from desktop_app.core.formats.own_reports import refusal
    from desktop_app.core.positions.parse import looks_like_position

    if ours := refusal(text):
        raise DocumentError(ours)
    if looks_like_position(text):
        raise DocumentError("a position description, not a class specification: import it as a position "
                            "(Audit a Position…, or classcompare position import FILE)")
    every, found = _read(text)
    if not found.roles() & _SIGNS:
        reason = why_not(text) or "no section headings such as Definition, Duties or Minimum Qualifications"
        raise DocumentError(f"no class specification found: {reason}")
    identity = read_identity(found.head, every, source)
    if not identity.title:
        raise DocumentError("the document gives no class title ('Job title:', 'Class Title:' or a title line), "
                            "and neither does its file name")
    sections = tuple(s for part in found.parts for s in part_sections(part) if s.items)
    named = f"class {identity.code} ({identity.title})" if identity.code else f"'{identity.title}'"
    _refuse_without_duties(named, sections, found)
    if not identity.code:
        raise DocumentError(f"'{identity.title}': the document gives no class code ('Class Code:', 'Job Code:' …), "
                            "and its file name does not start with one")
    jurisdictions = jurisdictions or Jurisdictions()
    # A field or banner says where the document is from; an employer's statement in the text says less than
    # the user who named the jurisdiction of the batch.
    if identity.jurisdiction:
        jurisdiction = jurisdictions.named(identity.jurisdiction)
    elif jurisdictions.default is not None:
        jurisdiction = jurisdictions.default
    elif identity.employer:
        jurisdiction = jurisdictions.named(identity.employer)
    else:
        raise JurisdictionNotSaid(f"class {identity.code} ({identity.title}): the document does not say which "
                            "jurisdiction it is from; import it with --jurisdiction NAME")
    concept = " ".join(i.text for s in sections if s.kind == "concept" for i in s.items)
    series_title = series_name(identity.title, concept)
    series = Series(jurisdiction.code, series_title, "") if series_title else None
    spec = ClassSpec(
        jurisdiction=jurisdiction.code,
        number=identity.code,
        title=identity.title,
        series=series,
        bargaining_unit=identity.bargaining_unit,
        effective_date=identity.effective,
        sections=sections,
        established=identity.established,
        source=source,
    )
    return Document(NAME, (series,) if series else (), (spec,), jurisdiction=jurisdiction)


def _refuse_without_duties(named: str, sections: tuple[Section, ...], found: Walk) -> None:
    """A page under review, a posting, a summary: no duties, no class specification."""
    if any(s.kind == "duties" for s in sections):
        return
    said = " ".join(e.text for part in found.parts for e in part.entries)
    if len(said) <= _STUB_CHARS:
        # "Job Description Under Review": a page published before its text was written.
        said = f" (it says only “{said}”)" if said else ""
        raise DocumentError(f"{named}: the document holds no specification text{said}")
    kinds = ", ".join(dict.fromkeys(s.kind for s in sections if s.kind != "other"))
    raise DocumentError(f"{named} has no job duties (found: {kinds}): a job posting or a summary, "
                        "not a class specification?")
