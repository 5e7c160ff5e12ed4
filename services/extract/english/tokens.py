"""Tokens of one English sentence, with body offsets and quotation marks resolved."""

from __future__ import annotations

import re
from typing import NamedTuple

from services.extract.english.words import CLAUSE_OPENERS

_INITIALISM = r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
_NEGATION = (
    r"|[A-Za-z]+(?=n['’]t\b)"  # "did" of "didn't"
    r"|n['’]t\b"  # negation as a token of its own
)
_OTHER_TOKENS = (
    r"|['’]s\b"  # possessive
    r"|[A-Za-z0-9]+(?:-(?![A-Z])[A-Za-z0-9]+)*(?:['’](?![st]\b)[A-Za-z]+)*(?:[.,][0-9]+)*"  # "Korea-Japan" splits
    r"|[$£€¥₩]"
    r"|[\"“”‘’']"
    r"|[^\sA-Za-z0-9]"
)
_TOKEN = re.compile(_INITIALISM + _NEGATION + _OTHER_TOKENS)
# Without "n't" in the text the negation branches cannot match, and trying them backtracks through
# every word: a sentence without one is tokenised by the pattern without them.
_TOKEN_WITHOUT_NEGATION = re.compile(_INITIALISM + _OTHER_TOKENS)
_HARD_STOPS = frozenset({";", ":", "—", "–", "?", "!"})
_BOUNDARY_PUNCTUATION = _HARD_STOPS | {"-", ","}
_OPENING_QUOTES = frozenset("“‘")
_QUOTE_CHARS = "\"'“”‘’"
_CLOSING_QUOTES = frozenset("”’")


class Token(NamedTuple):
    text: str
    lower: str
    start: int  # offset into the article body
    end: int
    quoted: bool  # inside quotation marks
    quote_mark: bool = False  # the token is itself an opening or closing quotation mark
    is_capitalised: bool = False
    boundary: bool = False  # a clause ends before this token (see `_boundaries`)


def _is_quote(text: str, before: str, after: str) -> bool:
    """A double quote, or a single one that is not an apostrophe ("the leaders' session")."""
    if text in {'"', "“", "”"}:
        return True
    if text in {"'", "‘", "’"}:
        return not (before.isalnum() or after.isalnum()) or (not before.strip() and after.isalpha())
    return False


def _opens(text: str, before: str) -> bool:
    if text in _OPENING_QUOTES:
        return True
    if text in _CLOSING_QUOTES:
        return False
    return not before.strip() or before in "([—-"


def _initially_quoted(marks: list[tuple[int, bool]]) -> bool:
    """A sentence that continues a quotation starts inside it ('… together. This is true," Nelson said.')."""
    return bool(marks) and not marks[0][1] and len(marks) % 2 == 1


def _quote_flags(text: str, spans: list[tuple[int, int]]) -> tuple[list[bool], set[int]]:
    marks: list[tuple[int, bool]] = []
    for index, (start, end) in enumerate(spans):
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if _is_quote(text[start:end], before, after):
            marks.append((index, _opens(text[start:end], before)))
    quoted = _initially_quoted(marks)
    mark_at = dict(marks)
    flags: list[bool] = []
    for index in range(len(spans)):
        if index in mark_at:
            quoted = mark_at[index]
            flags.append(False)
        else:
            flags.append(quoted)
    return flags, set(mark_at)


def tokenize(text: str, offset: int) -> list[Token]:
    """Tokens of `text`; offsets are shifted by `offset` (the sentence's start in the body)."""
    pattern = _TOKEN if "n't" in text or "n’t" in text else _TOKEN_WITHOUT_NEGATION
    spans = [m.span() for m in pattern.finditer(text)]
    if any(char in text for char in _QUOTE_CHARS):
        flags, marks = _quote_flags(text, spans)
    else:
        flags, marks = [False] * len(spans), set()
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: lower word by word
        lowered = "".join(c.lower()[:1] for c in text)
    lowers = [lowered[start:end] for start, end in spans]
    boundaries = _boundaries(lowers, spans) | marks
    make = tuple.__new__  # skips the NamedTuple's Python-level constructor, called per token
    return [
        make(
            Token,
            (
                text[start:end],
                lowers[index],
                start + offset,
                end + offset,
                flags[index],
                index in marks,
                text[start].isupper(),
                index in boundaries,
            ),
        )
        for index, (start, end) in enumerate(spans)
    ]


def _boundaries(lowers: list[str], spans: list[tuple[int, int]]) -> set[int]:
    """Tokens a clause ends before, besides quotation marks: hard punctuation, a spaced dash (as
    after a dateline), or the comma of ", which"."""
    candidates = [i for i, word in enumerate(lowers) if word in _BOUNDARY_PUNCTUATION]
    return {i for i in candidates if _ends_clause(lowers, spans, i)}


def _ends_clause(lowers: list[str], spans: list[tuple[int, int]], index: int) -> bool:
    word = lowers[index]
    if word == "-":
        return index > 0 and spans[index - 1][1] < spans[index][0]
    if word == ",":
        return index + 1 < len(lowers) and lowers[index + 1] in CLAUSE_OPENERS
    return word in _HARD_STOPS
