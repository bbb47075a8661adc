"""The parts of a heading-driven document to the model's sections: duties and their note, knowledge / skills /
abilities runs, qualifications as alternatives; a job posting's boilerplate left out. Stdlib only, no Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.formats.heading_walk import Entry, Part, is_mark_only, strip_mark
from desktop_app.core.formats.items import characteristic_kind, lead_in, list_items, split_runs
from desktop_app.core.formats.section_headings import heading_role, normalise, shown_heading
from desktop_app.core.model import Item, Section

_KINDS = ("knowledge", "skills", "abilities")
_PLAIN = {"concept": "concept", "purpose": "purpose", "training": "training", "conditions": "conditions",
          "licence": "conditions", "supervision": "other", "other": "other"}
# A paragraph of a posting's boilerplate, wherever it stands: it never reaches a section.
_BOILERPLATE = re.compile(
    r"\bequal (?:employment )?opportunity(?:/affirmative action)? employer\b|\bdoes not discriminate\b"
    r"|\b(?:apply|applications? (?:are|is) accepted|applications? must be (?:submitted|received|filed)) online\b"
    r"|\bto apply,|\bapplication deadline\b|\bfiling (?:period|deadline)\b|\bclosing date\b"
    r"|^\$\s?\d[\d,]*(?:\.\d\d)?\s*(?:-|–|to)\s*\$?\s?\d|^(?:salary|pay|compensation)(?: range)?\s*[:\-–]?\s*\$\s?\d"
    r"|\bthis (?:position|recruitment|posting) (?:will close|closes|is open)\b"
    # A saved or printed page's furniture: "Powered by NEOGOV | Privacy Policy | Terms of Use".
    r"|\bpowered by\b|\bprivacy policy\b|\bterms of use\b|\ball rights reserved\b|^©|^copyright\b",
    re.IGNORECASE,
)
# The remark that opens a duties list: "Class specifications are intended to present a descriptive list …",
# "Duties may include, but are not limited to, the following:".
_DUTIES_NOTE = re.compile(
    r"\b(?:intended to (?:present|describe|be)|illustrative|not (?:intended to be )?(?:all[- ])?inclusive|descriptive"
    r" list|may include,? but (?:are|is) not limited to|are (?:typical|representative|examples) of|examples of"
    r" (?:the )?(?:duties|work|functions)|(?:any|one) position may not perform|not intended to reflect)\b",
    re.IGNORECASE,
)
# The remark that opens the qualifications: "Any combination of experience and training that would likely provide
# the required knowledge and abilities may be qualifying. A typical way to obtain the knowledge … would be:".
_QUALIFICATIONS_NOTE = re.compile(
    r"\b(?:may be qualifying|a typical way to obtain|typical ways? of obtaining)\b[^:]{0,200}:?\s*$", re.IGNORECASE)
# "Meeting the minimum required qualifications can be achieved by any of the following options:".
_LEAD_IN = re.compile(r"\bcan be (?:achieved|met|satisfied)\b[^:]{0,120}\b(?:options|ways|following)\s*:\s*$",
                      re.IGNORECASE)
_PROCESS_NOTE = re.compile(
    r"^\W*(?:criminal )?background (?:checks?|investigations?) (?:are|is|will be) (?:conducted|completed|done)\b",
    re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"^\W*(?:possession of|must (?:possess|obtain|hold))\b.{0,200}?\b(?:certificat\w*|designation|licen[sc]e"
    r"|registration)\b", re.IGNORECASE)
_SOME_POSITIONS = re.compile(r"\bmay be required\b|\bsome positions\b", re.IGNORECASE)
_SAID_BY_HEADING = frozenset(("qualifications", "minimum qualifications", "minimum requirements", "requirements",
                              "qualification requirements", "minimum qualification requirements"))
_CONNECTOR = re.compile(r"^(?:and|or|and/or|-or-|- or -)[:;,.]?$", re.IGNORECASE)
# "1. Graduation …; or 2. Two years …": alternatives written in one paragraph.
_INLINE_ALTERNATIVE = re.compile(r"(?:(?<=\bor)|(?<=;))\s+(?=(?:\d{1,2}|[A-H])[.)]\s+[A-Z])")
# "1. Does this. 2. Does that.": numbered duties run together in one paragraph.
_INLINE_NUMBER = re.compile(r"(?<=[.;])\s+(?=\d{1,2}[.)]\s*[A-Z])")
# A run written as sentences, not as a "; " list: "Principles of X. Methods of Y."; also where the next one starts
# in lower case ("… software applications. general office procedures").
_SENTENCE = re.compile(r"(?<=[a-z0-9)”\"’])\.\s+(?=[A-Za-z])")
_ABBREVIATED = re.compile(r"\b(?:e\.g|i\.e|etc|inc|no|vs|approx|incl|sq|ft|dept|mos|yrs|exp|min|max|cf|al)$",
                          re.IGNORECASE)


# Words one of which every boilerplate paragraph has: most paragraphs are never searched (the search is slow).
_BOILERPLATE_WORDS = ("opportunit", "discriminat", "online", "to apply", "deadline", "filing", "closing", "$",
                      "this position", "this recruitment", "this posting", "powered by", "privacy", "terms of use",
                      "rights reserved", "©", "copyright")


def is_boilerplate(text: str) -> bool:
    """A paragraph of a posting's boilerplate or a page's furniture (an equal-opportunity statement, how to apply,
    a salary, "Powered by …")."""
    lowered = text.lower()
    return any(word in lowered for word in _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(text))


def part_sections(part: Part) -> list[Section]:
    """The sections one part gives (a knowledge, skills and abilities part gives up to four), headed as the app
    heads sections: "ESSENTIAL FUNCTIONS" reads "Essential Functions", as a CalHR page's "Typical Tasks" does."""
    return [replace(s, heading=shown_heading(s.heading)) for s in _part_sections(part)]


