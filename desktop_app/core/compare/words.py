"""Word-level diff of one cell against its base: segments that read like a redline; imports only the stdlib, rapidfuzz and sibling modules.

The steps, each for a reason a reader would give:
1. diff whitespace-delimited chunks with rapidfuzz ``Indel.opcodes`` (exact LCS, fast enough for 3,000-word
   duties), then re-diff the chunks that differ on words and marks, so "policies," against "policies" marks
   only the comma;
2. fold the islands of unchanged text between two changes into the change when they are bare punctuation, a
   few common words ("of", "the", "&/or"), or shorter than the changes around them, because
   "~~health & life~~ dental & vision" reads better than four scraps;
3. mark a mostly rewritten item, one where only scaffolding survived, as one deletion and one insertion.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from desktop_app.core.compare.comparison import DELETE, EQUAL, INSERT, CompareOptions, Segment
from desktop_app.core.compare.tokens import SPACE, WORD_RE, Tokens, chunk_tokens, count_words, fine_tokens

# Words too common to stand as an unchanged island inside a change.
COMMON_WORDS = frozenset(
    """a an the of and or nor but to in on at by for from with into onto over under per via as than
    is are be been its it their his her this that these those which who all any each""".split()
)
# An island of up to this many common words is folded into the change around it.
ISLAND_WORDS = 3
# An island longer than this (in characters) cannot be a few common words; skip counting its words.
_ISLAND_CHARS = 60
# Below this share of unchanged text (2 x unchanged chars / both texts' chars), with no unchanged run of
# PHRASE_WORDS words or more left after the clean-up, an item counts as rewritten and is marked whole: what
# survives is scaffolding ("The", a final "."), not kept text a reader would want to see. A kept phrase
# ("full performance level class works under general supervision") is worth showing even in a rewrite.
REWRITTEN_BELOW = 0.4
PHRASE_WORDS = 4


class _Change:
    """A run of deleted base text and inserted cell text between two unchanged runs."""

    __slots__ = ("deleted", "inserted", "deleted_chars", "inserted_chars")

    def __init__(self) -> None:
        self.deleted: list[str] = []
        self.inserted: list[str] = []
        self.deleted_chars = 0
        self.inserted_chars = 0

    def add(self, deleted: str, inserted: str) -> None:
        if deleted:
            self.deleted.append(deleted)
            self.deleted_chars += len(deleted)
        if inserted:
            self.inserted.append(inserted)
            self.inserted_chars += len(inserted)


def word_diff(base: str, text: str, options: CompareOptions = CompareOptions()) -> tuple[Segment, ...]:
    """Segments of ``text`` relative to ``base``.

    equal+insert texts give ``text``; equal (base spelling) + delete texts give ``base``.
    """
    if base == text:
        return (Segment(EQUAL, text),) if text else ()
    old = chunk_tokens(base, options)
    new = chunk_tokens(text, options)
    # An unchanged run is a (cell text, base text) tuple; a changed run is a _Change.
    blocks: list = []
    _equal(blocks, new.lead, old.lead)
    if old.keys == new.keys:
        _equal(blocks, new.span(0, len(new)), old.span(0, len(old)))
    else:
        _diff(blocks, old, new, options, refine=True)
    blocks = _fold_islands(blocks)
    if _rewritten(blocks, base, text):
        return (Segment(DELETE, base), Segment(INSERT, text))
    return _segments(blocks)


def _equal(blocks: list, text: str, base: str) -> None:
    if not text and not base:
        return
    if blocks and isinstance(blocks[-1], tuple):
        last_text, last_base = blocks[-1]
        blocks[-1] = (last_text + text, last_base + base)
    else:
        blocks.append((text, base))


def _change(blocks: list) -> _Change:
    if blocks and isinstance(blocks[-1], _Change):
        return blocks[-1]
    change = _Change()
    blocks.append(change)
    return change


def _diff(blocks: list, old: Tokens, new: Tokens, options: CompareOptions, refine: bool) -> None:
    """Append the blocks of ``old`` → ``new``; with ``refine``, re-diff differing chunks on fine tokens."""
    old_keys, new_keys = old.keys, new.keys
    # Indel has no substitutions, so a changed stretch arrives as delete+insert opcodes between equal ones.
    i0 = j0 = 0
    for tag, i1, i2, j1, j2 in Indel.opcodes(old_keys, new_keys).as_list():
        if tag != "equal":
            continue
        if i0 < i1 or j0 < j1:
            _changed_stretch(blocks, old, new, i0, i1, j0, j1, options, refine)
        _equal(blocks, new.span(j1, j2), old.span(i1, i2))
        i0, j0 = i2, j2
    if i0 < len(old_keys) or j0 < len(new_keys):
        _changed_stretch(blocks, old, new, i0, len(old_keys), j0, len(new_keys), options, refine)


def _changed_stretch(
    blocks: list, old: Tokens, new: Tokens, i1: int, i2: int, j1: int, j2: int, options, refine: bool
) -> None:
    deleted = old.span(i1, i2)
    inserted = new.span(j1, j2)
    if not refine and _uncounted(old.keys, i1, i2) and _uncounted(new.keys, j1, j2):
        # Spacing alone ("disability/ workers'" against "disability/workers'") is never a change, nor are
        # marks when punctuation is ignored.
        _equal(blocks, inserted, deleted)
        return
    if refine and i1 < i2 and j1 < j2 and not (_plain(old.keys, i1, i2) and _plain(new.keys, j1, j2)):
        old_fine = fine_tokens(deleted, options, at_start=False)
        new_fine = fine_tokens(inserted, options, at_start=False)
        _equal(blocks, new_fine.lead, old_fine.lead)
        _diff(blocks, old_fine, new_fine, options, refine=False)
        return
    _change(blocks).add(deleted, inserted)


def _uncounted(keys: list[str], start: int, end: int) -> bool:
    return all(key == SPACE for key in keys[start:end])


def _plain(keys: list[str], start: int, end: int) -> bool:
    """True when none of these chunks has fine structure (all letters/digits), so re-diffing cannot help."""
    return all(key.isalnum() for key in keys[start:end])


def _fold_islands(blocks: list) -> list:
    """Merge change + island + change into one change, pass after pass until no island is left.

    An island is an unchanged run between two changes that is only marks and spacing, at most ISLAND_WORDS
    common words, or less than half as long as the change on either side of it (in characters, the larger of
    the deleted and inserted text) — the last rule is a stricter form of diff-match-patch's semantic clean-up,
    and is what turns a scatter of one-word survivors inside a rewritten stretch into one readable change.
    """
    while len(blocks) >= 3:
        folded: list = [blocks[0]]
        index = 1
        while index < len(blocks):
            block = blocks[index]
            if (
                isinstance(block, tuple)
                and index + 1 < len(blocks)
                and isinstance(folded[-1], _Change)
                and _is_island(block[0], folded[-1], blocks[index + 1])
            ):
                change = folded[-1]
                change.add(block[1], block[0])
                following = blocks[index + 1]
                change.deleted.extend(following.deleted)
                change.inserted.extend(following.inserted)
                change.deleted_chars += following.deleted_chars
                change.inserted_chars += following.inserted_chars
                index += 2
                continue
            folded.append(block)
            index += 1
        if len(folded) == len(blocks):
            return folded
        blocks = folded
    return blocks


def _is_island(text: str, before: _Change, after: _Change) -> bool:
    size = 2 * len(text)
    if size < max(before.deleted_chars, before.inserted_chars) and size < max(
        after.deleted_chars, after.inserted_chars
    ):
        return True
    if size > _ISLAND_CHARS:
        return False
    words = WORD_RE.findall(text)
    return len(words) <= ISLAND_WORDS and all(word.lower() in COMMON_WORDS for word in words)


def _rewritten(blocks: list, base: str, text: str) -> bool:
    if not any(isinstance(block, _Change) for block in blocks):
        return False
    kept = [block[0] for block in blocks if isinstance(block, tuple)]
    if 2 * sum(map(len, kept)) >= REWRITTEN_BELOW * (len(base) + len(text)):
        return False
    return all(len(WORD_RE.findall(run)) < PHRASE_WORDS for run in kept)


def _segments(blocks: list) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for block in blocks:
        if isinstance(block, tuple):
            text, base = block
            segments.append(Segment(EQUAL, text, None if base == text else base))
            continue
        deleted = "".join(block.deleted)
        inserted = "".join(block.inserted)
        if deleted:
            segments.append(Segment(DELETE, deleted))
        if inserted:
            segments.append(Segment(INSERT, inserted))
    return tuple(segments)


def cell_text(segments: tuple[Segment, ...]) -> str:
    """The cell's own text, re-assembled from its segments (equal + insert)."""
    return "".join(s.text for s in segments if s.op != DELETE)


def base_text(segments: tuple[Segment, ...]) -> str:
    """The base's text, re-assembled from the cell's segments (equal in the base's spelling + delete)."""
    return "".join(s.base for s in segments)


def changed_words(segments: tuple[Segment, ...]) -> tuple[int, int, int]:
    """Words (inserted, deleted, unchanged) in these segments."""
    inserted = deleted = unchanged = 0
    for segment in segments:
        words = count_words(segment.text)
        if segment.op == INSERT:
            inserted += words
        elif segment.op == DELETE:
            deleted += words
        else:
            unchanged += words
    return inserted, deleted, unchanged
