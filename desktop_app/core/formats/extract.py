"""Plain text out of PDF (pypdf) and Word .docx (python-docx) files, for the text parsers; no Qt, no SQL."""

from __future__ import annotations

import io
import logging
import zipfile

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.page_layout import clean_line, pages_to_text

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What a document may unpack to: a class specification's Word file unpacks to kilobytes of XML, a PDF page's text
# stream to kilobytes. Past these it is a bomb (a few hundred kilobytes that inflate to gigabytes), refused after
# reading a bounded amount.
MAX_INFLATED_BYTES = 64 * 1048576
MAX_STREAM_BYTES = 5 * 1048576
MAX_PDF_PAGES = 500  # an OLE2 container: an old .doc, or an encrypted .docx
_RULE_CHARS = set("-=_–—")


def pdf_text(data: bytes) -> str:
    """The text of a PDF as paragraphs separated by blank lines, running headers and page numbers removed.

    Raises DocumentError for a file that is not a readable PDF, is password-protected, or has no text.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.strip():
        raise DocumentError("the document is empty")
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError("not a PDF file (it does not start with %PDF-)")
    # pypdf logs its repairs of damaged files ("EOF marker not found"); the reason reaches the user as the error.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with _bounded_streams():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _unlock(reader):
                raise DocumentError("the PDF is password-protected or encrypted; save an unprotected copy and "
                                    "import that")
            if len(reader.pages) > MAX_PDF_PAGES:
                raise DocumentError(f"the PDF has {len(reader.pages)} pages; a class specification has at most "
                                    f"{MAX_PDF_PAGES}")
            pages = [_page_lines(page) for page in reader.pages]
    except DocumentError:
        raise
    except PyPdfError as error:
        if type(error).__name__ == "LimitReachedError":
            raise DocumentError(f"a page of the PDF unpacks to more than {MAX_STREAM_BYTES // 1048576} MB; "
                                "a class specification's page is far smaller") from None
        raise DocumentError(f"not a readable PDF ({type(error).__name__}: {error})") from None
    except Exception as error:  # noqa: BLE001 - a damaged PDF makes pypdf raise almost anything
        raise DocumentError(f"not a readable PDF ({type(error).__name__})") from None
    if not pages:
        raise DocumentError("the PDF has no pages")
    text = pages_to_text(pages)
    if not text.strip():
        raise DocumentError("the PDF has no text (a scanned image? it needs OCR first)")
    return text


def _bounded_streams():
    """pypdf's limits on what one stream may inflate to, lowered to a class specification's size (pypdf 7 and
    later; older versions keep their own limits)."""
    import contextlib

    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return contextlib.nullcontext()
    return apply(zlib_maximum_output_length=MAX_STREAM_BYTES, lzw_maximum_output_length=MAX_STREAM_BYTES,
                 run_length_maximum_output_length=MAX_STREAM_BYTES, brotli_maximum_output_length=MAX_STREAM_BYTES,
                 array_based_stream_maximum_output_length=MAX_STREAM_BYTES)


def _unlock(reader) -> bool:
    """Open a PDF protected only against editing: its user password is empty."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - pypdf raises several kinds (missing AES support among them)
        return False


def _page_lines(page) -> list[str]:
    # Layout mode keeps vertical space as blank lines, which is how paragraphs are told apart;
    # plain mode is the fallback for pages the layout engine cannot place.
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except Exception:  # noqa: BLE001 - the layout engine fails on some fonts; plain text still works
        text = page.extract_text() or ""
    return text.split("\n")


def docx_text(data: bytes) -> str:
    """The body text of a Word .docx, one paragraph (or table row) per paragraph, separated by blank lines.

    Page headers and footers live apart from the body in a .docx and are left out. Raises DocumentError
    for a file that is not a .docx (an old .doc among them), is password-protected, or has no text.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not data.strip():
        raise DocumentError("the document is empty")
    if data.startswith(_OLE):
        raise DocumentError(
            "an old Word .doc or a password-protected .docx; save it as an unprotected .docx and import that"
        )
    _refuse_a_bomb(data)
    try:
        document = docx.Document(io.BytesIO(data))
        from desktop_app.core.formats import printed

        if printed.is_word_printout(document):
            return printed.word_markdown(document)
        paragraphs = list(_docx_paragraphs(document))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(f"not a readable Word .docx ({type(error).__name__}: {error})") from None
    except Exception as error:  # noqa: BLE001 - lxml and python-docx raise many kinds on damaged parts
        raise DocumentError(f"not a readable Word .docx ({type(error).__name__})") from None
    text = "\n\n".join(p for p in paragraphs if p and not set(p.replace(" ", "")) <= _RULE_CHARS)
    if not text:
        raise DocumentError("the Word document has no text")
    return text + "\n"


# A table of fields ("Position Title | Director"): its labels are a few words.
_LABEL_WORDS = 5


def _row_text(cells: list[str]) -> str:
    """A table row as one paragraph; a field's row, a label and its value, reads "Label: value"."""
    if len(cells) == 2 and len(cells[0].split()) <= _LABEL_WORDS and ":" not in cells[0] and cells[0][-1:].isalnum():
        return f"{cells[0]}: {cells[1]}"
    return " ".join(cells)


def _refuse_a_bomb(data: bytes) -> None:
    """A .docx that would unpack past MAX_INFLATED_BYTES. The sizes are the ones the archive declares, and they
    hold: zipfile reads no part beyond its declared size (past it, the part fails its check)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # python-docx says what is wrong with it
    if unpacked > MAX_INFLATED_BYTES:
        raise DocumentError(f"the Word document unpacks to more than {MAX_INFLATED_BYTES // 1048576} MB; "
                            "a class specification's is far smaller")


def _docx_paragraphs(document):
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    text = clean_line(" ".join(p.text for p in cell.paragraphs))
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                yield _row_text(cells)
        else:
            # A line break inside a paragraph is a hard wrap: the paragraph goes on after it.
            yield clean_line(block.text.replace("\n", " "))
