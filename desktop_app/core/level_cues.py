"""The cues that decide between adjacent levels, read from a class concept or a position description.

An audit places a position at a level by the factors classification plans name: the supervision it receives
(close supervision → general supervision → direction → general direction), the supervision it exercises (none,
lead, supervises, manages a unit or program), the level it works at (trainee, journey, advanced) and the
nature of its work (clerical, technical, professional). Each reading is a set of grades, since a class concept
may span more than one ("under close supervision as a trainee … under general supervision at the full journey
level"); an empty set is a cue the text does not give. The comparison's vocabulary (compare/vocabulary.py) says
whether two texts speak of supervision at all; these readings say which grade. Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.model import ClassSpec

# Supervision received, closest first.
CLOSE, SUPERVISION, GENERAL_SUPERVISION, DIRECTION, GENERAL_DIRECTION, ADMINISTRATIVE_DIRECTION = range(1, 7)
RECEIVED_WORDS = {CLOSE: "close supervision", SUPERVISION: "supervision", GENERAL_SUPERVISION: "general supervision",
                  DIRECTION: "direction", GENERAL_DIRECTION: "general direction",
                  ADMINISTRATIVE_DIRECTION: "administrative direction"}
# Supervision exercised.
NONE, LEAD, SUPERVISES, MANAGES = range(4)
EXERCISED_WORDS = {NONE: "none", LEAD: "lead", SUPERVISES: "supervises", MANAGES: "manages a unit or program"}
# Level of work.
TRAINEE, JOURNEY, ADVANCED = 1, 2, 3
LEVEL_WORDS = {TRAINEE: "entry or trainee", JOURNEY: "journey", ADVANCED: "advanced or specialist"}
# Nature of the work.
CLERICAL, TECHNICAL, PROFESSIONAL = 1, 2, 3
KIND_WORDS = {CLERICAL: "clerical", TECHNICAL: "technical", PROFESSIONAL: "professional"}
_KINDS = (
    (CLERICAL, re.compile(r"\b(?:clerical|clerks?|typists?|office assistants?)\b", re.IGNORECASE)),
    (TECHNICAL, re.compile(r"\b(?:technicians?|semi-?professional|para-?professional|sub-?professional"
                           r"|technical(?! (?:assistance|advice|questions|guidance|direction|expert|specialist)))\b",
                           re.IGNORECASE)),
    (PROFESSIONAL, re.compile(r"\b(?:professional|analysts?|analytical|accountants?|engineers?|scientists?"
                              r"|attorneys?|consultants?)\b", re.IGNORECASE)),
)

_RECEIVED = (
    (ADMINISTRATIVE_DIRECTION, r"administrative (?:direction|supervision)"),
    (GENERAL_DIRECTION, r"general direction|broad direction|(?:little|minimal) (?:supervision|direction|review)"),
    (DIRECTION, r"(?<!general )(?<!broad )(?<!administrative )direction"
                r"(?!(?-i: of (?:staff|the work|others|subordinates|employees|a crew|the crew|the staff)\b))"),
    (GENERAL_SUPERVISION, r"general supervision|limited supervision|(?:general|limited) review"),
    (CLOSE, r"close(?:ly)? (?:supervis\w*|review\w*|direction)|immediate supervision|direct(?:ly)? supervis\w*"
            r"|detailed instructions|every \w+ (?:is|are) (?:second[- ])?review\w*|checklists?"),
    (SUPERVISION, r"(?<!general )(?<!close )(?<!direct )(?<!immediate )(?<!administrative )supervision"),
)
_RECEIVED_PATTERNS = tuple((grade, re.compile(rf"\b(?:{p})", re.IGNORECASE)) for grade, p in _RECEIVED)
# Where a class concept says what supervision its incumbents receive: "under …", "works under …", "receives …".
_UNDER = re.compile(
    r"\b(?:under|receives?|receiving|with(?:in)?|subject to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:supervision|direction|review)\b|\b(?:directly|closely) supervised\b"
    r"|\bclose to general supervision\b",
    re.IGNORECASE,
)

# Whom a position may supervise without being a supervisor of staff.
_NOT_STAFF = r"(?:inmates?|wards?|patients?|residents?|clients?|students?|interns?|volunteers?|youthful offenders)"
_SUPERVISES = re.compile(
    r"\b(?:(?-i:[Ss]upervises|[Ss]upervise|supervising)\b(?! (?:by|from))|direct supervision of"
    r"|first[- ]line supervis\w*|supervisory (?:level|position|class)\b|plans?, organizes?,? and directs?\b"
    r"|in direct charge of"
    r"|hires?,? (?:and |trains |assigns )|hiring (?:decisions|interviews)"
    r"|(?:completes?|writes?|signs?|prepares?) (?:the |their |staff )?(?:performance |probation(?:ary)? )"
    r"(?:evaluations?|appraisals?|reports?)"
    r"|(?:recommends?|takes?|imposes?) (?:corrective |adverse )?(?:discipline|disciplinary action)"
    r"|supervisor (?:over|of)"
    r"|(?:exercis|provid)\w* (?:(?:close to )?general |direct (?:and indirect )?|immediate )?(?:supervision|direction)"
    r" (?:over|of))",
    re.IGNORECASE,
)
_MANAGES = re.compile(
    r"\b(?:through (?:subordinate |lower[- ]level )?supervisors|through (?:[\w-]{1,30} ){0,2}?(?:unit |section )?"
    r"managers\b|manag(?:es|e|ing) (?:a |an |the )?(?:[\w&,-]{1,30} ){0,3}?"
    r"(?:program|unit|section|office|division|branch|function)s?\b|managerial (?:level|class|position)"
    r"|(?:program|section|unit) manager\b|manages? (?:the )?entire|supervisory/managerial|manager/team leader)",
    re.IGNORECASE,
)
_LEADS = re.compile(
    r"\b(?:(?:working )?lead ?worker (?:level|over|for|responsibilit\w*)|working lead(?:er)?\b|team lead(?:er)?"
    r"|project lead(?:er)?|crew lead(?:er)?"
    r"|(?:act|acts|acting|serve|serves|serving|work|works) as (?:a |the )?(?:team |project |working )?"
    r"lead(?:er|worker)?\b|lead (?:capacity|responsibilit\w*|role|over|for)\b|as lead\b|the lead for\b"
    r"|leads? (?:and trains?|a team|the team|a crew|the crew)|direct(?:s|ing)? the work of"
    r"|assigns? and (?:checks?|reviews?)|functional guidance|technical (?:guidance|direction) to"
    r"|trains?,? (?:and \w+ )?(?:new|less experienced|lower[- ]level|other) (?:\w+ )?(?:staff|employees|analysts"
    r"|technicians|workers|custodians|assistants|electricians))",
    re.IGNORECASE,
)
_NO_SUPERVISION = re.compile(
    r"\b(?:no (?:formal |supervisory |direct )?(?:supervis\w*|authority)|not a supervisor|non-?supervisory"
    r"|not supervisory|do(?:es)? not (?:sign|write|complete|do|approve|hire|supervise)\b[^.;]{0,40}"
    r"(?:evaluations?|appraisals?|leave|staff|hiring|discipline)|limited supervisory responsibilit\w*"
    r"|only limited supervisory)",
    re.IGNORECASE,
)
# Sentences of a concept about other classes ("… is performed by the class of Accountant I", "… are allocated to
# the class of …"): their cues are not this class's.
OTHER_CLASS = re.compile(
    r"\b(?:allocated to|the (?:next )?(?:lower|higher)[- ]level class|the class(?:es)? of|next (?:lower|higher)"
    r"|(?:is|are) performed by|distinguished from|differs? from|supervised by|reports? to)\b",
    re.IGNORECASE,
)
_OPTIONAL = re.compile(r"\bmay\b[^.;]{0,30}\b(?:lead|supervis|direct)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
_PD_TRAINEE = re.compile(r"\b(?:trainee|apprentice(?:ship)?|as a learner|I am learning|while (?:I am )?learning"
                         r"|training assignment)\b", re.IGNORECASE)

_TRAINEE = re.compile(
    r"\b(?:trainee|apprentice(?:ship)?|entry(?:[- ]level)?|learn(?:s|ing|er)?|beginning|developmental"
    r"|training (?:assignment|and development)|recruiting and developmental)\b",
    re.IGNORECASE,
)
_JOURNEY = re.compile(r"\b(?:journey(?:man|person|worker)?|full[- ]performance|working level|full[- ]technician)\b",
                      re.IGNORECASE)
_ADVANCED = re.compile(
    r"\b(?:advanced|senior|expert|specialist level|most (?:difficult|complex|sensitive)|more (?:responsible|complex)"
    r"|highly (?:complex|specialized)|technical (?:expert|specialist)|subject[- ]matter expert)\b",
    re.IGNORECASE,
)


# The level a concept names for itself, finer than the grades above: what tells two levels of a series apart
# ("the first full performance level" / "the second full performance level"). (pattern, words, rank)
_NAMED_LEVELS = tuple((re.compile(p, re.IGNORECASE), value, rank) for p, value, rank in (
    (r"\btrainee\b|\bdevelopmental level\b", "trainee", 1),
    (r"\bpara-?professional (?:class|level)\b", "paraprofessional", 1.5),  # below a professional series' entry
    (r"\bentry(?:[- ]level)?\b", "entry", 2),
    (r"\bentry[- ]journey\b", "entry journey", 2.8),  # "entry journey level assignments": the first journey step
    (r"\bfirst full[- ]performance\b", "first full performance", 3),
    (r"\bfirst working\b", "first working", 2.5),  # below the full journey level CalHR pages name after it
    (r"\bfull journey\b|\bjourney(?:man|person)?[- ]level\b|\bfull[- ]performance level\b", "journey", 3),
    (r"\bsecond full[- ]performance\b", "second full performance", 4),
    (r"\badvanced journey\b", "advanced journey", 4),
    (r"\badvanced level\b", "advanced", 4),
    (r"\bsenior level\b", "senior", 4),
    (r"\bexpert\b|\bspecialist level\b", "expert", 5),
    (r"\b(?:working |first[- ]line )?supervisory(?:/managerial)? level\b", "supervisory", 6),
    (r"\bmanagerial(?:/supervisory)? level\b|\bmanagement level\b", "managerial", 7),
))
_LEVEL_WORD = re.compile(r"\blevel\b|\bpara-?professional class\b", re.IGNORECASE)


def named_level(concept: str) -> tuple[str, str, float] | None:
    """The level a concept names for itself, as (value, the words, rank): "second full performance",
    "supervisory"; None where no sentence of it names a level."""
    for sentence in re.split(r"(?<=[.;])\s+", concept):
        if not _LEVEL_WORD.search(sentence):
            continue
        found = [(m.start(), -rank, value, m.group(0), rank) for pattern, value, rank in _NAMED_LEVELS
                 if (m := pattern.search(sentence))]
        if found:
            # "The supervisory/managerial level": the highest the phrase names; else the first named.
            supervisory = [f for f in found if f[4] >= 6]
            _start, _r, value, words, rank = max(supervisory, key=lambda f: f[4]) if supervisory else min(found)
            return value, words, rank
    return None


def level_words(grades: str, named: str) -> str:
    """A class's level of work in words: its grade, and the level it names for itself where that says more
    ("journey · second full performance level")."""
    own = f"{named} level" if named and named not in grades else ""
    return " · ".join(t for t in (grades, own) if t)


CUE_NAMES = {"received": ("Supervision received", RECEIVED_WORDS), "exercised": ("Supervision exercised",
             EXERCISED_WORDS), "level": ("Level of work", LEVEL_WORDS), "kind": ("Nature of work", KIND_WORDS)}


def grade_words(name: str, grades: frozenset[int]) -> str:
    """A cue's grades in words: "general supervision", "close supervision to general supervision"; "" for none."""
    words = CUE_NAMES[name][1]
    ordered = sorted(grades)
    if not ordered:
        return ""
    return words[ordered[0]] if len(ordered) == 1 else f"{words[ordered[0]]} to {words[ordered[-1]]}"


