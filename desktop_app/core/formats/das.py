"""State of Ohio DAS classification specifications (text extracted from the published PDF). No Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.items import characteristic_kind, list_items, split_characteristics
from desktop_app.core.formats.text_input import PAGE_BREAK, clean_lines, collapse_spaces, wrap_width
from desktop_app.core.formats.titles import CLASS_NUMBER
from desktop_app.core.jurisdictions import Jurisdictions
from desktop_app.core.model import ClassSpec, Document, Item, Section, Series

NAME = "das"
LABEL = "an Ohio DAS class specification"
SUFFIXES = (".txt", ".text")
JURISDICTION = "OH"

# Label text → field. Labels are upper case and end in a colon; words may be wrapped onto the next line.
_LABELS = {
    "CLASSIFICATION SERIES": "series_title",
    "SERIES NO.": "series_code",
    "SERIES NUMBER": "series_code",
    "MAJOR AGENCIES": "agencies",
    "SERIES PURPOSE": "purpose",
    "CLASS TITLE": "title",
    "CLASS NUMBER": "number",
    "BARGAINING UNIT": "bargaining_unit",
    "EFFECTIVE DATE": "effective_date",
    "CLASS CONCEPT": "concept",
    "JOB DUTIES IN ORDER OF IMPORTANCE": "duties",
    "MAJOR WORKER CHARACTERISTICS": "characteristics",
    "MINIMUM CLASS QUALIFICATIONS FOR EMPLOYMENT": "qualifications",
    "MINIMUM QUALIFICATIONS": "qualifications",
    "TRAINING AND DEVELOPMENT REQUIRED TO REMAIN IN THE CLASSIFICATION AFTER EMPLOYMENT": "training",
    "UNUSUAL WORKING CONDITIONS": "conditions",
}
_LABEL_RE = re.compile(
    "(?<![A-Z])("
    + "|".join(
        r"\s+".join(re.escape(word) for word in label.split())
        for label in sorted(_LABELS, key=len, reverse=True)
    )
    + r")\s*:"
)
_SCALAR_FIELDS = {"title", "number", "effective_date", "bargaining_unit"}
_SERIES_FIELDS = {"series_title", "series_code", "agencies", "purpose"}
_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ALTERNATIVE = re.compile(r"^[-–—]\s*(?=Or\b)")
_LEGEND = re.compile(r"\(\*\)\s*Developed\s+after\s+employment\.?", re.IGNORECASE)
_SENTENCE_END = tuple('.!?)"”’\'')
# A last paragraph may end without a full stop only when it is one of these whole answers.
_WHOLE_WITHOUT_STOP = re.compile(r"(?:none|not applicable|n/a)\.?", re.IGNORECASE)
_SECTION_FIELDS = ("concept", "duties", "characteristics", "qualifications", "training", "conditions")
_FIELD_WORDS = {
    "concept": "class concept", "duties": "job duties", "characteristics": "worker characteristics",
    "qualifications": "qualifications", "training": "training", "conditions": "working conditions",
}


@dataclass
class _Paragraph:
    text: str
    line: int


@dataclass
class _Field:
    name: str
    heading: str
    line: int
    paragraphs: list[_Paragraph]


@dataclass
class _ClassBlock:
    line: int
    fields: dict[str, _Field] = field(default_factory=dict)


def looks_like(text: str) -> bool:
    head = text[:20000]
    return bool(re.search(r"CLASS\s+NUMBER\s*:", head)) and bool(re.search(r"CLASS\s+TITLE\s*:", head))


looks_like_das = looks_like


def parse(text: str, source: str = "", jurisdictions: Jurisdictions | None = None) -> Document:
    """The registry's entry: an Ohio document says its own jurisdiction, so ``jurisdictions`` is not needed."""
    return parse_das(text, source)


