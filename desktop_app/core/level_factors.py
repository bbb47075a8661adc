"""Level factors: what makes one level of a series higher than the one below, read from each class's own text.

Supervision received and exercised, the level the concept states, the depth of knowledge it requires, its scope,
acting for a superior, and the minimum qualifications (experience, education, the class it is reached from, a
licence), with the bargaining unit. Each reading keeps the exact words it was read from; a factor the text does
not give reads "not stated" (None), never a guess. Readings that rank (supervision, level, knowledge, scope,
experience, education) step up, hold or step down from the class each one is compared with. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.level_cues import named_level, supervision_statement
from desktop_app.core.model import ClassSpec

UP, SAME, DOWN = "up", "same", "down"


@dataclass(frozen=True)
class Reading:
    """A factor as one class's text gives it: the normalised value, the exact words, and a rank to step by."""

    value: str | None = None
    words: str | None = None
    rank: float | None = None
    section: str = ""  # the section kind the words are in ("concept", "qualifications"), for marking them


NOT_STATED = Reading()


@dataclass(frozen=True)
class FactorCell:
    number: str
    label: str
    value: str | None
    words: str | None
    step: str | None  # up | same | down, or None (not stated here or in the base, or not a ranked factor)
    section: str = ""


@dataclass(frozen=True)
class FactorRow:
    factor: str
    title: str
    cells: tuple[FactorCell, ...]


def _text(spec: ClassSpec, *kinds: str) -> str:
    """The text of the spec's sections of those kinds; "supervision" is its own section on supervision, read
    before the concept, since it is where a spec says so."""
    return " ".join(supervision_statement(spec) if kind == "supervision" else
                    " ".join(item.text for section in spec.sections_of(kind) for item in section.items)
                    for kind in kinds)


def _first(patterns: Sequence[tuple[str, str, float]], spec: ClassSpec, kinds: Sequence[str],
           highest: bool = False) -> Reading:
    """The reading found in the first section (in the order given) that gives one: the earliest match there
    (a class says how it is supervised once, first), or with ``highest`` the highest rank it names ("serves as
    lead worker … and supervises staff when assigned" supervises staff)."""
    for kind in kinds:
        reading = _read(patterns, _text(spec, kind), kind, highest)
        if reading.value is not None:
            return reading
    return NOT_STATED


def _read(patterns: Sequence[tuple[str, str, float]], text: str, kind: str, highest: bool = False) -> Reading:
    """The reading one text gives: its earliest match, or with ``highest`` the highest rank it names."""
    found = []
    for pattern, value, rank in patterns:
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            found.append((-rank if highest else m.start(), -rank, value, m.group(0), rank))
    if not found:
        return NOT_STATED
    _first_key, _rank, value, words, rank = min(found)
    return Reading(value, words, rank, kind)


# ---- supervision received ---------------------------------------------------------------------------------

_RECEIVED = (
    (r"\bunder (?:the )?(?:close|immediate|direct) supervision\b|\breceiv\w* close supervision\b",
     "close supervision", 1),
    (r"\bunder (?:the )?administrative direction\b|\breceiv\w* (?:only )?administrative direction\b",
     "administrative direction", 6),
    (r"\bunder (?:the )?(?:minimal|little) direction\b|\breceiv\w* (?:only )?(?:minimal|little) direction\b",
     "minimal direction", 5.5),
    (r"\bunder (?:the )?general direction\b|\breceiv\w* (?:only )?general direction\b", "general direction", 5),
    (r"\bunder (?:the )?limited supervision\b|\breceiv\w* (?:only )?limited supervision\b",
     "limited supervision", 3.5),
    (r"\bunder (?:the )?general supervision\b|\breceiv\w* (?:only )?general supervision\b",
     "general supervision", 3),
    (r"\bunder close to general supervision\b|\breceiv\w* close to general supervision\b",
     "close to general supervision", 2.5),
    (r"\bunder (?:the )?direction\b|\breceiv\w* direction\b", "direction", 4),
    (r"\bunder (?:the )?supervision\b|\breceiv\w* supervision\b", "supervision", 2),
)


# A stage of learning ("Initially, under close supervision, incumbents receive training …") is not how the
# level works once it is learned: a later statement stands for the class.
_LEARNING = re.compile(
    r"\b(?:initially|at first|while (?:in )?training|during (?:the )?training|trainees?)\b[^.;]{0,80}$", re.IGNORECASE)