@dataclass(frozen=True)
class LevelReading:
    """The level cues one text gives; each a frozenset of grades (empty: the text gives no such cue)."""

    received: frozenset[int] = frozenset()
    exercised: frozenset[int] = frozenset()
    level: frozenset[int] = frozenset()
    kind: frozenset[int] = frozenset()
    named: str = ""  # the level the class names for itself ("second full performance"); "" for a position

    def to_lists(self) -> list:
        """The reading as plain data, for a kept profile or index."""
        return [sorted(self.received), sorted(self.exercised), sorted(self.level), sorted(self.kind), self.named]

    @classmethod
    def from_lists(cls, data: list) -> LevelReading:
        received, exercised, level, kind, *named = data
        return cls(frozenset(received), frozenset(exercised), frozenset(level), frozenset(kind),
                   named[0] if named else "")


# Without a grade named, how a description says its work is checked: reviewed before it leaves (supervision) or
# decided alone (general supervision).
_REVIEWED = re.compile(
    r"\b(?:reviews? (?:my|all|every|each|the incumbent's|their)|(?:is|are) (?:second[- ])?reviewed"
    r"|checks? (?:my|all|every|the)|before (?:it|they|anything) (?:goes?|leaves?|is sent)"
    r"|approves? (?:my|every|all))\b",
    re.IGNORECASE,
)
_ON_OWN = re.compile(
    r"\b(?:on my own|independently|without review|set my own|my own schedule|decides?|no one (?:on site )?(?:who )?"
    r"reviews|rarely reviewed|seldom)\b",
    re.IGNORECASE,
)