def _part_sections(part: Part) -> list[Section]:
    entries = [e for e in _joined_marks(part.entries) if not is_boilerplate(e.text)]
    if part.role in ("posting", "banner") or not entries:
        return []
    if part.role == "duties":
        note, texts = _duties(entries)
        return [Section("duties", part.heading, tuple(Item(t) for t in texts), note=note)]
    if part.role in ("ksa", *_KINDS):
        return _characteristics(part, entries)
    if part.role == "qualifications":
        note, entries = _qualifications_note(entries)
        return [Section("qualifications", part.heading, tuple(Item(t) for t in _alternatives(entries)), note=note)]
    texts = _labelled(entries)
    kind = _PLAIN.get(part.role, "other")
    if kind == "conditions":
        # "SPECIAL REQUIREMENTS: Possession of a P.C. 832 … (POST) Certificate is required …": a credential the
        # class asks for is a qualification, wherever the spec prints it.
        asked = [t for t in texts if _CREDENTIAL.search(t) and not _SOME_POSITIONS.search(t)]
        rest = [t for t in texts if t not in asked]
        return [Section(k, part.heading, tuple(Item(t) for t in group))
                for k, group in (("qualifications", asked), ("conditions", rest)) if group]
    return [Section(kind, part.heading, tuple(Item(t) for t in texts))]


def _joined_marks(entries: list[Entry]) -> list[Entry]:
    """A list mark on a line of its own ("1.") goes with the text after it."""
    out: list[Entry] = []
    waiting = ""
    for e in entries:
        if not e.label and is_mark_only(e.text):
            waiting = e.text.strip()
            continue
        out.append(e._replace(text=f"{waiting} {e.text}") if waiting else e)
        waiting = ""
    return out


def _labelled(entries: list[Entry], strip: bool = False) -> list[str]:
    """Texts of the entries, a sub-heading joined to the paragraph after it ("Physical Demands: While …")."""
    texts: list[str] = []
    label = ""
    for e in entries:
        if e.label:
            label = f"{label} {e.text}".strip() if label else e.text.strip()
            continue
        text = strip_mark(e.text) if strip else e.text
        # "License/Certificate" over its paragraph reads "License/Certificate: Possession of …".
        texts.append(f"{label}{':' if label[-1:].isalnum() else ''} {text}" if label else text)
        label = ""
    if label:
        texts.append(label)
    return [t.strip() for t in texts if t.strip()]


def _duties(entries: list[Entry]) -> tuple[str, list[str]]:
    """The duties list's remark (its first paragraphs, when they say the list is illustrative) and the duties,
    one per paragraph, their numbers and bullets dropped (the list numbers them)."""
    notes: list[str] = []
    rest = list(entries)
    while len(rest) > 1 and not rest[0].label and _DUTIES_NOTE.search(rest[0].text) and not _marked(rest[0].text):
        notes.append(rest.pop(0).text)
    texts = []
    for e in rest:
        if e.label and normalise(e.text) and heading_role(e.text) == "duties":
            continue  # "Essential Functions:" under ESSENTIAL FUNCTIONS says nothing new
        pieces = _INLINE_NUMBER.split(e.text) if _marked(e.text) else [e.text]
        texts.extend(e._replace(text=piece) for piece in pieces)
    return " ".join(notes), _labelled(texts, strip=True)


