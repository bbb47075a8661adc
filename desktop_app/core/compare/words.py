"""Word-level diff of a cell against its base, as segments that read like a redline; pure: no Qt, sqlite, store or ui.

The steps, each for a reason a reader would give:
0. pair the unchanged sentences of two long texts first, and diff only the stretches between them;
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

from desktop_app.core.compare.comparison import DELETE, EQUAL, INSERT, REWRITTEN, SHARED, CompareOptions, Segment
from desktop_app.core.compare.tokens import (
    SPACE,
    WORD_RE,
    Tokens,
    chunk_tokens,
    count_words,
    fine_split,
    joined_keys,
    key_sequence,
    sentence_tokens,
)

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
# Texts this long (in characters, both) are diffed on sentences first (see _diff_sentences).
SENTENCE_PASS_CHARS = 2000
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


class _Redline:
    """Blocks in text order: an unchanged run is a (cell text, base text) tuple, a changed run a _Change;
    neighbours of one kind are merged as they come."""

    __slots__ = ("blocks",)

    def __init__(self) -> None:
        self.blocks: list = []

    def equal(self, text: str, base: str) -> None:
        if not text and not base:
            return
        blocks = self.blocks
        if blocks and type(blocks[-1]) is tuple:
            last_text, last_base = blocks[-1]
            blocks[-1] = (last_text + text, last_base + base)
        else:
            blocks.append((text, base))

    def change(self, deleted: str, inserted: str) -> None:
        blocks = self.blocks
        if blocks and type(blocks[-1]) is _Change:
            blocks[-1].add(deleted, inserted)
            return
        change = _Change()
        change.add(deleted, inserted)
        blocks.append(change)


def word_diff(base: str, text: str, options: CompareOptions = CompareOptions()) -> tuple[Segment, ...]:
    """Segments of ``text`` relative to ``base``.

    equal+insert texts give ``text``; equal (base spelling) + delete texts give ``base``.
    """
    if base == text:
        return (Segment(EQUAL, text),) if text else ()
    old = new = None
    if len(base) >= SENTENCE_PASS_CHARS and len(text) >= SENTENCE_PASS_CHARS:
        old = sentence_tokens(base, options)
        new = sentence_tokens(text, options) if old is not None else None
    sentences = new is not None
    if not sentences:
        old, new = chunk_tokens(base, options), chunk_tokens(text, options)
    redline = _Redline()
    redline.equal(new.lead, old.lead)
    if old.keys == new.keys:
        redline.equal(new.span(0, len(new)), old.span(0, len(old)))
    elif _maybe_equal(old, new, sentences) and key_sequence(base, options) == key_sequence(text, options):
        # Equal words and marks, only spaced differently ("a, b" and "a ,b"): the chunk pass could pair the
        # wrong chunks, so say what the row status says, that the texts are equal.
        return (Segment(EQUAL, text, base),)
    elif sentences:
        _diff_sentences(redline, old, new, options)
    else:
        _diff_chunks(redline, old, new, options)
    blocks = _fold_islands(redline.blocks)
    if base and text and _rewritten(blocks, base, text):
        return (Segment(DELETE, base), Segment(INSERT, text))
    return _segments(blocks)


def _maybe_equal(old: Tokens, new: Tokens, sentences: bool) -> bool:
    """False when the two texts cannot have equal fine keys (cheap: usually their key lengths differ)."""
    if old.key_chars is not None and new.key_chars is not None and old.key_chars != new.key_chars:
        return False
    return sentences or joined_keys(old) == joined_keys(new)


def _diff_sentences(redline: _Redline, old: Tokens, new: Tokens, options: CompareOptions) -> None:
    """Diff on sentences, then diff each stretch where sentences were replaced on its chunks.

    A long text is mostly unchanged sentences; pairing them first leaves the chunk diff only the sentences
    that differ, as line-based diffs do before they diff words.
    """
    old_end, new_end = len(old.keys), len(new.keys)
    opcodes = Indel.opcodes(old.keys, new.keys).as_list()
    opcodes.append(("equal", old_end, old_end, new_end, new_end))
    i0 = j0 = 0
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            continue
        if i0 < i1 and j0 < j1:
            deleted, inserted = old.span(i0, i1), new.span(j0, j1)
            if i1 < old_end:  # both stretches end with ". ": the space is not part of the change
                deleted, inserted = deleted[:-1], inserted[:-1]
            chunks_old = chunk_tokens(deleted, options, at_start=False)
            chunks_new = chunk_tokens(inserted, options, at_start=False)
            _diff_chunks(redline, chunks_old, chunks_new, options)
            if i1 < old_end:
                redline.equal(" ", " ")
        elif i0 < i1:
            redline.change(old.span(i0, i1), "")
        elif j0 < j1:
            redline.change("", new.span(j0, j1))
        if i1 < i2:
            redline.equal(new.span(j1, j2), old.span(i1, i2))
        i0, j0 = i2, j2


def _diff_chunks(redline: _Redline, old: Tokens, new: Tokens, options: CompareOptions) -> None:
    """Diff on chunks, then re-diff each stretch where chunks were replaced on words, marks and spaces."""
    old_keys, new_keys = old.keys, new.keys
    old_end, new_end = len(old_keys), len(new_keys)
    # Single-spaced words that are their own keys: an unchanged run reads the same on both sides but for the
    # space after it, so the base's copy need not be built.
    same_words = old.pieces is None and new.pieces is None and old_keys is old.words and new_keys is new.words
    old_span, new_span = old.span, new.span
    equal, change = redline.equal, redline.change
    shortcut = not options.ignore_punctuation
    i0 = j0 = 0
    # Indel has no substitutions, so a changed stretch arrives as delete+insert opcodes between equal ones.
    opcodes = Indel.opcodes(old_keys, new_keys).as_list()
    opcodes.append(("equal", old_end, old_end, new_end, new_end))  # closes a changed stretch at the end
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            continue
        if i0 < i1:
            if j0 < j1:
                deleted, inserted = old_span(i0, i1), new_span(j0, j1)
                if (_plain(old_keys, i0, i1) and _plain(new_keys, j0, j1)) or (
                    shortcut and i1 - i0 == j1 - j0 == 1 and _unrelated(old_keys[i0], new_keys[j0])
                ):
                    _hug(redline, deleted, inserted)
                else:
                    _refine(redline, deleted, inserted, options)
            else:
                change(old_span(i0, i1), "")
        elif j0 < j1:
            change("", new_span(j0, j1))
        if i1 < i2:
            text = new_span(j1, j2)
            if not same_words:
                equal(text, old_span(i1, i2))
            elif (i2 < old_end) == (j2 < new_end):
                equal(text, text)
            else:
                equal(text, text + " " if i2 < old_end else text[:-1])
        i0, j0 = i2, j2


def _hug(redline: _Redline, deleted: str, inserted: str) -> None:
    """Whole words replaced by whole words: what re-diffing would give, without its cost. The spacing after
    both stays unmarked so that marks hug the words ("[2][3] yrs.", not "[2 ][3 ]yrs.")."""
    if deleted[-1:] == inserted[-1:] == " " and not deleted[-2:-1].isspace() and not inserted[-2:-1].isspace():
        redline.change(deleted[:-1], inserted[:-1])  # the common case, single-spaced text, without rstrip
        redline.equal(" ", " ")
        return
    old_space = len(deleted) - len(deleted.rstrip())
    new_space = len(inserted) - len(inserted.rstrip())
    if old_space and new_space:
        redline.change(deleted[:-old_space], inserted[:-new_space])
        redline.equal(inserted[-new_space:], deleted[-old_space:])
    else:
        redline.change(deleted, inserted)


def _refine(redline: _Redline, deleted: str, inserted: str, options: CompareOptions) -> None:
    """Re-diff a replaced stretch of chunks on words, marks and spaces (it starts with a token, not a space)."""
    old_pieces, old_keys = fine_split(deleted, options)
    new_pieces, new_keys = fine_split(inserted, options)
    # The common start and end are part of a longest common subsequence; most stretches are a word or two
    # ("benefits," against "claims;") and what lies between shares no token, so Indel is not needed.
    shortest = min(len(old_keys), len(new_keys))
    start = 0
    while start < shortest and old_keys[start] == new_keys[start]:
        start += 1
    end = 0
    while end < shortest - start and old_keys[-1 - end] == new_keys[-1 - end]:
        end += 1
    old_stop, new_stop = len(old_keys) - end, len(new_keys) - end
    if start:
        redline.equal("".join(new_pieces[:start]), "".join(old_pieces[:start]))
    old_middle, new_middle = old_keys[start:old_stop], new_keys[start:new_stop]
    if set(old_middle).isdisjoint(new_middle):
        _fine_stretch(redline, old_pieces, old_keys, start, old_stop, new_pieces, new_keys, start, new_stop)
    else:
        i0, j0 = start, start
        for tag, i1, i2, j1, j2 in Indel.opcodes(old_middle, new_middle).as_list():
            if tag != "equal":
                continue
            i1, i2, j1, j2 = i1 + start, i2 + start, j1 + start, j2 + start
            _fine_stretch(redline, old_pieces, old_keys, i0, i1, new_pieces, new_keys, j0, j1)
            redline.equal("".join(new_pieces[j1:j2]), "".join(old_pieces[i1:i2]))
            i0, j0 = i2, j2
        _fine_stretch(redline, old_pieces, old_keys, i0, old_stop, new_pieces, new_keys, j0, new_stop)
    if end:
        redline.equal("".join(new_pieces[new_stop:]), "".join(old_pieces[old_stop:]))


def _fine_stretch(redline, old_pieces, old_keys, i1, i2, new_pieces, new_keys, j1, j2) -> None:
    if i1 == i2 and j1 == j2:
        return
    deleted, inserted = "".join(old_pieces[i1:i2]), "".join(new_pieces[j1:j2])
    if _uncounted(old_keys, i1, i2) and _uncounted(new_keys, j1, j2):
        # Spacing alone ("disability/ workers'" against "disability/workers'") is never a change, nor are
        # marks when punctuation is ignored.
        redline.equal(inserted, deleted)
    else:
        redline.change(deleted, inserted)


def _uncounted(keys: list[str], start: int, end: int) -> bool:
    return all(key == SPACE for key in keys[start:end])


def _unrelated(old_key: str, new_key: str) -> bool:
    """True when re-diffing two single chunks could only find marks inside them ("claims;" against "HMOs)"):
    they start and end differently and share no word, so any marks matched would sit between two changes and
    be folded into them, and the result is one change, as _hug makes it."""
    return (
        old_key[0] != new_key[0]
        and old_key[-1] != new_key[-1]
        and set(WORD_RE.findall(old_key)).isdisjoint(WORD_RE.findall(new_key))
    )


def _plain(keys: list[str], start: int, end: int) -> bool:
    """True when none of these chunks has fine structure (all letters/digits), so re-diffing cannot help."""
    return "".join(keys[start:end]).isalnum()


def _fold_islands(blocks: list) -> list:
    """Merge change + island + change into one change, pass after pass until no island is left.

    An island is an unchanged run between two changes that is only marks and spacing, at most ISLAND_WORDS
    common words, or less than half as long as the change on either side of it (in characters, the larger of
    the deleted and inserted text) — the last rule is a stricter form of diff-match-patch's semantic clean-up,
    and is what turns a scatter of one-word survivors inside a rewritten stretch into one readable change.
    """
    while len(blocks) >= 3:
        folded: list = [blocks[0]]
        count = len(blocks)
        index = 1
        while index < count:
            block = blocks[index]
            before = folded[-1]
            if (
                type(block) is tuple
                and index + 1 < count
                and type(before) is _Change
                and _is_island(block[0], before, blocks[index + 1])
            ):
                before.add(block[1], block[0])
                following = blocks[index + 1]
                before.deleted.extend(following.deleted)
                before.inserted.extend(following.inserted)
                before.deleted_chars += following.deleted_chars
                before.inserted_chars += following.inserted_chars
                index += 2
                continue
            folded.append(block)
            index += 1
        if len(folded) == count:
            return folded
        blocks = folded
    return blocks


def _is_island(text: str, before: _Change, after: _Change) -> bool:
    size = 2 * len(text)
    if size < max(before.deleted_chars, before.inserted_chars) and size < max(
        after.deleted_chars, after.inserted_chars
    ):
        return True
    if len(text) > _ISLAND_CHARS:
        return False
    words = WORD_RE.findall(text)
    return len(words) <= ISLAND_WORDS and all(word.lower() in COMMON_WORDS for word in words)


def _rewritten(blocks: list, base: str, text: str) -> bool:
    kept = [block[0] for block in blocks if type(block) is tuple]
    if len(kept) == len(blocks):
        return False
    if 2 * sum(map(len, kept)) >= REWRITTEN_BELOW * (len(base) + len(text)):
        return False
    return all(len(WORD_RE.findall(run)) < PHRASE_WORDS for run in kept)


def _segments(blocks: list) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    add = segments.append
    for block in blocks:
        if type(block) is tuple:
            text, base = block
            add(Segment(EQUAL, text, None if base == text else base))
            continue
        if block.deleted:
            add(Segment(DELETE, "".join(block.deleted)))
        if block.inserted:
            add(Segment(INSERT, "".join(block.inserted)))
    return tuple(segments)


def cell_text(segments: tuple[Segment, ...]) -> str:
    """The cell's own text, re-assembled from its segments (equal, insert, shared and rewritten)."""
    return "".join(s.text for s in segments if s.op != DELETE)


def base_text(segments: tuple[Segment, ...]) -> str:
    """The base's text, re-assembled from the cell's segments (equal in the base's spelling + delete)."""
    return "".join(s.base for s in segments)


def changed_words(segments: tuple[Segment, ...]) -> tuple[int, int, int]:
    """Words (inserted, deleted, unchanged) in these segments (a related cell's as related.py counts them)."""
    if any(segment.op in (SHARED, REWRITTEN) for segment in segments):
        from desktop_app.core.compare.related import related_words

        return related_words(segments)
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
