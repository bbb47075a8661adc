"""The vocabulary of section headings: what a heading in a class spec, bulletin or work description names.

Headings are matched whole, after normalising (any capitalisation, "&" for "and", a colon or not, list
numbering before it), so that "ESSENTIAL FUNCTIONS", "Essential Functions:" and "3. Essential functions" are
one heading, and a sentence that happens to start with "Duties" is not. Stdlib only, no Qt, no SQL.

Roles are the model's section kinds, and:
  ksa          knowledge, skills and abilities together: their lead-ins ("Knowledge of:") say which is which
  licence      licences and certificates: part of the qualifications under them, else a condition
  supervision  supervision received and exercised, kept as ``other`` with its heading
  posting      a job posting's boilerplate (salary, how to apply, deadlines, selection, equal opportunity):
               kept out of the sections
  banner       the document's kind ("Class Specification", "Job Description"), not a section
"""

from __future__ import annotations

import re
from functools import lru_cache

_OF_JOB = r"(?: of (?:the |this )?(?:class(?:ification)?|position|job|role|work))?"
_LICENCE = r"(?:licen[cs]es?|licen[cs]ing|certificat(?:es?|ions?)|registrations?)"
# (role, alternatives the whole normalised heading must match), first match wins: order matters where
# alternatives overlap ("desirable qualifications" before "qualifications", "knowledge" before KSA).
_VOCABULARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("banner", (
        r"(?:class(?:ification)?|job|position|work|generic work) (?:specification|description)s?",
        r"class spec|classification",
    )),
    ("purpose", (
        r"(?:class )?series (?:definition|description|concept|purpose|scope)",
        r"(?:definition|description|purpose|scope) of (?:the )?(?:class )?series",
    )),
    ("other", (
        r"(?:additional |other )?(?:desirable|desired|preferred|preferable)"
        r"(?: qualifications| criteria| requirements| skills)?(?: and experience)?",
        r"asset qualifications|(?:factors affecting )?(?:position )?allocation(?: factors| guidelines)?",
    )),
    ("concept", (
        r"(?:class |classification |job |position |role |general |brief )?"
        r"(?:definition|description|summary|concept|overview|profile|purpose|characteristics)" + _OF_JOB,
        r"(?:definition|summary) and distinguishing (?:characteristics|features)",
        r"distinguishing (?:characteristics|features)|class characteristics|level of (?:work|responsibility)",
        r"general statement of (?:duties|work)|nature of (?:the )?(?:work|position|job|class)",
        r"nature and scope(?: of (?:the )?(?:position|job|work))?|scope(?: of (?:the )?(?:position|job|work|role))?",
        r"general accountabilit(?:y|ies)|client service results?|(?:the )?role|about the (?:role|position|job)",
        r"(?:job|position|role) purpose|summary of (?:duties|position)|position summary",
    )),
    ("duties", (
        r"(?:essential |typical |principal |primary |major |main |key |specific |illustrative |representative "
        r"|marginal |other )?(?:job |position )?(?:duties|functions|tasks|responsibilities|accountabilities"
        r"|activities|work activities)(?: and (?:responsibilities|duties|functions|accountabilities))?"
        r"(?: performed)?(?: may include)?",
        r"(?:illustrative |typical )?examples? of (?:essential |typical |important )?(?:duties|work|functions|tasks)"
        r"(?: performed)?",
        r"essential (?:job )?functions?|what you(?: will|ll) do|work performed",
    )),
    ("knowledge", (r"(?:required |necessary |job |technical |specialized |specialised )?knowledge(?: required)?",)),
    ("skills", (r"(?:required |necessary |technical )?skills?(?: required)?",)),
    ("abilities", (r"(?:required |necessary )?abilit(?:y|ies)(?: required)?",)),
    ("ksa", (
        r"(?:required |necessary |essential |minimum )?(?:knowledge )?(?:skills? )?(?:and )?(?:abilities|ability)"
        r"(?: (?:and )?other (?:characteristics|requirements))?(?: requirements| required)?",
        r"(?:required |necessary )?knowledge (?:and )?skills?(?: and experience)?(?: required)?",
        r"(?:knowledge|skills?) (?:and )?experience|knowledge skills and experience",
        r"ksas?|ksaos?|(?:key |core |essential |required |technical )?competenc(?:y|ies)(?: required)?",
        r"person specification|selection criteria|(?:essential |key )?(?:capabilities|behaviours|behaviors)",
        r"capabilities and experience|qualifications knowledge skills and abilities",
    )),
    ("licence", (
        r"(?:required |special |necessary )?" + _LICENCE + r"(?:(?:/| or | and | and/or )" + _LICENCE + r")?"
        r"(?: required| requirements?)?",
    )),
    ("qualifications", (
        r"(?:minimum |required |essential |typical |job |employment )?(?:qualifications?|requirements?)"
        r"(?: (?:and|or) (?:qualifications?|requirements?))?(?: guidelines| requirements| standards)?"
        r"(?: for (?:employment|the (?:class|position)))?",
        r"(?:minimum )?(?:requirements?|qualifications?)/(?:minimum )?(?:qualifications?|requirements?)",
        r"minimum (?:class |entrance |employment )?(?:qualifications?|requirements?)",
        r"(?:minimum )?(?:education|experience|training)(?: (?:and|or|and/or) (?:education|experience|training))*"
        r"(?: (?:and )?licen[cs](?:e|es|ure))?(?: (?:requirements?|guidelines|required|and qualifications))?",
        r"experience training (?:and )?licen[cs]es?|employment standards|entrance requirements",
        r"(?:essential )?criteria|eligibility requirements|qualifications? and experience",
    )),
    ("training", (
        r"training and development(?: required.*)?|continuing education(?: requirements?)?",
        r"professional development(?: requirements?)?|training requirements?",
    )),
    ("conditions", (
        r"(?:necessary |additional )?special (?:requirements?|conditions|working conditions|personal characteristics"
        r"|qualifications)|other (?:requirements?|conditions)",
        r"(?:physical|mental|sensory)(?: (?:and|or) (?:mental|physical|environmental|sensory))*"
        r" (?:demands|requirements|abilities|effort|standards|conditions|characteristics)"
        r"(?: and (?:working|work) (?:conditions|environment))?",
        r"(?:unusual |special |hazardous )?(?:working|work|environmental) (?:conditions|environment)",
        r"conditions of employment|employment conditions|effort|eligibility|security (?:clearance|requirements?)",
        r"background (?:check|investigation)|medical (?:examination|standards)|tools and equipment(?: used)?",
        r"environmental (?:factors|demands)|physical effort|work schedule|hours of work",
        r"americans with disabilities act(?: requirements)?|ada requirements",
    )),
    ("supervision", (
        r"supervision(?: (?:received|exercised|given))?(?: (?:and|or) (?:received|exercised))?",
        r"supervisory responsibilit(?:y|ies)|reports? to|reporting relationships?|working relationships|contacts",
        r"organi[sz]ation(?:al)? (?:structure|relationships|context)",
    )),
    ("other", (
        r"disaster service workers?|flsa(?: status| designation)?|fair labor standards act(?: status)?",
        r"bargaining unit|probation(?:ary period)?|class history|history|dimensions|responsibility",
        r"(?:special )?notes?|additional information|other information|comments",
    )),
    ("posting", (
        r"(?:annual |monthly |hourly |starting )?(?:salary|pay|wage|compensation)"
        r"(?: range| information| and benefits| grade)?",
        r"benefits?(?: package| information| summary)?|what we offer|why work for us",
        r"(?:how|where|when) to apply|to apply|apply(?: now| online)?",
        r"application(?: and selection)?(?: process| procedures?| information| instructions| deadline| requirements)?",
        r"(?:application |filing )?(?:deadline|closing date|filing period|final filing date)",
        r"filing (?:instructions|information)|(?:the )?selection (?:process|procedures?|plan)",
        r"examination(?: process| information| weights| plan)?|exam(?: plan| process)?|process notes",
        r"equal (?:employment )?opportunit(?:y|ies)(?: employer| statement)?|eeo(?: statement)?",
        r"reasonable accommodations?|supplemental (?:information|questions|questionnaire)|veterans? preference",
        r"about (?:us|the (?:city|county|town|state|department|agency|organi[sz]ation|team|employer|community))",
        r"our (?:team|organi[sz]ation|department)|(?:the )?recruitment(?: process)?|disclaimer",
        r"job (?:type|number|category|posting)|open(?:ing)? date|closing|location|department|division|agency",
        r"contact(?: information| us)?|employment type|position type|work location",
    )),
)
_RULES = tuple((role, re.compile("|".join(alternatives))) for role, alternatives in _VOCABULARY)
# List numbering before a heading ("3.", "A)", "IV.", "Section 2:", "Part B -"), and remarks in brackets.
_NUMBERING = re.compile(r"^(?:(?:section|part)\s+\w{1,3}\s*[.:)\-–—]?\s*|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # no bracket inside: each is read once (linear time)
_PUNCTUATION = re.compile(r"[^\w\s/']+")

# A heading is a few words: longer text is a sentence, however it starts.
MAX_HEADING_WORDS = 10


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, "&" as "and", punctuation and list numbering dropped: for matching only, never shown."""
    text = text.strip().lower().replace("&", " and ").replace("’", "'")
    text = _NUMBERING.sub("", text)
    text = _BRACKETS.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.replace("'s ", "s ").split())


@lru_cache(maxsize=4096)
def heading_role(text: str) -> str | None:
    """The role of a heading (a section kind or one of the roles above), or None for words that name none."""
    key = normalise(text)
    if not key or len(key.split()) > MAX_HEADING_WORDS:
        return None
    return next((role for role, rule in _RULES if rule.fullmatch(key)), None)


# Words a heading in capitals keeps in capitals: initialisms and level numerals ("FLSA STATUS", "LEVEL II").
_INITIALISMS = frozenset(("ada", "eeo", "flsa", "ksa", "ksas", "ksao", "ksaos", "gis", "hr", "ceqa", "osha",
                          "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "i", "v", "x"))
# Words a title-case heading writes in lower case, except at its start ("Supervision Received and Exercised").
_MINOR_WORDS = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor", "of", "on", "or",
                          "per", "the", "to", "vs", "with"))
_HEADING_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def shown_heading(text: str) -> str:
    """A heading as the app shows headings: one written in capitals ("ESSENTIAL FUNCTIONS", "EXPERIENCE,
    TRAINING, AND LICENSES") in title case ("Essential Functions", "Experience, Training, and Licenses"),
    initialisms kept ("FLSA Status"); any other heading as written."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return text
    first = _HEADING_WORD.search(text)

    def word(m: re.Match[str]) -> str:
        lower = m.group().lower()
        if lower in _INITIALISMS:
            return m.group()
        if lower in _MINOR_WORDS and m.start() != first.start():
            return lower
        return lower[:1].upper() + lower[1:]

    return _HEADING_WORD.sub(word, text)