def _marked(text: str) -> bool:
    return strip_mark(text) != text


def _qualifications_note(entries: list[Entry]) -> tuple[str, list[Entry]]:
    """The qualifications' remarks and the entries that are ways in: the opening remark, when it only says how
    to read the ways in that follow (it ends "would be:"), a lead-in to them ("… can be achieved by any of the
    following options:") and a statement of how applicants are checked ("Criminal background checks are
    conducted post-offer …")."""
    first = next((k for k, e in enumerate(entries) if not e.label), None)
    opening = first is not None and first < len(entries) - 1 and bool(_QUALIFICATIONS_NOTE.search(entries[first].text))

    def remark(k: int, e: Entry) -> bool:
        return not e.label and (opening and k == first or bool(_PROCESS_NOTE.search(e.text) or _LEAD_IN.search(e.text)))

    notes = [e.text.strip() for k, e in enumerate(entries) if remark(k, e)]
    kept = [e for k, e in enumerate(entries) if not remark(k, e)]
    if not any(not e.label for e in kept):
        return "", entries  # nothing but remarks: they are what the section says
    return " ".join(notes), kept


def _alternatives(entries: list[Entry]) -> list[str]:
    """One item per alternative ("1. …; or", "2. …", "Any combination …") or paragraph; "OR" on its own line
    stays with the alternative before it; "Qualifications:" under the qualifications says nothing new."""
    items: list[str] = []
    entries = [e for e in entries if not (e.label and normalise(e.text) in _SAID_BY_HEADING)]
    for text in _labelled(entries):
        if _CONNECTOR.match(text) and items:
            items[-1] = f"{items[-1]} {text}"
            continue
        items.extend(p.strip() for p in _INLINE_ALTERNATIVE.split(text) if p.strip())
    return items


def _characteristics(part: Part, entries: list[Entry]) -> list[Section]:
    """Knowledge, skills and abilities sections headed by their lead-ins ("Knowledge of"), items cut at
    semicolons or, where a run is written as sentences, at sentence ends; a heading's own kind ("Skills")
    for items under no lead-in."""
    default = part.role if part.role in _KINDS else _first_kind(part.heading)
    runs: dict[tuple[str, str], tuple[str, list[Item]]] = {}
    current: tuple[str, str] | None = None
    for e in entries:
        if e.label:
            role = heading_role(e.text)
            if role in _KINDS:
                current = (role, e.text.strip().rstrip(":"))
                runs.setdefault((role, current[1].lower()), (current[1], []))
            continue
        for piece in split_runs(strip_mark(e.text)):
            m = lead_in(piece)
            if m and current is not None and m.group("lead").lower() == current[1].lower():
                piece = piece[m.end():]  # "Ability to:" over "Ability to prepare …; calculate …"
            elif m and (current is None or characteristic_kind(m.group("lead")) != current[0] or m.group("colon")
                        or not piece[m.end():]):
                lead = m.group("lead")
                current = (characteristic_kind(lead), lead)
                runs.setdefault((current[0], lead.lower()), (lead, []))
                piece = piece[m.end():]
                if not piece:
                    continue
            elif current is None:
                current = (default, part.heading)
                runs.setdefault((default, part.heading.lower()), (part.heading, []))
            items = runs[(current[0], current[1].lower())][1]
            items.extend(_without_lead(item, current[1]) for item in run_items(piece))
    return [Section(kind, lead, tuple(items)) for (kind, _), (lead, items) in runs.items() if items]


def _without_lead(item: Item, lead: str) -> Item:
    """"ability to work as a team" in an "Ability to" run: the lead-in said once is enough."""
    m = lead_in(item.text)
    if m and m.group("lead").lower() == lead.lower() and item.text[m.end():]:
        return Item(item.text[m.end():], item.after_employment)
    return item


def _first_kind(heading: str) -> str:
    words = normalise(heading)
    found = [(words.find(k[:5]), k) for k in _KINDS if k[:5] in words]
    return min(found)[1] if found else "abilities"


def run_items(text: str) -> list[Item]:
    """Items of one run: "A. B; c." at its sentence ends and semicolons (outside brackets); else whole."""
    pieces: list[str] = []
    for piece in _SENTENCE.split(text):
        if pieces and _ABBREVIATED.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]}. {piece}"
        else:
            pieces.append(piece)
    return [item for piece in pieces for item in list_items(piece, stars=False)]
