"""English sentence segmentation with character offsets into the body.

A sentence ends at a line break, or at `.`, `!` or `?` (optionally followed by
a closing quote or bracket) before whitespace and an upper-case letter, a
digit or an opening quote, unless the period closes a known abbreviation.
"""

from __future__ import annotations

import re

from services.extract.model import Sentence


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Abbreviations after which a period never ends a sentence: titles, months,
# and other forms that are normally followed by a name or a number.
_NEVER_FINAL = _set(
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt st no nos vs etc fig jan feb mar apr jun jul aug "
    "sep sept oct nov dec mt ft inc corp ltd co jr sr e.g i.e approx dept univ est pres amb adm"
)
# Initialisms ("U.S.", "U.K.") end a sentence only before a typical sentence opener.
_OPENERS = _set(
    "the a an it he she they we this that these those in on at but and however its his her their "
    "there as for while after before meanwhile"
)
_CANDIDATE = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z]+)")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_WORD_WINDOW = 40  # characters searched before a stop; a word reaching past them is searched for again


def _word_before(text: str, stop: int) -> str | None:
    """The word that ends at `stop`; `$` anchors only at the end, so the search is kept short."""
    window = max(0, stop - _WORD_WINDOW)
    found = _WORD_BEFORE.search(text, window, stop)
    if found is not None and found.start() == window and window > 0:
        found = _WORD_BEFORE.search(text, 0, stop)
    return None if found is None else found.group(1)


def _is_boundary(text: str, stop: int, end: int) -> bool:
    """Whether the punctuation at `stop` (its run ending at `end`) ends a sentence."""
    if text[stop] != ".":
        return True
    word = _word_before(text, stop)
    if word is None:
        return True
    if word.lower().rstrip(".") in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isupper():
        return False  # a middle initial: "John F. Kennedy"
    if _INITIALISM.match(word + "."):
        following = _NEXT_WORD.match(text, end)
        return following is not None and following.group(1).lower() in _OPENERS
    return True


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, match.start(), match.end()):
            spans.append((cursor, match.end()))
            cursor = match.end()
    spans.append((cursor, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` in order, each with its offsets and exact text."""
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", body):
        for raw_start, raw_end in _split_line(body, line.start(), line.end()):
            start, end = _trimmed(body, raw_start, raw_end)
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, body[start:end]))
    return sentences