def received_grades(text: str, stated: bool = False) -> frozenset[int]:
    """The supervision a text says is received: in a class concept, only where it says so ("under general
    supervision"); in a description's "Supervision received" section (``stated``), anywhere."""
    grades: set[int] = set()
    spans = [text] if stated else [m.group(0) for m in _UNDER.finditer(text)]
    for span in spans:
        if re.search(r"close to general supervision", span, re.IGNORECASE):
            grades |= {CLOSE, GENERAL_SUPERVISION}
            continue
        for grade, pattern in _RECEIVED_PATTERNS:
            if pattern.search(span):
                grades.add(grade)
                if not stated:
                    break  # "under general supervision" is general supervision, not also supervision
    if stated and len(grades) > 1:
        grades = {min(grades, key=lambda g: _first(text, g))}  # the section's first word on it is its answer
    if stated and not grades:
        reviewed, alone = len(_REVIEWED.findall(text)), len(_ON_OWN.findall(text))
        if reviewed or alone:
            grades = {SUPERVISION if reviewed > alone else GENERAL_SUPERVISION}
    return frozenset(grades)


def _first(text: str, grade: int) -> int:
    for g, pattern in _RECEIVED_PATTERNS:
        if g == grade:
            match = pattern.search(text)
            return match.start() if match else len(text)
    return len(text)


