"""The comparison options, one table: field, label in the window, command-line flag, words in a report, and
what the option does to the tokens compared. CompareOptions is made from it; so are the window's checkboxes,
the command line's flags, the JSON and the test strategies. Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

from dataclasses import field, make_dataclass
from functools import lru_cache
from typing import NamedTuple

# What an option does to the key a token is compared by:
CASE = "case"  # lower-cases every key (one call over a whole text, exactly so only for ASCII text)
TOKEN = "token"  # replaces some tokens' keys ("&" → "and"): key by key
MARKS = "marks"  # merges punctuation into the spacing around it, so tokens themselves change
LEAD = "lead"  # sets aside the item's numbering at its start; the rest of the keys are untouched


class ComparisonOption(NamedTuple):
    field: str
    label: str  # the window's checkbox, with its mnemonic
    flag: str  # the command line's flag
    help: str  # the flag's help
    words: str  # the report's "Options" line
    token_rule: str


OPTIONS: tuple[ComparisonOption, ...] = (
    ComparisonOption("ignore_case", "Ignore c&ase", "--ignore-case", "count 'Benefits' and 'benefits' as the same word",
                     "ignore case", CASE),
    ComparisonOption("ignore_punctuation", "Ignore &punctuation", "--ignore-punctuation",
                     "never mark commas, periods and other marks", "ignore punctuation", MARKS),
    ComparisonOption("and_equals_ampersand", "“&&” = “and”", "--and-equals-ampersand",
                     "count '&' and 'and' as the same word", "“&” = “and”", TOKEN),
    ComparisonOption("ignore_numbering", "Ignore n&umbering", "--ignore-numbering",
                     "ignore item numbers such as '1.' or 'a)'", "ignore item numbering", LEAD),
)

CompareOptions = make_dataclass(
    "CompareOptions",
    [("base", "str | None", field(default=None))] + [(o.field, bool, field(default=False)) for o in OPTIONS],
    frozen=True,
)
CompareOptions.__module__ = __name__  # (make_dataclass's module= is Python 3.12's) so that it pickles by name
CompareOptions.__doc__ = """What counts as equal. Options never change the texts shown, only which differences
are marked.

base: None compares each class with the previous class in order; a label compares every class with that one.
The other fields are the OPTIONS, each False by default. Line breaks and runs of spaces never count as
differences, nor do curly versus straight quotes.
"""


def option_values(options) -> dict[str, bool]:
    """The options as the JSON and the saved comparisons keep them (``base`` apart)."""
    return {o.field: bool(getattr(options, o.field)) for o in OPTIONS}


def options_from(values: dict) -> CompareOptions:
    """Options from saved or restored values; unknown keys (from another version) are left out."""
    known = {"base"} | {o.field for o in OPTIONS}
    return CompareOptions(**{k: v for k, v in values.items() if k in known})


def chosen_words(options) -> list[str]:
    return [o.words for o in OPTIONS if getattr(options, o.field)]


@lru_cache(maxsize=64)
def _rules(options) -> frozenset[str]:
    return frozenset(o.token_rule for o in OPTIONS if getattr(options, o.field))


def keys_as_written(options, ascii_text: bool) -> bool:
    """Every token's key is its own text (merged marks aside): the fast path of splitting an ASCII text."""
    return ascii_text and not (_rules(options) & {CASE, TOKEN})


def keys_from_whole_text(options, ascii_text: bool) -> bool:
    """One translate (and lower) of the whole text keys every token exactly as keying token by token would:
    no option changes single tokens or merges them, and lower-casing is exact (ASCII) where it applies."""
    rules = _rules(options)
    return not (rules & {TOKEN, MARKS}) and (CASE not in rules or ascii_text)
