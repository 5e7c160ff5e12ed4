"""Modality of an English trigger: tense, modals, planning verbs and negation."""

from __future__ import annotations

from datetime import date

from services.core.contracts import Modality
from services.extract.english.tokens import Token
from services.extract.english.words import FUTURE_WORDS, HYPOTHETICAL, NEGATIONS, PLAN_WORDS, REFUSALS, is_adverb


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOOKBACK = 8
_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NEGATION_REACH = 4
_HYPOTHETICAL_REACH = 3
_ADVERBS = frozenset({"also", "formally", "officially", "jointly", "then", "now", "first", "again", "not", "n't"})
_GOVERNORS = frozenset(
    {
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "will",
        "would",
        "shall",
        "to",
        "have",
        "has",
        "had",
        "'ll",
    }
)
IRREGULAR_PAST = _set(
    "met held said led set put told took taken came gone went made built gave given drew drawn sought brought "
    "spoke spoken wrote written sat spent began begun undertook undertaken"
)


def _window(tokens: list[Token], trigger: int, start: int, reach: int) -> list[str]:
    return [t.lower for t in tokens[max(start, trigger - reach) : trigger]]


def is_hypothetical(tokens: list[Token], trigger: int, start: int) -> bool:
    """ "should invest", "could ban", "would have created": advice, possibility and what did not happen."""
    words = _window(tokens, trigger, start, _HYPOTHETICAL_REACH + 1)
    if "would" in words and "have" in words[words.index("would") + 1 :]:
        return True
    return any(w in HYPOTHETICAL for w in words[-_HYPOTHETICAL_REACH:])


def is_negated(tokens: list[Token], trigger: int, start: int) -> bool:
    words = _window(tokens, trigger, start, _NEGATION_REACH)
    return any(w in NEGATIONS or w in REFUSALS for w in words)


def is_planned(tokens: list[Token], trigger: int, start: int) -> bool:
    words = _window(tokens, trigger, start, _LOOKBACK)
    if any(w in FUTURE_WORDS for w in words):
        return True
    return any(w == "to" and _plan_word_before(words, i) for i, w in enumerate(words))


def _plan_word_before(words: list[str], index: int) -> bool:
    """ "plans to", "agreed on Tuesday to": a planning verb right before "to", over a weekday."""
    before = index - 1
    while before > 0 and (words[before] == "on" or words[before] in _WEEKDAY_WORDS):
        before -= 1
    return before >= 0 and words[before] in PLAN_WORDS


def is_headline_infinitive(tokens: list[Token], trigger: int, start: int) -> bool:
    """ "Japan to build …": a clause made of a name, "to" and the verb."""
    if trigger < 2 or tokens[trigger - 1].lower != "to":
        return False
    return all(t.is_capitalised or t.lower in {"'s", "’s", "the"} for t in tokens[start : trigger - 1])


def _is_finite_past(tokens: list[Token], trigger: int) -> bool:
    """ "launched", "met": a past verb not governed by an auxiliary, a modal or "to"."""
    word = tokens[trigger].lower
    if not (word.endswith("ed") or word in IRREGULAR_PAST):
        return False
    before = trigger - 1
    while before >= 0 and (tokens[before].lower in _ADVERBS or is_adverb(tokens[before].lower, tokens[before].text)):
        before -= 1
    previous = tokens[before].lower if before >= 0 else ""
    return previous not in _GOVERNORS and previous not in PLAN_WORDS


def is_present_form(word: str) -> bool:
    return not word.endswith("ed") and word not in IRREGULAR_PAST


def modality_of(
    tokens: list[Token], trigger: int, start: int, event_day: date | None, published: date | None
) -> Modality:
    """NEGATED before PLANNED; a present-tense verb dated on or after publication is a plan."""
    if is_negated(tokens, trigger, start):
        return Modality.NEGATED
    if _is_finite_past(tokens, trigger):
        return Modality.OCCURRED  # "… agreed to X and launched Y": no plan governs a past verb
    if is_planned(tokens, trigger, start) or is_headline_infinitive(tokens, trigger, start):
        return Modality.PLANNED
    word = tokens[trigger].lower
    if event_day and published and event_day >= published and is_present_form(word):
        return Modality.PLANNED
    return Modality.OCCURRED
