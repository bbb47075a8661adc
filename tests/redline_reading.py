"""Reading a Word file's text as a reader would after accepting, or after rejecting, every tracked change; and
what a spec's document must read, paragraph by paragraph, stated from the spec itself."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from desktop_app.core.model import SECTION_TITLES, ClassSpec

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body_paragraphs(docx: bytes):
    """The body's paragraphs a reader sees: not a paragraph of hidden text (its mark hidden), such as the note a
    printout keeps for reading it back."""
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return [p for p in root.find(f"{W}body").findall(f"{W}p") if p.find(f"{W}pPr/{W}rPr/{W}vanish") is None]


def _mark(paragraph) -> str | None:
    """"ins" or "del" where the paragraph mark itself is a tracked change."""
    marks = paragraph.find(f"{W}pPr/{W}rPr")
    if marks is None:
        return None
    for name in ("ins", "del"):
        if marks.find(f"{W}{name}") is not None:
            return name
    return None


def settled_text(docx: bytes, accept: bool) -> list[str]:
    """The paragraphs' texts once every change is accepted (``accept``) or rejected. A paragraph whose mark is
    deleted (accepting) or inserted (rejecting) joins the next one."""
    keep, drop = ("ins", "del") if accept else ("del", "ins")
    texts: list[str] = []
    carried = ""
    for paragraph in body_paragraphs(docx):
        text = carried
        for element in paragraph.iter(f"{W}t", f"{W}delText"):
            inside = {a.tag for a in element.iterancestors()}
            if f"{W}{drop}" in inside:
                continue
            text += element.text or ""
        if _mark(paragraph) == drop:
            carried = text
            continue
        carried = ""
        texts.append(text)
    if carried:
        texts.append(carried)
    return texts


def revisions(docx: bytes) -> list[tuple[str, str, str, str]]:
    """(kind, author, date, text) of every tracked change in the body, paragraph marks with text ''."""
    found = []
    for paragraph in body_paragraphs(docx):
        for element in paragraph.iter(f"{W}ins", f"{W}del"):
            text = "".join(t.text or "" for t in element.iter(f"{W}t", f"{W}delText"))
            found.append((element.tag[len(W):], element.get(f"{W}author"), element.get(f"{W}date"), text))
    return found


def expected_paragraphs(spec: ClassSpec) -> list[str]:
    """What the document of a spec reads: its title, its facts, then each section's heading, note and items."""
    lines = [spec.title, f"Class number: {spec.number}"]
    if spec.series:
        lines.append(f"Series: {spec.series.code} {spec.series.title}")
    if spec.bargaining_unit:
        lines.append(f"Bargaining unit: {spec.bargaining_unit}")
    if spec.effective_date:
        lines.append(f"Effective date: {spec.effective_date.isoformat()}")
    for section in spec.sections:
        lines.append(section.heading or SECTION_TITLES[section.kind])
        if section.note:
            lines.append(section.note)
        lines += [item.text + (" (developed after employment)" if item.after_employment else "")
                  for item in section.items]
    return lines


def items_by_section(lines: list[str], spec: ClassSpec) -> list[list[str]]:
    """The lines of a document read back as the spec's sections' items, by finding each heading in turn."""
    sections = []
    position = lines.index(spec.sections[0].heading or SECTION_TITLES[spec.sections[0].kind]) if spec.sections else 0
    for n, section in enumerate(spec.sections):
        assert lines[position] == (section.heading or SECTION_TITLES[section.kind])
        position += 1 + bool(section.note)
        end = position + len(section.items)
        sections.append(lines[position:end])
        position = end
        if n + 1 == len(spec.sections):
            assert lines[position:] == [], lines[position:]
    return sections
