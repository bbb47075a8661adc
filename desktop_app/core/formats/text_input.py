"""Bytes of a text document to clean text lines; shared by the text formats. No Qt, no SQL."""

from __future__ import annotations

import re

from desktop_app.core.errors import DocumentError

# Bytes that never occur in a text document; a few of them in the first pages mean binary data.
_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)

PAGE_BREAK = "\x00"
_PAGE_FOOTER = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)\s*$", re.IGNORECASE)
# Table rules from PDF conversion: "---", "---\t------\t----", "====", "|---|".
# Possessive, and three marks then any: "{3,}" followed by the same marks retried every split of a long line.
_RULE = re.compile(r"^[\s|+]*+[-=_–—]{3}[-=_–—\s|+]*+$")


_BYTE_ORDER_MARKS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                     (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it is valid; UTF-16 or UTF-32 (Windows' "Unicode" text), told by their
    byte-order mark or their zero bytes; else Windows-1252, the other encoding DAS files come in. Text in any
    other encoding is refused, not read as Windows-1252 and stored garbled."""
    if not data.strip():
        raise DocumentError("the document is empty")
    wide = _wide_encoding(data)
    if wide:
        try:
            text = data.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise DocumentError("not a text document (binary data)") from None
        if not text.strip():
            raise DocumentError("the document is empty")
        return text
    head = data[:8192]
    control = len(head.translate(None, _NOT_CONTROL))  # the control bytes alone, counted in C
    if b"\x00" in head or control > len(head) // 100 + 2:
        raise DocumentError("not a text document (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if not _western(data):
        raise DocumentError("the text is in an encoding that cannot be recognised (not UTF-8, UTF-16 or "
                            "Windows-1252); save it as UTF-8 and import that")
    # cp1252 leaves five bytes undefined; those decode as Latin-1 rather than fail the whole document.
    return "".join(
        chunk.decode("cp1252", errors="strict") if i % 2 == 0 else chunk.decode("latin-1")
        for i, chunk in enumerate(re.split(rb"([\x81\x8d\x8f\x90\x9d]+)", data))
    )


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, from the byte-order mark, or from where the zero bytes of Latin letters fall."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding
    head = data[:4096]
    if len(head) < 16:
        return None

    def zeros(start: int, step: int) -> float:
        lane = head[start::step]
        return lane.count(0) / len(lane)

    for encoding, zero_lanes, step in (("utf-32-le", (1, 2, 3), 4), ("utf-32-be", (0, 1, 2), 4),
                                       ("utf-16-le", (1,), 2), ("utf-16-be", (0,), 2)):
        text_lanes = [lane for lane in range(step) if lane not in zero_lanes]
        if all(zeros(lane, step) > 0.9 for lane in zero_lanes) and all(zeros(lane, step) < 0.1 for lane in text_lanes):
            return encoding
    return None


def _western(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 read as Windows-1252: its accented letters and curly quotes stand mostly
    alone among ASCII letters, where the bytes of an East Asian encoding come in runs, two for each character."""
    runs = re.findall(rb"[\x80-\xff]+", data)
    high = sum(map(len, runs))
    in_runs = sum(len(run) for run in runs if len(run) > 1)
    return high < 16 or in_runs * 2 <= high


def clean_lines(text: str) -> list[str]:
    """One entry per line of the original (so line numbers hold), with conversion artifacts blanked.

    Non-breaking spaces and form feeds inside a line become spaces; ``**`` bold marks disappear; table
    rules ("---") become empty lines. Page footers ("Page 2 of 5") and lines holding only a form feed
    become PAGE_BREAK: a break that may fall inside a paragraph, unlike an empty line.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2007", " ").replace("\u202f", " ")
    text = text.replace("**", " ")
    lines = []
    for line in text.split("\n"):
        if _PAGE_FOOTER.match(line) or ("\f" in line and not line.replace("\f", "").strip()):
            lines.append(PAGE_BREAK)
        elif _RULE.match(line):
            lines.append("")
        else:
            lines.append(line.replace("\f", " "))
    return lines


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when lines are whole paragraphs."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip() and line != PAGE_BREAK)
    if len(widths) < 10 or widths[int(len(widths) * 0.95) - 1] > 120:
        return None
    return widths[-1]


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())