def supervision_received(spec: ClassSpec, _specs) -> Reading:
    for kind in ("supervision", "concept", "duties"):
        text = _text(spec, kind)
        found = []
        for pattern, value, rank in _RECEIVED:
            for m in re.finditer(pattern, text, re.IGNORECASE):
                sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
                if not _LEARNING.search(text[sentence_start:m.start()]):
                    found.append((m.start(), -rank, value, m.group(0), rank))
                    break
        if found:
            _start, _rank, value, words, rank = min(found)
            return Reading(value, words, rank, kind)
    return NOT_STATED


# ---- supervision exercised --------------------------------------------------------------------------------

_EXERCISED = (
    (r"\b(?:manag\w*|direct\w*) (?:a |the )?(?:unit|section|division|branch|office|program) (?:of|with) \w+"
     r"|\bthrough subordinate supervisors\b|\bdirect\w* (?:the work of )?(?:lower-level )?"
     r"(?:managers|supervisors)\b", "manages a unit", 3),
    (r"\bsupervis(?:e|es|ing) (?:the work of )?(?:a )?(?:staff|subordinat\w*|employees|personnel|crew|unit|team)\b"
     r"|\bplan\w*, organiz\w*,? and direct\w* the work of\b|\bfull supervisory responsibilit\w*"
     r"|\bfull range of supervisory duties\b|\bsupervisory level\b"
     # "Exercises general supervision over technical … staff", "provides direct and indirect supervision over"
     r"|\b(?:exercis|provid)\w* (?:(?:close to )?general |direct (?:and indirect )?|immediate )?"
     r"(?:supervision|direction) (?:over|of) (?!interns|volunteers)", "supervises staff", 2),
    (r"\blead[- ]?worker\b|\blead[- ]?person\b|\blead (?:capacity|responsibilit\w*|supervision|direction)\b"
     r"|\bteam leader\b|\bact\w* as (?:a )?lead\b|\b(?:technical|functional) (?:and functional )?direction over\b",
     "lead worker", 1),
    (r"\bno supervis\w* (?:of|over) others\b|\bdoes not supervise\b|\bexercises no supervision\b",
     "none", 0),
)


def supervision_exercised(spec: ClassSpec, _specs) -> Reading:
    return _first(_EXERCISED, spec, ("supervision", "concept", "duties"), highest=True)


# ---- the level the concept states -------------------------------------------------------------------------

def level(spec: ClassSpec, _specs) -> Reading:
    """The level a concept names for itself ("the second full performance level", "the supervisory level")."""
    named = named_level(_text(spec, "concept"))
    return Reading(*named, "concept") if named else NOT_STATED


# ---- knowledge depth --------------------------------------------------------------------------------------

_DEPTH = (
    (r"\bsome knowledge\b|\bgeneral knowledge\b|\bbasic knowledge\b", "some", 1),
    (r"\bworking knowledge\b", "working", 2),
    (r"\bconsiderable knowledge\b", "considerable", 3),
    (r"\bthorough knowledge\b|\bextensive knowledge\b|\bcomprehensive knowledge\b", "thorough", 4),
    (r"\bexpert knowledge\b", "expert", 5),
)


def knowledge_depth(spec: ClassSpec, _specs) -> Reading:
    return _first(_DEPTH, spec, ("concept", "knowledge", "duties"))


# ---- scope --------------------------------------------------------------------------------------------------

_SCOPE = (
    (r"\bentire\b[\w\s&/-]{0,40}?\b(?:system|program|function|operation)s?\b", "entire system", 4),
    (r"\bstate[- ]?wide\b|\bfor all state employees\b|\bthroughout the state\b", "statewide", 3),
    (r"\b(?:assigned )?(?:benefit )?program area\b|\bprogram(?:s)? of the department\b|\bmajor program\b",
     "a program", 2),
    (r"\bassigned (?:area|caseload|cases|territory|district|unit)\b", "an assigned area", 1),
)


def scope(spec: ClassSpec, _specs) -> Reading:
    return _first(_SCOPE, spec, ("concept",), highest=True)


# ---- acting for a superior ----------------------------------------------------------------------------------

