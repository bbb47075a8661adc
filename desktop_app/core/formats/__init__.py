"""Document formats: sniff what a file is and parse it to the model. The user never picks a format. No Qt, no SQL.

FORMATS is the one list of formats: sniffing, parsing, the refusal of a document no format reads, the import
dialog's file filter and ``import --report`` all read it. Each format is one module with NAME (as reports
show it), LABEL (what it reads, in a sentence), SUFFIXES (the files it comes in besides PDF and Word),
``looks_like(text)`` and ``parse(text, source, jurisdictions)`` (and NAMED_IN_REFUSALS = False where a
refusal's "not a …" should not name it). They are tried in order: a class spec this
program printed (Markdown or Word, read back), then the formats that know one government's layout, and the one
that reads any document by its headings last, so that it never takes their documents.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import calhr, das, generic, printed
from desktop_app.core.formats.text_input import decode
from desktop_app.core.jurisdictions import Jurisdictions
from desktop_app.core.model import Document

FORMATS = (printed, calhr, das, generic)
# Containers of text: their text is extracted, then read by whichever format it is in.
CONTAINERS = {".pdf": "PDF", ".docx": "Word"}
# A class specification is tens of kilobytes; a series PDF a few megabytes. Past this, refuse rather than stall.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_SUFFIXES = tuple(dict.fromkeys([s for f in FORMATS for s in f.SUFFIXES] + list(CONTAINERS)))


def check_size(size: int) -> None:
    """Refuse a document over MAX_DOCUMENT_BYTES, before reading it where its size is known first."""
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"the file is {size / 1048576:.1f} MB; a class specification is at most "
            f"{MAX_DOCUMENT_BYTES // 1048576} MB"
        )


def file_filter() -> str:
    """The import dialog's file filter: every kind of file a format reads, then all files."""
    patterns = " ".join(f"*{suffix}" for suffix in DOCUMENT_SUFFIXES)
    return f"Specification documents ({patterns});;All files (*)"


def parse_document(data: bytes, name: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    """Parse the bytes of one document, whatever its format; raises DocumentError, never anything else.

    ``jurisdictions`` tells a format that reads documents of any government which jurisdictions the library
    knows, and which one the user named for documents that do not say.
    """
    check_size(len(data))
    if data.startswith(b"%PDF"):
        return _extracted("pdf", data, name, jurisdictions)
    if data.startswith(b"PK\x03\x04"):
        return _extracted("docx", data, name, jurisdictions)
    return parse_text(decode(data), name, jurisdictions)


def _extracted(kind: str, data: bytes, name: str, jurisdictions: Jurisdictions | None) -> Document:
    """A PDF or Word document: its text extracted, then read by whichever format that text is in."""
    from desktop_app.core.formats import extract  # pypdf and python-docx load only for such documents

    text = extract.pdf_text(data) if kind == "pdf" else extract.docx_text(data)
    document = parse_text(text, name, jurisdictions)
    return replace(document, format=f"{document.format} ({kind})")


def sniff_format(data: bytes) -> str:
    """What a document looks like, for reports about documents that failed: a format's NAME, pdf, docx or unknown."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    try:
        text = decode(data[:65536])
    except DocumentError:
        return "unknown"
    found = format_of(text)
    return found.NAME if found else "unknown"


def format_of(text: str):
    """The first format of FORMATS that the text looks like, or None."""
    return next((f for f in FORMATS if f.looks_like(text)), None)


def parse_text(text: str, name: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    found = format_of(text)
    if found is None:
        from desktop_app.core.formats.own_reports import refusal  # what this program wrote, named as such

        if ours := refusal(text):
            raise DocumentError(ours)
        hints = [hint for f in FORMATS if (hint := getattr(f, "why_not", lambda _text: "")(text))]
        raise DocumentError(f"no class specification found: {hints[0] if hints else 'not ' + _labels()}")
    return found.parse(text, name, jurisdictions)


def _labels() -> str:
    labels = [f.LABEL for f in FORMATS if getattr(f, "NAMED_IN_REFUSALS", True)]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"
