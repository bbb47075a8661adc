"""What class specs say alike in different words: duty verbs of one meaning, and the classification notions
(a level statement, the supervision a class receives or exercises, training others, independence,
complexity) that analysts compare level by level. Each becomes a token that two units share when both
express it, however they word it. Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import re

# Stems (Snowball English) that mean one thing in a duty statement → the token they share.
SYNONYMS: dict[str, str] = {}
for _group, _stems in {
    "~advise": "advis advic guidanc consult",
    "~write": "prepar draft write compos",
    "~review": "review evalu assess examin monitor",
    "~develop": "develop formul establish design creat",
    "~coordinate": "coordin organ schedul",
    "~inquiry": "inquiri question queri",
    "~train": "train instruct teach",
    "~repair": "mainten repair",
    "~build": "instal construct build",
    "~study": "investig research studi",
    "~help": "assist help aid support",
    "~inspect": "inspect check observ",
    "~rule": "law regul rule statut",
    "~staff": "employe staff personnel worker subordin",
    "~complaint": "complaint grievanc",
    "~vehicle": "vehicl truck van automobil car",
    "~record": "record file document",
    "~supervise": "supervis overse",
}.items():
    for _stem in _stems.split():
        SYNONYMS[_stem] = _group

# Classification notions, each with the weight it carries when two units share it.
NOTIONS: tuple[tuple[str, re.Pattern, float], ...] = tuple(
    (token, re.compile(pattern, re.IGNORECASE), weight)
    for token, pattern, weight in (
        ("~level-statement",
         r"\b(?:this|it) is the\b[^.;]{0,80}?\blevel\b"
         r"|\bthe [\w ,/-]{0,60}\blevel (?:class|for the series|in the series)\b"
         r"|\b(?:this|it) is the [\w-]+(?: [\w-]+)? class(?:ification)? (?:in|within|of) the\b",
         4.0),
        ("~supervision-received",
         r"\bunder (?:the )?(?:close|general|direct|immediate|technical|administrative|limited|minimal|broad)?\s*"
         r"(?:supervision|direction)\b|\breceiv\w* (?:only )?(?:close|general|administrative|technical|broad)?\s*"
         r"(?:supervision|direction)\b",
         3.0),
        ("~supervision-exercised",
         r"\blead[- ]?(?:worker|person)?\s+(?:capacity|responsibilit\w*|work)\b|\bleadworker\b"
         r"|\b(?:act|serv)\w* as (?:a |the )?lead\b"
         r"|\bsupervis\w* (?:the work of|staff|subordinat\w*|employees|personnel|a (?:staff|crew|unit|team))"
         r"|\bplan\w*, organiz\w*,? and direct\w*|\bassign\w*(?:,? (?:and )?review\w*)? (?:the )?work\b"
         r"|\bdirect\w* the work\b|\bsupervisory responsibilit\w*|\bfull supervisory\b"
         r"|\bfirst[- ]line (?:\w+ )?supervis\w*"
         r"|\bsupervis\w* (?:(?:two|three|four|several|\d+) or more )?(?:sections?|units?|supervisors)\b"
         r"|\bthe work of (?:a |the )?(?:crew|staff|unit|team|subordinates|others|lower[- ]level)"
         r"|\b(?:principles|techniques|methods|practices)\b[\w ,]{0,40}\bsupervision\b"
         r"|\bsupervisory (?:principles|techniques|skills)\b"
         r"|\beffective(?:ly)? supervis\w*|\bpersonnel management\b",
         3.0),
        ("~training-others",
         r"\btrain\w* (?:and \w+ )?(?:less experienced|lower[- ]level|new|subordinat\w*|other|staff|employees)\b"
         r"|\bprovid\w* (?:technical )?(?:direction, guidance, and )?training\b|\binstructs? and trains?\b",
         2.4),
        ("~independence", r"\bindependent(?:ly)?\b|\bwith(?:out)? (?:little|minimal) supervision\b", 1.6),
        ("~complexity", r"\b(?:most|more|highly) (?:difficult|complex|sensitive|responsible)\b", 1.2),
    )
)
NOTION_WEIGHTS = {token: weight for token, _pattern, weight in NOTIONS}
# A synonym group weighs as much as a common word: two words of one meaning are a hint, not a match.
SYNONYM_WEIGHT = 0.4

# Items that only point elsewhere ("(Described under "ALL LEVELS")"): no responsibility of their own.
PLACEHOLDER = re.compile(
    r"^\W*(?:described|separate description|see|listed|same as)\b.{0,60}\b(?:all levels|each level|above|below)\W*$",
    re.IGNORECASE,
)


def notions(text: str) -> set[str]:
    return {token for token, pattern, _weight in NOTIONS if pattern.search(text)}


def synonym_tokens(stems: frozenset[str]) -> set[str]:
    return {SYNONYMS[s] for s in stems if s in SYNONYMS}
