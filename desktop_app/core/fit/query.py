"""A position as the fit reads it: its words weighed by the share of time of the duties that use them, what it
names of others (its supervisor), where it is, and its level cues. No Qt, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.compare.meaning import content_stems, meaning_tokens
from desktop_app.core.compare.tasks import tasks
from desktop_app.core.level_cues import LevelReading, position_reading
from desktop_app.core.positions.model import Position

# How much the words outside the duties count, against the duties' 1 (their shares add up to 1).
PURPOSE_WEIGHT = 0.3
TITLE_WEIGHT = 0.3
KSA_WEIGHT = 0.2
MIN_TASK_TOKENS = 3
_TO_SOMEONE = re.compile(r"(?<!\s)\s++to\s++(?:the\s++)?(?=[A-Z])")


@dataclass(frozen=True)
class PositionQuery:
    position: Position
    weights: dict[str, float]  # stem → its weight in the position
    boss: frozenset[str]  # stems that name whom the position reports to, and nothing of its own title
    stems: frozenset[str]  # every content stem of the description, for departments and settings named
    capitals: frozenset[str]  # its words in capitals ("FTB", "CDCR"), for departments named by initials
    duty_tasks: tuple[tuple[frozenset[str], ...], ...]  # per duty, the meaning tokens of its tasks
    reading: LevelReading
    places: frozenset[str]  # the jurisdictions' place names the description gives ("ohio")


def place_name(name: str) -> str:
    """The place a jurisdiction's name names: "State of Ohio (DAS)" → "Ohio", "City of Eastvale" → "Eastvale"."""
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"^\s*(?:the\s+)?(?:state|commonwealth|city|county|town|village|province)\s+of\s+", "", name,
                  flags=re.IGNORECASE)
    return " ".join(name.split())


def own_title(title: str) -> str:
    """A working title without whom it serves: "Secretary to the District Deputy" → "Secretary"."""
    return _TO_SOMEONE.split(title)[0]


def position_text(position: Position) -> str:
    return "\n".join([position.title, position.agency, position.unit, position.purpose,
                      *(d.text for d in position.duties), position.supervision_received,
                      position.supervision_exercised, *position.ksas, position.supervisor])


_CAPITALS = re.compile(r"\b[A-Z]{2,5}\b")


def _acronym_stems(text: str) -> set[str]:
    """Stems of the words the description writes only in capitals, in text that is not all capitals: its own
    initials ("OIL" for occupational injury leave, "RTW"), which say nothing of "oil" in a class's title."""
    lower = {w.lower() for w in re.findall(r"\b[a-z][a-z]+\b|\b[A-Z][a-z]+\b", text)}
    words = {w.lower() for w in _CAPITALS.findall(text)} - lower
    return set(content_stems(" ".join(words))) if words else set()


def position_query(position: Position, place_names: dict[str, str] | None = None) -> PositionQuery:
    """``place_names``: jurisdiction code → the place it is ("OH" → "Ohio"), to tell where the position is."""
    weights: dict[str, float] = {}

    def add(stems, weight: float) -> None:
        for stem in stems:
            weights[stem] = weights.get(stem, 0.0) + weight

    shares = position.shares()
    for duty, share in zip(position.duties, shares):
        add(content_stems(duty.text), share)
    add(content_stems(position.purpose), PURPOSE_WEIGHT)
    title = own_title(position.title)
    add(content_stems(title), TITLE_WEIGHT)
    for ksa in position.ksas:
        add(content_stems(ksa), KSA_WEIGHT / len(position.ksas))
    boss = content_stems(position.supervisor) - content_stems(title) - content_stems(position.current_class) \
        - content_stems(position.requested_class)
    text = position_text(position)
    initials = _acronym_stems(text)
    duty_tasks = []
    for duty in position.duties:
        found = [tokens for task in tasks(duty.text)
                 if len(tokens := meaning_tokens(task) - initials) >= MIN_TASK_TOKENS]
        duty_tasks.append(tuple(found) or (meaning_tokens(duty.text) - initials,))
    reading = position_reading(position.supervision_received, position.supervision_exercised,
                               [(d.text, s) for d, s in zip(position.duties, shares)], position.purpose, title)
    places = frozenset(code for code, name in (place_names or {}).items()
                       if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))
    for stem in initials:
        weights.pop(stem, None)
    return PositionQuery(position, weights, frozenset(boss), content_stems(text),
                         frozenset(re.findall(r"\b[A-Z]{2,}\b", text)), tuple(duty_tasks), reading, places)
