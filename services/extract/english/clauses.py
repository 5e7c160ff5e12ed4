"""Clause-level facts over a token list: boundaries, prepositional phrases, voice, verb forms."""

from __future__ import annotations

from services.extract.english.modality import IRREGULAR_PAST
from services.extract.english.tokens import Token
from services.extract.english.words import (
    BE_FORMS,
    DETERMINERS,
    HAVE_FORMS,
    PREPOSITIONS,
    SUBORDINATORS,
    is_adverb,
)

_ADVERB_SKIP = frozenset(
    {"also", "formally", "officially", "jointly", "not", "n't", "already", "just", "now", "first", "then", "since"}
)


def is_boundary(tokens: list[Token], index: int) -> bool:
    """Whether a clause ends before `tokens[index]` (decided when tokenising)."""
    return tokens[index].boundary


def clause_start(tokens: list[Token], index: int) -> int:
    start, quoted = index, tokens[index].quoted
    while start > 0 and not tokens[start - 1].boundary and tokens[start - 1].quoted == quoted:
        start -= 1
    return start


def clause_end(tokens: list[Token], index: int) -> int:
    end, quoted = index + 1, tokens[index].quoted
    while end < len(tokens) and not tokens[end].boundary and tokens[end].quoted == quoted:
        end += 1
    return end


_DASHES = frozenset({"-", "–", "—"})
_ASIDE_REACH = 14


def aside_end(tokens: list[Token], end: int) -> int:
    """ "propose that the other partners - India, Japan and the US - set up …": a clause end at a
    dash that opens an aside closed by a second dash runs on to the clause end after that dash."""
    if end >= len(tokens) or tokens[end].text not in _DASHES:
        return end
    for close in range(end + 1, min(end + _ASIDE_REACH, len(tokens))):
        if tokens[close].text in _DASHES:
            return clause_end(tokens, close + 1) if close + 1 < len(tokens) else close
        if tokens[close].boundary:
            return end
    return end


def segment_start(tokens: list[Token], index: int) -> int:
    """Start of the clause part holding `index`; ", after the minister held talks" starts a part of its own."""
    start = clause_start(tokens, index)
    for position in range(index, start, -1):
        if tokens[position].lower in SUBORDINATORS and tokens[position - 1].text == ",":
            return position
    return start


def phrase_end(tokens: list[Token], index: int, limit: int) -> int:
    """End of the words after a trigger that can hold its object: up to a comma or the clause end."""
    end = index
    while end < len(tokens) and end - index < limit and (tokens[end].quote_mark or not is_boundary(tokens, end)):
        if tokens[end].text == "," and not _comma_inside_number_or_list(tokens, end):
            break
        if end > index and _starts_purpose_clause(tokens, end):
            break
        if tokens[end].lower == "that":  # "announced that …": a clause of its own follows
            break
        end += 1
    return end


def _starts_purpose_clause(tokens: list[Token], index: int) -> bool:
    """ "… the iCET in May 2022 to raise …": an infinitive after the object starts a new clause."""
    if tokens[index].lower != "to" or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.text.isalpha() and following.text.islower() and following.lower not in DETERMINERS


def _comma_inside_number_or_list(tokens: list[Token], index: int) -> bool:
    return 0 < index < len(tokens) - 1 and tokens[index + 1].text[:1].isdigit()


def governing_preposition(tokens: list[Token], first: int) -> str | None:
    """The preposition an actor phrase starting at `first` depends on ("with X", "in the U.S."), if any."""
    index = first - 1
    while index >= 0 and (tokens[index].lower in DETERMINERS or _is_modifier(tokens[index])):
        if tokens[index].lower == "that" and index + 1 == first:
            return None  # "said on Monday that Ottawa would …": a clause opens, no preposition governs
        index -= 1
    if index < 0:
        return None
    word = tokens[index].lower
    return word if word in PREPOSITIONS else None


def _is_modifier(token: Token) -> bool:
    """Capitalised words and possessives inside an actor phrase ("with British Prime Minister …")."""
    return token.is_capitalised or token.lower in {"'s", "’s", "two", "three", "other", "american", "fellow"}


