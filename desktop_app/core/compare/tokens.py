"""Split a text into tokens that keep their spacing, and key them for comparison; pure: no Qt, sqlite, store or ui.

Three grains share one shape (``Tokens``): *sentences* ("... policies. ") are what a long single-spaced text is
first diffed on; *chunks* are whitespace-delimited words ("policies,") and are what a text (or a stretch of
sentences that differ) is diffed on, because ``str.split`` is fast; *fine* tokens split a chunk further into words
and single punctuation marks ("policies" + ",") and are used only inside the chunks that differ.

A token's text carries the whitespace after it, so concatenating ``lead`` and every token's text gives the
original text back exactly. Keys never contain whitespace, which is why reflowed lines never count as a change.
Two chunks with equal keys always have equal fine keys, so the chunk pass never hides a fine difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.compare.options import CompareOptions, keys_as_written, keys_from_whole_text

# A word may hold an apostrophe between letters ("don't", "HMO's"); "workers'" is a word and a mark.
WORD = r"\w+(?:['\u2019]\w+)*"
WORD_RE = re.compile(WORD)
_FINE_RE = re.compile(rf"{WORD}|[^\w\s]|\s+")
_CHUNK_RE = re.compile(r"\S+\s*")
_SPACE_RE = re.compile(r"\s*")

# Leading item numbering an analyst does not want marked: "1.", "1.2.", "a)", "(2)", "(iv)", "IV.", bullets.
_NUMBERING_RE = re.compile(
    r"""(?<!\s)\s*+(?:
        \(\s*(?:\d{1,3}|[A-Za-z]|[ivx]{1,5}|[IVX]{1,5})\s*\)
      | (?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivx]{1,5}|[IVX]{1,5})[.)]
      | [\u2022\u25aa\u25e6\u00b7\u2013\u2014*-]
    )(?=\s)\s*""",
    re.X,
)

# Curly quotes are a typesetting accident, never a change in meaning.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# Whitespace other than the plain space: a text holding none of it (and no double space) is single-spaced.
_ASCII_SPACES = ("\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
SPACES_BUT_SPACE = (
    *_ASCII_SPACES,
    *"\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000",
)
# Where a sentence (or clause) ends: a mark and a space. A text holding _CUT cannot be cut this way.
SENTENCE_ENDS = (". ", "; ")
_CUT = "\x01"

# The key of a fine whitespace token: any run of spaces or line breaks equals any other.
SPACE = " "
# Glues the fine keys of one chunk; it cannot occur in a key, so joined keys compare like key lists.
_JOIN = "\x00"


@dataclass(slots=True)
class Tokens:
    """A text as ``lead`` (text that never counts) followed by tokens, each with a key.

    ``pieces`` holds each token's text with its trailing whitespace; for a text spaced by single spaces it is
    None and the tokens are ``words`` joined by " " (building the pieces would cost more than the diff itself).
    """

    lead: str
    words: list[str]
    keys: list[str]
    pieces: list[str] | None = None
    key_chars: int | None = None  # characters in all keys, where known for free

    def span(self, start: int, end: int) -> str:
        """The exact text of tokens ``start``..``end`` with their trailing whitespace."""
        if self.pieces is not None:
            return "".join(self.pieces[start:end])
        if end - start == 1:
            return self.words[start] + " " if end < len(self.words) else self.words[start]
        text = " ".join(self.words[start:end])
        return text + " " if start < end < len(self.words) else text

    def __len__(self) -> int:
        return len(self.keys)


def numbering_prefix(text: str) -> str:
    """The item numbering at the start of ``text`` with the spaces around it ('' when there is none)."""
    match = _NUMBERING_RE.match(text)
    return match.group() if match else ""


def _lead(text: str, options: CompareOptions) -> str:
    if options.ignore_numbering:
        prefix = numbering_prefix(text)
        if prefix:
            return prefix
    return _SPACE_RE.match(text).group()  # type: ignore[union-attr]


def token_key(token: str, options: CompareOptions) -> str:
    """The key of one fine token (no whitespace)."""
    key = token.translate(_QUOTES)
    if options.ignore_case:
        key = key.lower()
    if options.and_equals_ampersand and key == "&":
        key = "and"
    return key


def is_word_key(key: str) -> bool:
    return WORD_RE.match(key) is not None


def _fine_split(text: str, options: CompareOptions) -> tuple[list[str], list[str]]:
    """Fine pieces and keys; a run of whitespace is a token of its own, keyed SPACE."""
    pieces = _FINE_RE.findall(text)
    if keys_as_written(options, text.isascii()):
        return pieces, [SPACE if p.isspace() else p for p in pieces]
    return pieces, [SPACE if p.isspace() else token_key(p, options) for p in pieces]


def fine_tokens(text: str, options: CompareOptions, at_start: bool = True) -> Tokens:
    """Words, single punctuation marks and runs of whitespace.

    With ignore_punctuation, each run of marks and spaces is one token keyed SPACE, so it never counts.
    ``at_start`` is False for a stretch from inside a text (it starts with a token, and a leading "a)" there is
    not item numbering).
    """
    lead = _lead(text, options) if at_start else ""
    pieces, keys = fine_split(text[len(lead) :] if lead else text, options)
    return Tokens(lead, pieces, keys, pieces)


def fine_split(text: str, options: CompareOptions) -> tuple[list[str], list[str]]:
    """Fine pieces and their keys of a text that starts with a token (see fine_tokens)."""
    pieces, keys = _fine_split(text, options)
    if options.ignore_punctuation:
        pieces, keys = _merge_marks(pieces, keys)
    return pieces, keys


def _merge_marks(pieces: list[str], keys: list[str]) -> tuple[list[str], list[str]]:
    merged_pieces: list[str] = []
    merged_keys: list[str] = []
    for piece, key in zip(pieces, keys):
        if not is_word_key(key):
            if merged_keys and merged_keys[-1] == SPACE:
                merged_pieces[-1] += piece
                continue
            key = SPACE
        merged_pieces.append(piece)
        merged_keys.append(key)
    return merged_pieces, merged_keys


def sentence_tokens(text: str, options: CompareOptions) -> Tokens | None:
    """Sentences (each with the ". " or "; " that ends it) of a single-spaced text, keyed so that equal keys
    mean equal chunk keys.

    None when the text is not single-spaced, has one sentence, or the options key chunks one by one. The last
    sentence's key is marked, because it lacks the ". " that another text's same words in mid-text would carry.
    """
    lead = _lead(text, options)
    body = text[len(lead) :]
    plain = body.isascii()
    if not keys_from_whole_text(options, plain) or not body or body[-1] == " " or "  " in body:
        return None
    if _CUT in body or any(space in body for space in (_ASCII_SPACES if plain else SPACES_BUT_SPACE)):
        return None
    keyed = body if plain else body.translate(_QUOTES)  # one character for one: sentences stay where they are
    if options.ignore_case:
        keyed = keyed.lower()
    keys = _cut_sentences(keyed)
    if len(keys) < 2:
        return None
    pieces = [piece + " " for piece in (keys if keyed is body else _cut_sentences(body))]
    pieces[-1] = pieces[-1][:-1]
    keys[-1] += _JOIN
    return Tokens(lead, pieces, keys, pieces, key_chars=len(keyed) - keyed.count(" "))


def _cut_sentences(text: str) -> list[str]:
    """The text cut after each sentence end, without the space that followed it."""
    for end in SENTENCE_ENDS:
        text = text.replace(end, end[:-1] + _CUT)
    return text.split(_CUT)


def chunk_tokens(text: str, options: CompareOptions, at_start: bool = True) -> Tokens:
    """Whitespace-delimited chunks keyed so that equal chunk keys mean equal fine keys (``at_start``: as in
    fine_tokens)."""
    lead = _lead(text, options) if at_start else ""
    body = text[len(lead) :]
    if keys_from_whole_text(options, body.isascii()):
        # Whole-text translate/lower/split run in C; for these options they key exactly like the fine tokens.
        words = body.split()
        if keys_as_written(options, body.isascii()):
            keys = words  # no curly quotes to straighten: the words are their own keys
        else:
            keyed = body.translate(_QUOTES)
            keys = (keyed.lower() if options.ignore_case else keyed).split()
        if " ".join(words) == body:
            return Tokens(lead, words, keys, key_chars=len(body) - len(words) + 1)
        return Tokens(lead, words, keys, _CHUNK_RE.findall(body))
    pieces = _CHUNK_RE.findall(body)
    keys = []
    for piece in pieces:
        fine_keys = _fine_split(piece, options)[1]
        if options.ignore_punctuation:
            fine_keys = [k for k in fine_keys if is_word_key(k)]
        else:
            fine_keys = [k for k in fine_keys if k != SPACE]
        keys.append(_JOIN.join(fine_keys))
    if options.ignore_punctuation:
        lead, pieces, keys = _glue_marks(lead, pieces, keys, [k != "" for k in keys])
    return Tokens(lead, [p.rstrip() for p in pieces], keys, pieces)


def _glue_marks(
    lead: str, pieces: list[str], keys: list[str], counts: list[bool]
) -> tuple[str, list[str], list[str]]:
    """Merge tokens that do not count into the counting token before them (or after, at the start)."""
    glued_pieces: list[str] = []
    glued_keys: list[str] = []
    pending = ""
    for piece, key, count in zip(pieces, keys, counts):
        if count:
            glued_pieces.append(pending + piece)
            glued_keys.append(key)
            pending = ""
        elif glued_pieces:
            glued_pieces[-1] += piece
        else:
            pending += piece
    if not glued_pieces:
        return lead + pending, [], []
    return lead, glued_pieces, glued_keys


def key_sequence(text: str, options: CompareOptions) -> list[str]:
    """The fine keys of a whole text without spacing: two texts are equal under the options when these are."""
    return [key for key in fine_tokens(text, options).keys if key != SPACE]


def joined_keys(tokens: Tokens) -> str:
    """A chunk Tokens' keys run together: equal for two texts whose fine keys are equal (not conversely)."""
    return "".join(tokens.keys).replace(_JOIN, "")


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text))


@lru_cache(maxsize=16384)
def similarity_words(text: str) -> tuple[str, ...]:
    """Words for pairing items: always case-, punctuation-, numbering- and &-blind, whatever the options."""
    body = text[len(numbering_prefix(text)) :]
    return tuple(WORD_RE.findall(body.translate(_QUOTES).lower().replace("&", " and ")))