_ACTING = (
    (r"\b(?:serves?|acts?) (?:in|during) (?:the )?absence of (?:the |a )?(?:supervisor|manager|administrator)\b"
     r"|\bassumes? responsibility (?:&|and) authority during (?:the )?\w+'?s? absence\b"
     r"|\bin (?:the )?absence of (?:the )?(?:supervisor|manager|administrator)\b", "acts for a superior", 1),
)


def acting_for_superior(spec: ClassSpec, _specs) -> Reading:
    return _first(_ACTING, spec, ("concept", "duties"))


# ---- minimum qualifications ---------------------------------------------------------------------------------

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36}
_AMOUNT = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six)\s+"
    r"(?:\(\d{1,3}\)\s+)?"  # "Two (2) years"
    r"(mos?\.|months?|yrs?\.|years?)(?:\s+(?:of\s+)?(?:\w+\s+){0,6}?(?:exp\.|experience))",
    re.IGNORECASE,
)


def _alternatives(spec: ClassSpec) -> list[str]:
    return [item.text for section in spec.sections_of("qualifications") for item in section.items]


def experience(spec: ClassSpec, _specs) -> Reading:
    """The most experience any one pattern asks for (its first amount), in months: the way in without the class
    below ("24 mos. exp. in adjudicating …"; the promotional "12 mos. exp. as …" asks less)."""
    best: Reading = NOT_STATED
    for text in _alternatives(spec):
        m = _AMOUNT.search(text)
        if m:
            count, unit = m.group(1).lower(), m.group(2).lower()
            number = int(count) if count.isdigit() else _NUMBERS[count]
            months = number * (12 if unit.startswith("y") else 1)
            words = m.group(0) if len(m.group(0)) < 40 else f"{m.group(1)} {m.group(2)}"
            if best.rank is None or months > best.rank:
                best = Reading(duration_text(months), words, months, "qualifications")
    return best


def duration_text(months: int) -> str:
    """“2 years”, “1 year”, “18 months”: experience as a specification would say it."""
    if months and months % 12 == 0:
        return f"{months // 12} year{'' if months == 12 else 's'}"
    return f"{months} month{'' if months == 1 else 's'}"


_EDUCATION = (
    (r"\bdoctora\w+\b|\bph\.?\s?d\b", "doctorate", 5),
    (r"\bmaster['’?]?s degree\b|\bgraduate degree\b", "master's degree", 4),
    (r"\bbachelor['’?]?s degree\b|\bgraduation from (?:a recognized )?(?:four-year )?college\b"
     r"|\bundergraduate degree\b|\bcollege degree\b", "college degree", 3),
    (r"\bundergraduate (?:core )?(?:program|course\w*)\b", "undergraduate coursework", 2.5),
    (r"\bassociate['’]?s? degree\b", "associate degree", 2),
    (r"\b(?:two years|60 semester units) of college\b|\bcollege (?:course|units)", "some college", 1.5),
    (r"\bhigh school\b|\b12th grade\b|\bGED\b", "high school", 1),
)


# "A Master's Degree in … is desirable": what is wished for is not what is asked.
_WISHED = re.compile(r"\b(?:is|are|highly) (?:highly )?(?:desirable|desired|preferred)\b", re.IGNORECASE)


def _asked(text: str) -> str:
    """The text without its sentences of what is wished for."""
    return " ".join(s for s in re.split(r"(?<=[.;])\s+", text) if not _WISHED.search(s))


def education(spec: ClassSpec, _specs) -> Reading:
    return _read(_EDUCATION, _asked(_text(spec, "qualifications")), "qualifications")


# "the duties of a Highway Mechanic Supervisor II": up to six capitalised words, each read once (linear time).
_NAMED_CLASS = re.compile(
    r"\b(?:duties|experience|exp\.) (?:as|of) (?:an? )?((?:[A-Z][\w/()-]*+\s++){0,5}+[A-Z][\w()-]*+)")


def feeder_class(spec: ClassSpec, specs: Sequence[ClassSpec]) -> Reading:
    """The class below that the qualifications name ("12 mos. exp. as Benefits Management Representative,
    65250"), as JURISDICTION:NUMBER when it is one of the classes compared."""
    text = " ".join(_alternatives(spec))
    here = next((k for k, other in enumerate(specs) if other is spec), len(specs))
    # The nearest level below first: "one year as III or two years as II" is reached from III.
    for other in [*reversed(specs[:here]), *specs[here + 1:]]:
        if other.key == spec.key or not other.title.strip():
            continue
        title = other.title.strip()
        short = title.split(",")[0].strip()  # "Investigative Auditor II, California Department of …"
        for needle in (rf"\b{re.escape(title)}\b(?:,?\s*{re.escape(other.number)}\b)?",
                       rf"\b{re.escape(short)}(?![\w ]*[IVX]\b)\b", rf"(?<![\w.]){re.escape(other.number)}(?!\w)"):
            m = re.search(needle, text, re.IGNORECASE)
            if m:
                return Reading(other.key, m.group(0), None, "qualifications")
    m = _NAMED_CLASS.search(text)
    if m:
        return Reading(m.group(1).strip(), m.group(0), None, "qualifications")
    return NOT_STATED