# Words without which a pattern cannot match: a look for them first spares the regular expression (a state's
# plan is thousands of concepts).
_CLUES = {
    "supervises": ("supervis", "hir", "evaluation", "appraisal", "probation", "disciplin", "charge of", "plan"),
    "manages": ("manag", "supervisors"),
    "leads": ("lead", "direct", "assign", "guidance", "train"),
    "denied": ("no ", "not ", "non", "limited"),
}


def _may(lowered: str, clue: str) -> bool:
    return any(word in lowered for word in _CLUES[clue])


def exercised_grades(text: str, stated: bool = False) -> frozenset[int]:
    """The supervision a text says is exercised. ``stated``: a description's "Supervision exercised" section,
    where "None" is an answer; in a class concept, silence on it reads as none only where nothing else is said."""
    lowered = text.lower()
    supervises = _may(lowered, "supervises") and bool(_SUPERVISES.search(_without_non_staff(text)))
    manages = _may(lowered, "manages") and bool(_MANAGES.search(text))
    leads = _may(lowered, "leads") and bool(_LEADS.search(text))
    denied = _may(lowered, "denied") and bool(_NO_SUPERVISION.search(text))
    # "may have lead responsibility", "may supervise": the class allows it, and allows positions without it.
    optional = {NONE} if not stated and _OPTIONAL.search(text) else set()
    if manages and supervises:
        return frozenset({MANAGES})
    if supervises and not denied:
        return frozenset({SUPERVISES} | optional)
    if leads or (supervises and denied):
        return frozenset({LEAD} | optional)
    if not stated and re.search(r"\bmay (?:\w+ )?lead\b", text, re.IGNORECASE):
        return frozenset({NONE, LEAD})
    if stated and (denied or re.match(r"\W*(?:none|n/?a|no)\b", text, re.IGNORECASE)):
        return frozenset({NONE})
    return frozenset()


def _without_non_staff(text: str) -> str:
    """The text without supervision of people who are not staff ("supervises inmate workers", "MSW interns")."""
    return re.sub(rf"\bsupervis\w*\s+(?:[\w-]+\s+){{0,3}}?{_NOT_STAFF}(?:\s+\w+)?", " ", text,
                  flags=re.IGNORECASE)


def kind_grades(text: str) -> frozenset[int]:
    return frozenset(kind for kind, pattern in _KINDS if pattern.search(text))


def level_grades(text: str) -> frozenset[int]:
    grades = set()
    if _TRAINEE.search(text):
        grades.add(TRAINEE)
    if _JOURNEY.search(text):
        grades.add(JOURNEY)
    if _ADVANCED.search(text):
        grades.add(ADVANCED)
    return frozenset(grades)


_OTHER_CLUES = ("allocated", "class", "next", "performed by", "distinguished", "differ", "supervised by", "report")


def own_sentences(concept: str) -> str:
    """A concept without its sentences about other classes."""
    return " ".join(s for s in _SENTENCE.split(concept)
                    if not (any(w in s.lower() for w in _OTHER_CLUES) and OTHER_CLASS.search(s)))


