"""Shorter text for Kiwi: quoted words and long parentheticals collapse to a placeholder.

Kiwi costs about the same per character whatever the text, so the cheapest
analysis is of fewer characters. The roles and endings of a sentence live
outside direct speech, quoted names and parentheticals, so their words collapse
into one placeholder noun, except what decides the analysis: direct speech
keeps its last word (the ending "…바란다"고 decides the clause form), a quoted
name keeps its last two words (the head noun of '… 잠정 방안' decides the noun
class) and stays whole when it holds a trigger. Direct speech is masked even
when it holds a trigger: what is claimed inside a quote is part of the
statement (EVENTS.md §8). Offsets of the analysed text map back to the
sentence, a placeholder to the whole span it replaced, so phrases still cover
the gazetteer mentions and the text of the original words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

PLACEHOLDER = "내용"
_MIN_QUOTE = 12  # shorter quotes cost little and are often a name Kiwi should see whole
_MIN_PARENTHETICAL = 6
_QUOTED = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"|‘[^‘’\n]+’|'[^'\n]+'")
_PARENTHETICAL = re.compile(r"\([^()\n]+\)")


@dataclass(frozen=True, slots=True)
class Masked:
    """The text Kiwi analyses and how its offsets map back to the original text."""

    text: str
    # (start in `text`, end in `text`, start in the original, end in the original), in order
    replaced: tuple[tuple[int, int, int, int], ...] = ()
    starts: tuple[int, ...] = ()  # the first item of each `replaced`, for bisection

    def original_start(self, at: int) -> int:
        return self._map(at, is_end=False)

    def original_end(self, at: int) -> int:
        return self._map(at, is_end=True)

    def _map(self, at: int, *, is_end: bool) -> int:
        i = bisect_right(self.starts, at) - 1
        if i < 0:
            return at
        start, end, original_start, original_end = self.replaced[i]
        if at < end and (at > start or (at == start and not is_end)):
            return original_end if is_end else original_start
        if at == start:
            return original_start
        return at + original_end - end


def _quote_cut(text: str, start: int, end: int, holds_trigger: Callable[[str], bool]) -> tuple[int, int] | None:
    """The part of the quote text[start:end] (marks included) to collapse, or None to keep it whole."""
    inner = text[start + 1 : end - 1]
    if text[start] in '“"':
        return (start + 1, end - 1) if len(inner) >= _MIN_QUOTE else None  # direct speech, all of it
    if len(inner) < _MIN_QUOTE or holds_trigger(inner):
        return None
    kept_words = 2  # a quoted name's head may span two words ("잠정 방안")
    words = inner.rstrip().split(" ")
    if len(words) <= kept_words:
        return None
    cut = len(" ".join(words[:-kept_words]))
    return start + 1, start + 1 + cut


def _parenthetical_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    if end - start - 2 < _MIN_PARENTHETICAL:
        return None
    return start + 1, end - 1


def _cuts(text: str, holds_trigger: Callable[[str], bool]) -> list[tuple[int, int]]:
    found = [
        cut for m in _QUOTED.finditer(text) if (cut := _quote_cut(text, m.start(), m.end(), holds_trigger)) is not None
    ]
    found += [
        cut
        for m in _PARENTHETICAL.finditer(text)
        if (cut := _parenthetical_cut(text, m.start(), m.end())) is not None
        and not any(a < cut[1] and cut[0] < b for a, b in found)
    ]
    return sorted(found)


def mask(text: str, holds_trigger: Callable[[str], bool]) -> Masked:
    """`text` with quoted words and long parentheticals collapsed (see the module docstring)."""
    cuts = _cuts(text, holds_trigger)
    if not cuts:
        return Masked(text)
    parts: list[str] = []
    replaced: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for start, end in cuts:
        parts.append(text[cursor:start])
        length += start - cursor
        parts.append(PLACEHOLDER)
        replaced.append((length, length + len(PLACEHOLDER), start, end))
        length += len(PLACEHOLDER)
        cursor = end
    parts.append(text[cursor:])
    return Masked("".join(parts), tuple(replaced), tuple(r[0] for r in replaced))
