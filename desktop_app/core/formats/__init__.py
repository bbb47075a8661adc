"""Document formats: sniff what a file is and parse it to the model. The user never picks a format. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import calhr, das
from desktop_app.core.formats.text_input import decode
from desktop_app.core.model import Document

# A class specification is tens of kilobytes; a series PDF a few megabytes. Past this, refuse rather than stall.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".pdf", ".docx")


def parse_document(data: bytes, name: str = "") -> Document:
    """Parse the bytes of one document, whatever its format; raises DocumentError, never anything else."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"the file is {len(data) / 1048576:.1f} MB; a class specification is at most "
            f"{MAX_DOCUMENT_BYTES // 1048576} MB"
        )
    if data.startswith(b"%PDF"):
        return _extracted("pdf", data, name)
    if data.startswith(b"PK\x03\x04"):
        return _extracted("docx", data, name)
    return parse_text(decode(data), name)


def _extracted(kind: str, data: bytes, name: str) -> Document:
    """A PDF or Word document: its text extracted, then read by whichever format that text is in."""
    from desktop_app.core.formats import extract  # pypdf and python-docx load only for such documents

    text = extract.pdf_text(data) if kind == "pdf" else extract.docx_text(data)
    document = parse_text(text, name)
    return replace(document, format=f"{document.format} ({kind})")


def sniff_format(data: bytes) -> str:
    """What a document looks like, for reports about documents that failed: das, calhr, pdf, docx or unknown."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    try:
        text = decode(data[:65536])
    except DocumentError:
        return "unknown"
    if calhr.looks_like_calhr(text):
        return "calhr"
    if das.looks_like_das(text):
        return "das"
    return "unknown"


def parse_text(text: str, name: str = "") -> Document:
    if calhr.looks_like_calhr(text):
        return calhr.parse_calhr(text, name)
    if das.looks_like_das(text):
        return das.parse_das(text, name)
    raise DocumentError("no class specification found: not an Ohio DAS or CalHR class specification")
