"""Cut a task that lists several responsibilities with commas ("… for all state employees, coordinates …, prepares
bid specifications … &/or serves as lead worker …") into its clauses, so that a position's duty meets the one
responsibility it is about. A clause starts where a comma or "&/or", outside parentheses, is followed by a verb a
duty statement opens with; a clause has four words at least. Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The verbs duty statements open a responsibility with, as they are written there (third person).
DUTY_VERBS = frozenset(
    """acts administers advises analyzes answers applies approves arranges assigns assists attends audits
    calculates checks collects compiles completes composes conducts confers consults contacts coordinates
    corresponds counsels creates defines delivers designs determines develops directs drafts edits enforces
    establishes estimates evaluates examines explains facilitates files formulates gathers guides handles
    identifies implements informs inspects installs instructs interprets interviews investigates issues leads
    maintains manages meets monitors negotiates notifies observes operates organizes oversees participates
    performs plans prepares presents processes procures promotes proposes provides receives recommends
    reconciles records refers represents researches resolves responds reviews revises schedules selects serves
    solves submits supervises supports tests tracks trains translates updates verifies writes""".split()
)
MIN_WORDS = 4
_COMMA_VERB = re.compile(r"(?:,|\s&/or|\sand/or)\s+(?:&\s+|and\s+)?([a-z]+)\b")


@lru_cache(maxsize=8192)
def clauses(task: str) -> tuple[str, ...]:
    """The clauses of ``task``, each an exact stretch of it; the task itself when it lists one responsibility."""
    depth_at = _depths(task)
    cuts = [(m.start(), m.start(1)) for m in _COMMA_VERB.finditer(task)
            if m.group(1) in DUTY_VERBS and not depth_at[m.start()] and not _in_a_list(task, m.end(1))]
    pieces: list[str] = []
    start = 0
    for end, verb in cuts:
        if len(task[start:end].split()) >= MIN_WORDS and len(task[verb:].split()) >= MIN_WORDS:
            pieces.append(task[start:end].strip())
            start = verb
    pieces.append(task[start:].strip())
    return tuple(pieces)


_NEXT_IN_LIST = re.compile(r",\s+(?:and\s+|&\s+)?([a-z]+)")


def _in_a_list(task: str, end: int) -> bool:
    """A verb's word that is a noun of a list ("… environmental documents, plans, ordinances and …"): a comma
    follows it, and no verb after that comma ("Plans, organizes, and directs" is a list of verbs)."""
    m = _NEXT_IN_LIST.match(task, end)
    return m is not None and m.group(1) not in DUTY_VERBS


def _depths(text: str) -> list[int]:
    """How many brackets are open at each character."""
    depth, depths = 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        depths.append(depth)
    return depths