def parse_das(text: str, source: str = "") -> Document:
    """Read one DAS specification document: its series and every class in it, complete or not at all."""
    lines = clean_lines(text)
    fields = _fields(lines, wrap_width(lines))
    if not any(f.name == "number" for f in fields):
        raise DocumentError("no class specification found (no 'CLASS NUMBER:' heading)")
    _refuse_cut_short(fields)

    series_fields = {}
    blocks: list[_ClassBlock] = []
    for f in fields:
        if f.name == "title" or (f.name == "number" and (not blocks or "number" in blocks[-1].fields)):
            blocks.append(_ClassBlock(f.line))
        if not blocks and f.name in _SERIES_FIELDS | {"effective_date"}:
            series_fields.setdefault(f.name, f)
        elif blocks:
            _add_field(blocks[-1], f)
    series = _series(series_fields)
    classes = _merge_blocks(blocks)
    _refuse_ending_inside_a_class(classes, fields[-1])
    if series is None:
        series = Series(JURISDICTION, classes[0]["number"][:4], "") if classes else None
    return Document(
        format="das",
        series=(series,) if series else (),
        classes=tuple(_class_spec(c, series, source) for c in classes),
    )


def _fields(lines: list[str], width: int | None) -> list[_Field]:
    text = "\n".join(lines)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)
    matches = list(_LABEL_RE.finditer(text))
    fields = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        label = collapse_spaces(m.group(1))
        line = _line_of(line_starts, m.start())
        value = text[m.end() : nxt.start() if nxt else len(text)]
        fields.append(_Field(_LABELS[label], label, line, _paragraphs(value, line, width)))
    return fields