_LICENCE = (
    (r"\bvalid (?:California )?(?:Class \W?[A-C]\W? )?(?:California )?driver\W?s? licen[sc]e\b", "driver's licence", 1),
    (r"\b(?:possession of|registration as|licen[sc]ed as|certificat\w+ as) (?:a |an )?[\w ,/-]{3,60}?"
     r"\b(?:licen[sc]e|certificate|registration)\b", "licence or certificate", 2),
)


def licence(spec: ClassSpec, _specs) -> Reading:
    reading = _first(_LICENCE, spec, ("qualifications", "conditions", "other"))
    return Reading(reading.value, reading.words, None, reading.section) if reading.value else reading


def bargaining_unit(spec: ClassSpec, _specs) -> Reading:
    unit = spec.bargaining_unit.strip()
    return Reading(unit, unit, None, "metadata") if unit else NOT_STATED


# The factors, in the order a comparison shows them: (name, title, reader).
FACTORS: tuple[tuple[str, str, Callable[[ClassSpec, Sequence[ClassSpec]], Reading]], ...] = (
    ("supervision_received", "Supervision received", supervision_received),
    ("supervision_exercised", "Supervision exercised", supervision_exercised),
    ("level", "Level", level),
    ("knowledge_depth", "Knowledge", knowledge_depth),
    ("scope", "Scope", scope),
    ("acting_for_superior", "Acts for a superior", acting_for_superior),
    ("experience", "Experience", experience),
    ("education", "Education", education),
    ("feeder_class", "Reached from", feeder_class),
    ("licence", "Licence", licence),
    ("bargaining_unit", "Bargaining unit", bargaining_unit),
)


@lru_cache(maxsize=4096)
def _read_once(read, spec: ClassSpec) -> Reading:
    """A factor that reads the class alone, read once per text of a class (the window recompares often)."""
    return read(spec, ())


def step(reading: Reading, base: Reading | None) -> str | None:
    if base is None or reading.value is None or base.value is None:
        return None
    if reading.rank is None or base.rank is None:
        return SAME if reading.value == base.value else None
    return UP if reading.rank > base.rank else DOWN if reading.rank < base.rank else SAME


def level_factors(specs: Sequence[ClassSpec], labels: Sequence[str], bases: Sequence[int | None]) -> tuple[
        FactorRow, ...]:
    """One row per factor that some class states, one cell per class, each stepped against its base."""
    rows = []
    for name, title, read in FACTORS:
        readings = [read(spec, specs) if name == "feeder_class" else _read_once(read, spec) for spec in specs]
        if all(r.value is None for r in readings):
            continue
        cells = tuple(
            FactorCell(spec.number, label, r.value, r.words,
                       step(r, None if bases[k] is None else readings[bases[k]]), r.section)
            for k, (spec, label, r) in enumerate(zip(specs, labels, readings))
        )
        rows.append(FactorRow(name, title, cells))
    return tuple(rows)


def factor(rows: Sequence[FactorRow], name: str) -> FactorRow | None:
    return next((row for row in rows if row.factor == name), None)


CUE_KINDS = ("concept", "duties")  # the sections whose cells mark the words factors were read from


def cue_words(rows: Sequence[FactorRow], k: int) -> tuple[str, ...]:
    """The words class k's level factors were read from in its concept and duties, longest first."""
    words = {row.cells[k].words for row in rows if row.cells[k].words and row.cells[k].section in CUE_KINDS}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def cue_spans(text: str, words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where in ``text`` those words stand (case as written or not), without overlaps."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for phrase in words:
        needle = phrase.lower()
        start = lowered.find(needle)
        while start >= 0:
            end = start + len(needle)
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
            start = lowered.find(needle, end)
    return tuple(sorted(spans))