# A section of its own on supervision ("SUPERVISION RECEIVED AND EXERCISED", kept as ``other``).
_SUPERVISION_HEADING = re.compile(r"\bsupervision\b", re.IGNORECASE)


def supervision_statement(spec: ClassSpec) -> str:
    """The text of a spec's own section on supervision ("Receives general supervision from …; exercises general
    supervision over … staff"); "" where it has none."""
    return " ".join(item.text for section in spec.sections_of("other") if _SUPERVISION_HEADING.search(section.heading)
                    for item in section.items)


# A stage of learning: "As experience is gained, incumbents are expected to perform more complex tasks".
_LEARNING = re.compile(r"\b(?:as experience is (?:gained|acquired)|as they learn|while learning|initially)\b",
                       re.IGNORECASE)


def _without_learning(concept: str) -> str:
    return " ".join(s for s in _SENTENCE.split(concept) if not _LEARNING.search(s))


def class_reading(concept: str, title: str = "", supervision: str = "") -> LevelReading:
    """The level cues of a class, from its concept and title ("Supervising …", "… Trainee", "Lead …"); where the
    spec has a section on supervision, its answers come first."""
    whole, concept = concept, own_sentences(concept)
    received = received_grades(supervision) or received_grades(concept)
    exercised = set(exercised_grades(supervision) or exercised_grades(concept))
    title_exercised = _title_exercised(title)
    if (option := _title_option_exercised(title)) is not None:
        exercised = {option}
    elif title_exercised is not None:
        exercised = {title_exercised} | {g for g in exercised if g > NONE}
    # What a trainee grows into ("… expected to perform more complex tasks") is not an advanced level.
    level = set(level_grades(concept)) - {ADVANCED} | (level_grades(_without_learning(concept)) & {ADVANCED})
    if re.search(r"\btrainee\b", title, re.IGNORECASE):
        level = {TRAINEE}
    # The title names the nature of the work where it can ("Budget Technician"); else the concept does.
    kind = kind_grades(title) or kind_grades(concept)
    named = named_level(whole)
    return LevelReading(received, frozenset(exercised or {NONE}), frozenset(level), kind,
                        named[0] if named else "")


def _title_option_exercised(title: str) -> int | None:
    """The option a title gives in brackets, where it says which of two classes of one title it is: "Staff
    Services Manager II (Supervisory)" supervises, "… (Managerial)" manages (their series' text says both)."""
    if _SUPERVISORY_OPTION.search(title):
        return SUPERVISES
    if _MANAGERIAL_OPTION.search(title):
        return MANAGES
    return None


_SUPERVISORY_OPTION = re.compile(r"\((?:[^()]{0,40}[\s/])?supervisory\)", re.IGNORECASE)
_MANAGERIAL_OPTION = re.compile(r"\((?:[^()]{0,40}[\s/])?managerial\)", re.IGNORECASE)


def _title_exercised(title: str) -> int | None:
    if re.search(r"\b(?:manager|chief|director|administrator|head)\b", title, re.IGNORECASE):
        return MANAGES
    if re.search(r"\bsupervis(?:or|ing|ory)\b", title, re.IGNORECASE):
        return SUPERVISES
    if re.search(r"\blead\b", title, re.IGNORECASE):
        return LEAD
    return None


def position_reading(received: str, exercised: str, duties: list[tuple[str, float]], purpose: str = "",
                     title: str = "") -> LevelReading:
    """The level cues of a position: its supervision sections first, then its duties (a duty that supervises is
    supervision exercised, as much as the section says), weighed by their shares of time."""
    got = received_grades(received, stated=True) if received.strip() else received_grades(purpose)
    given = exercised_grades(exercised, stated=True) if exercised.strip() else frozenset()
    from_duties = _duties_exercised(duties)
    if from_duties is not None and (not given or from_duties > max(given)):
        given = frozenset({from_duties})
    text = " ".join([title, purpose, received, *(d for d, _share in duties)])
    # Level words in a description are mostly about others ("reviewed by the senior analyst"): only its own
    # learning counts.
    level = frozenset({TRAINEE}) if _PD_TRAINEE.search(text) else frozenset()
    return LevelReading(got, given, level, kind_grades(title))


def _duties_exercised(duties: list[tuple[str, float]]) -> int | None:
    """The highest supervision a duty of some weight (a tenth of the time or more) exercises."""
    best = None
    for text, share in duties:
        if share < 0.1:
            continue
        grades = exercised_grades(text)
        if grades and (best is None or max(grades) > best):
            best = max(grades)
    return best