def _line_of(line_starts: list[int], offset: int) -> int:
    lo, hi = 0, len(line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _paragraphs(value: str, first_line: int, width: int | None) -> list[_Paragraph]:
    """Blank-line separated paragraphs, hard wraps joined, paragraphs cut by a page break joined back."""
    paragraphs: list[_Paragraph] = []
    current: list[str] = []
    start = first_line
    raw_lines = value.split("\n")
    breaks = _page_break_lines(raw_lines)
    for offset, raw in enumerate(raw_lines):
        if breaks[offset]:
            # A full last line before the page break means the paragraph runs on to the next page.
            if current and not (width and len(current[-1]) >= width - 15):
                paragraphs.append(_Paragraph(_join_lines(current), start))
                current = []
            continue
        line = raw.strip()
        if line and _ALTERNATIVE.match(line) and current:
            paragraphs.append(_Paragraph(_join_lines(current), start))
            current = []
        if not line:
            if current:
                paragraphs.append(_Paragraph(_join_lines(current), start))
                current = []
            continue
        if not current:
            start = first_line + offset
        current.append(line)
    if current:
        paragraphs.append(_Paragraph(_join_lines(current), start))

    joined: list[_Paragraph] = []
    for p in paragraphs:
        if joined and _continues(joined[-1].text, p.text):
            joined[-1] = _Paragraph(_join_lines([joined[-1].text, p.text]), joined[-1].line)
        else:
            joined.append(p)
    return joined


def _join_lines(lines: list[str]) -> str:
    """Hard-wrapped lines back into one paragraph; a line ending in a word's hyphen ("lower-") runs on."""
    text = lines[0]
    for line in lines[1:]:
        joiner = "" if re.search(r"\w-$", text) else " "
        text = f"{text}{joiner}{line}"
    return collapse_spaces(text)


def _page_break_lines(lines: list[str]) -> list[bool]:
    """Which lines belong to a page break: the break itself and the empty lines around it (one pass)."""
    flags = [line == PAGE_BREAK for line in lines]
    i = 0
    while i < len(lines):
        if lines[i].strip() or flags[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and not lines[j].strip() and not flags[j]:
            j += 1
        if (i > 0 and flags[i - 1]) or (j < len(lines) and flags[j]):
            for k in range(i, j):
                flags[k] = True
        i = j
    return flags


def _continues(previous: str, text: str) -> bool:
    """A page break cut this paragraph: it starts in lower case, or the one before stopped mid-sentence."""
    if _ALTERNATIVE.match(text):
        return False
    return text[0].islower() or not previous.endswith(_SENTENCE_END + (":", ";"))


def _refuse_cut_short(fields: list[_Field]) -> None:
    last = fields[-1]
    if not last.paragraphs:
        raise DocumentError(f"the document ends at the heading '{last.heading}' (cut short?)", last.line)
    final = last.paragraphs[-1]
    if not final.text.endswith(_SENTENCE_END) and not _WHOLE_WITHOUT_STOP.fullmatch(final.text):
        raise DocumentError("the document ends in the middle of a sentence (cut short?)", final.line)


def _refuse_ending_inside_a_class(classes: list[dict], last: _Field) -> None:
    """A document cut between two sections of its last class: the other classes go on, after the section the
    document ends with, to sections every one of them has and the last class lacks."""
    final = classes[-1]
    if len(classes) < 2 or last.name not in _SECTION_FIELDS or final["fields"].get(last.name) is not last:
        return
    missing: list[str] | None = None
    for other in classes[:-1]:
        order = [name for name in other["fields"] if name in _SECTION_FIELDS]
        after = order[order.index(last.name) + 1:] if last.name in order else []
        missing = after if missing is None else [name for name in missing if name in after]
    if missing:
        title = _value(final["fields"].get("title"))
        others = "the other class has" if len(classes) == 2 else "the other classes have"
        raise DocumentError(
            f"the document ends inside class {final['number']} ({title}): it has no "
            f"{' or '.join(_FIELD_WORDS[name] for name in missing)}, which {others} after its "
            f"{_FIELD_WORDS[last.name]} (cut short?)",
            last.line,
        )


def _add_field(block: _ClassBlock, f: _Field) -> None:
    existing = block.fields.get(f.name)
    if existing is None:
        block.fields[f.name] = f
    elif f.name not in _SCALAR_FIELDS:
        existing.paragraphs.extend(f.paragraphs)


def _merge_blocks(blocks: list[_ClassBlock]) -> list[dict]:
    """The summary list and the detail pages describe the same classes; join them by class number."""
    by_number: dict[str, dict] = {}
    for block in blocks:
        number_field = block.fields.get("number")
        title_field = block.fields.get("title")
        if number_field is None or not number_field.paragraphs:
            title = _value(title_field) if title_field else "?"
            raise DocumentError(f"class '{title}' has no class number", block.line)
        number = number_field.paragraphs[0].text.split()[0]
        if not CLASS_NUMBER.match(number):
            raise DocumentError(f"'{number}' is not a class number", number_field.line)
        merged = by_number.setdefault(number, {"number": number, "fields": {}})
        merged["line"] = block.line  # errors point at the class's last (detail) block
        for name, f in block.fields.items():
            if name == "effective_date":
                _date(f)  # a bad date anywhere is an error, even where a later block gives the date again
            earlier = merged["fields"].get(name)
            # The detail page comes after the summary list: its title, date and unit are the ones that hold.
            if earlier is None or (f.paragraphs and name in _SCALAR_FIELDS):
                merged["fields"][name] = f
                merged.setdefault("given_at", {})[name] = block.line
            elif name not in _SCALAR_FIELDS and _texts(f) != _texts(earlier):
                # The summary list gives a class's concept, its own pages the rest: a section given twice,
                # differently, is the class described twice, and joining the two would make a class that
                # neither describes.
                title = _value(merged["fields"].get("title"))
                raise DocumentError(
                    f"class {number} ({title}) is given twice (from line {merged['given_at'][name]}, and here)",
                    block.line,
                )
    return list(by_number.values())


def _texts(f: _Field) -> list[str]:
    return [p.text for p in f.paragraphs]


def _value(f: _Field | None) -> str:
    if f is None or not f.paragraphs:
        return ""
    return " ".join(p.text for p in f.paragraphs)


def _date(f: _Field | None) -> date | None:
    text = _value(f)
    if not text:
        return None
    m = _DATE.match(text)
    if not m:
        raise DocumentError(f"'{text[:40]}' is not a date (expected MM/DD/YYYY)", f.paragraphs[0].line)
    month, day, year = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DocumentError(f"'{m.group(0)}' is not a date", f.paragraphs[0].line) from None


def _series(fields: dict[str, _Field]) -> Series | None:
    code = _value(fields.get("series_code"))
    if not code:
        return None
    return Series(
        jurisdiction=JURISDICTION,
        code=code.split()[0],
        title=_value(fields.get("series_title")),
        major_agencies=_value(fields.get("agencies")),
        effective_date=_date(fields.get("effective_date")),
        purpose=tuple(p.text for p in fields["purpose"].paragraphs) if "purpose" in fields else (),
    )


def _class_spec(merged: dict, series: Series | None, source: str) -> ClassSpec:
    fields: dict[str, _Field] = merged["fields"]
    number = merged["number"]
    title = _value(fields.get("title"))
    if not title:
        raise DocumentError(f"class {number} has no class title", merged["line"])
    for required, what in (("duties", "job duties"), ("qualifications", "minimum qualifications")):
        if not _value(fields.get(required)):
            raise DocumentError(
                f"class {number} ({title}) has no {what}: the document may be cut short", merged["line"]
            )
    sections: list[Section] = []
    if series and series.purpose:
        # Every class of the series carries its purpose, as CalHR classes do: a class then compares with a
        # class of another jurisdiction section by section, purpose included.
        sections.append(Section("purpose", "SERIES PURPOSE", tuple(Item(p) for p in series.purpose)))
    if "concept" in fields:
        sections.append(_plain_section("concept", fields["concept"]))
    sections.append(_duties(fields["duties"]))
    if "characteristics" in fields:
        sections.extend(_characteristics(fields["characteristics"]))
    sections.append(_plain_section("qualifications", fields["qualifications"]))
    for name in ("training", "conditions"):
        if _value(fields.get(name)):
            sections.append(_plain_section(name, fields[name]))
    return ClassSpec(
        jurisdiction=JURISDICTION,
        number=number,
        title=title,
        series=series,
        bargaining_unit=_value(fields.get("bargaining_unit")).split(" ")[0],
        effective_date=_date(fields.get("effective_date")),
        sections=tuple(s for s in sections if s.items),
        source=source,
    )


def _plain_section(kind: str, f: _Field) -> Section:
    items = []
    for p in f.paragraphs:
        text = _ALTERNATIVE.sub("", p.text) if kind == "qualifications" else p.text
        items.append(Item(text))
    return Section(kind, f.heading, tuple(items))


def _duties(f: _Field) -> Section:
    paragraphs = list(f.paragraphs)
    note = ""
    if paragraphs and paragraphs[0].text.startswith("(") and paragraphs[0].text.endswith(")"):
        note = paragraphs.pop(0).text[1:-1].strip()
    return Section("duties", f.heading, tuple(Item(p.text) for p in paragraphs), note=note)


def _characteristics(f: _Field) -> list[Section]:
    text = _LEGEND.sub(" ", " ".join(p.text for p in f.paragraphs))
    before, runs = split_characteristics(collapse_spaces(text))
    sections = []
    if before:
        sections.append(Section("other", f.heading, (Item(before),)))
    for lead_in, run in runs:
        sections.append(Section(characteristic_kind(lead_in), lead_in, tuple(list_items(run))))
    return _merge_same_kind(sections)


def _merge_same_kind(sections: list[Section]) -> list[Section]:
    merged: dict[str, Section] = {}
    for s in sections:
        if s.kind in merged and s.kind != "other":
            merged[s.kind] = Section(s.kind, merged[s.kind].heading, merged[s.kind].items + s.items)
        else:
            merged.setdefault(s.kind if s.kind != "other" else f"other{len(merged)}", s)
    return list(merged.values())
