"""Government bodies the gazetteer does not list, recognised by their head word.

"China's Ministry of Commerce", "the Department for Science, Innovation and
Technology", "the National Assembly": a capitalised name around a head such
as Ministry or Agency is a government body; its country comes from the words
before it when the parties are grouped.
"""

from __future__ import annotations

from services.extract.english.parties import Unit
from services.extract.english.tokens import Token
from services.extract.english.words import SENTENCE_OPENERS
from services.extract.model import Entity, EntityKind, Mention

_HEADS = frozenset(
    {
        "ministry",
        "department",
        "agency",
        "commission",
        "council",
        "administration",
        "authority",
        "bureau",
        "secretariat",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "cabinet",
        "embassy",
        "directorate",
        "regulator",
    }
)
_GENERIC_HEADS = frozenset({"ministry", "department", "agency", "commission", "regulator", "administration"})
_LINKS = frozenset({"of", "for", "and", "&", ","})


def _extend_left(tokens: list[Token], index: int, taken: set[int]) -> int:
    start = index
    while start > 0 and start - 1 not in taken and tokens[start - 1].is_capitalised:
        if tokens[start - 1].lower in SENTENCE_OPENERS or not tokens[start - 1].text.isalpha():
            break
        start -= 1
    return start


def _extend_right(tokens: list[Token], index: int, taken: set[int]) -> int:
    end = index + 1
    while end + 1 < len(tokens) and tokens[end].lower in _LINKS and end not in taken:
        following = tokens[end + 1]
        if not following.is_capitalised or following.lower in SENTENCE_OPENERS or end + 1 in taken:
            break
        end += 2
        while end < len(tokens) and end not in taken and tokens[end].is_capitalised and tokens[end].text.isalpha():
            end += 1
    return end


def _generic(tokens: list[Token], index: int) -> bool:
    """ "the ministry", "the agency": a body named by its head alone, after "the"."""
    return index > 0 and tokens[index - 1].lower == "the" and tokens[index].lower in _GENERIC_HEADS


def body_units(tokens: list[Token], taken: set[int]) -> list[Unit]:
    """Capitalised government bodies around an untaken head word, and "the ministry"."""
    units: list[Unit] = []
    for index, token in enumerate(tokens):
        if token.lower not in _HEADS or index in taken or not (token.is_capitalised or _generic(tokens, index)):
            continue
        if units and index < units[-1].last:
            continue
        start, end = _extend_left(tokens, index, taken), _extend_right(tokens, index, taken)
        text = " ".join(t.text for t in tokens[start:end])
        entity = Entity(f"gov:en:{text.lower().replace(' ', '-')}", EntityKind.GOVERNMENT, text, None)
        units.append(Unit(start, end, Mention(tokens[start].start, tokens[end - 1].end, text, entity)))
    return units