def _skippable_adverb(token: Token) -> bool:
    return token.lower in _ADVERB_SKIP or is_adverb(token.lower, token.text)


def is_passive(tokens: list[Token], index: int) -> bool:
    """ "was signed", "has been introduced", "will be unveiled", and ", passed by the legislature"."""
    if not tokens[index].lower.endswith(("ed", "en", "wn", "ld", "lt", "et", "ut", "ne", "id", "ot")):
        return False
    if is_reduced_passive(tokens, index):
        return True
    before = index - 1
    while before >= 0 and _skippable_adverb(tokens[before]):
        before -= 1
    return before >= 0 and tokens[before].lower in BE_FORMS


def is_perfect(tokens: list[Token], index: int) -> bool:
    before = index - 1
    while before >= 0 and _skippable_adverb(tokens[before]):
        before -= 1
    return before >= 0 and tokens[before].lower in HAVE_FORMS


def is_gerund_after_preposition(tokens: list[Token], index: int) -> bool:
    """ "committed to developing", "the value of setting up": a gerund that names, not asserts."""
    if not tokens[index].lower.endswith("ing") or index == 0:
        return False
    return tokens[index - 1].lower in PREPOSITIONS - {"in", "by"} or tokens[index - 1].lower in DETERMINERS


def is_unlikely_verb(tokens: list[Token], index: int, clause_first: int) -> bool:
    """ "the main body implementing the Act", "involving banned AI": participles used as modifiers."""
    word = tokens[index].lower
    before = index - 1
    while before >= clause_first and _skippable_adverb(tokens[before]):
        before -= 1
    previous = tokens[before].lower if before >= clause_first else ""
    if word.endswith("ing"):
        return before >= clause_first and previous not in BE_FORMS | {"in", "by", "on", ","}
    if word.endswith("ed"):
        gerund = previous.endswith("ing") and not tokens[before].is_capitalised  # not "Beijing", "Wei Ling"
        return previous in PREPOSITIONS or previous in DETERMINERS or gerund
    return False


def is_reduced_passive(tokens: list[Token], index: int) -> bool:
    """ "The Act, passed by the state legislature in August, …": a participle with its agent."""
    return 0 < index < len(tokens) - 1 and tokens[index - 1].text == "," and tokens[index + 1].lower == "by"


def is_reduced_relative(tokens: list[Token], index: int) -> bool:
    """ "the first summit, held at Bletchley Park": a participle describing a noun, with no object."""
    word = tokens[index].lower
    if index == 0 or index + 1 >= len(tokens) or tokens[index - 1].text != ",":
        return False
    if not (word.endswith(_PARTICIPLE_ENDINGS) and tokens[index + 1].lower in PREPOSITIONS):
        return False
    return participle_aside_start(tokens, index - 1) is None


_PARTICIPLE_ENDINGS = ("ed", "ld", "en", "wn")


def participle_aside_start(tokens: list[Token], comma: int) -> int | None:
    """ "The meeting, chaired by China, ended with …": when the comma at `comma` closes such an
    aside (so the verb after it is the main verb), the position of the comma opening it."""
    if comma < 0 or tokens[comma].text != ",":
        return None
    opening = next((i for i in range(comma - 1, 0, -1) if tokens[i].text == ","), None)
    if opening is None or opening + 2 >= comma:
        return None
    participle, by = tokens[opening + 1], tokens[opening + 2]
    return opening if participle.lower.endswith(_PARTICIPLE_ENDINGS) and by.lower == "by" else None


_CLAUSE_JOINERS = frozenset({"and", "but", "while"})
_SUBJECT_WORDS = 4


def joins_new_clause(tokens: list[Token], index: int, end: int) -> bool:
    """ "(, ) and Singapore hosted": a joiner, a capitalised subject of a few words, a past verb."""
    if index >= end or tokens[index].lower not in _CLAUSE_JOINERS:
        return False
    position = index + 1
    while position < end and position - index <= _SUBJECT_WORDS and tokens[position].is_capitalised:
        position += 1
    if position == index + 1 or position >= end:
        return False
    verb = tokens[position].lower
    return verb.endswith("ed") or verb in IRREGULAR_PAST
