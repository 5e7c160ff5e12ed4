"""Occasions a statement points back at, and weekdays told in the past tense.

"'…,' Wright said at the signing ceremony" is dated (and placed) by the signing
reported before; "she said in the statement" by the statement the speaker made
earlier; "Kendall said on Monday" means the Monday just past even when the
reported act is in the future tense ("Britain will put …, Kendall said on Monday").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from services.core.contracts import DatePrecision, EventType, Modality
from services.extract.english.modality import IRREGULAR_PAST
from services.extract.english.tokens import Token
from services.extract.english.view import DateSpan
from services.extract.model import ActionCue, DateMention

_POINTERS = frozenset({"at", "after", "during", "in", "following"})
_OWNERS = frozenset({"the", "his", "her", "its", "their", "this", "that"})
_REACH = 10  # words after the verb of saying that can name the occasion
_TALKS = frozenset({EventType.MEETING, EventType.BILATERAL_TALKS})
_ANNOUNCED = frozenset(
    {
        EventType.POLICY_ANNOUNCEMENT,
        EventType.INVESTMENT,
        EventType.COOPERATION,
        EventType.PROPOSAL,
        EventType.REGULATION,
    }
)
OCCASION_NOUNS: dict[str, frozenset[EventType]] = {
    "signing": frozenset({EventType.AGREEMENT}),
    "ceremony": frozenset({EventType.AGREEMENT, EventType.MEETING}),
    "meeting": _TALKS,
    "talks": _TALKS,
    "summit": _TALKS,
    "session": _TALKS,
    "forum": _TALKS,
    "conference": _TALKS,
    "council": _TALKS,
    "dialogue": _TALKS,
    "visit": frozenset({EventType.VISIT}),
    "trip": frozenset({EventType.VISIT}),
    "tour": frozenset({EventType.VISIT}),
    "veto": frozenset({EventType.REGULATION}),
    "vote": frozenset({EventType.AGREEMENT, EventType.REGULATION}),
    "debate": frozenset({EventType.AGREEMENT, EventType.REGULATION}),
    "launch": _ANNOUNCED,
    "announcement": _ANNOUNCED,
    "unveiling": _ANNOUNCED,
}
STATEMENT_NOUNS = frozenset({"statement", "release", "remarks", "briefing"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "to"})


def pointed_occasion(words: list[str], after: int) -> str | None:
    """The occasion noun of "at the signing ceremony", "after the meeting", "in his veto message"
    within a few words after position `after` (the verb of saying)."""
    window = words[after : after + _REACH]
    for index, word in enumerate(window[:-1]):
        if word not in _POINTERS or window[index + 1] not in _OWNERS:
            continue
        for noun in window[index + 2 : index + 5]:
            if noun in OCCASION_NOUNS or noun in STATEMENT_NOUNS:
                return noun
    return None


def act_occasion(words: list[str]) -> str | None:
    """ "In the debate, China urged …", "…, said in a statement after the vote": the occasion of
    a past act named anywhere in its sentence (statements have their own rule)."""
    for index, word in enumerate(words[:-2]):
        if word in _POINTERS and words[index + 1] in _OWNERS and words[index + 2] in OCCASION_NOUNS:
            return words[index + 2]
    return None


def occasion_cue(noun: str, earlier: list[ActionCue]) -> ActionCue | None:
    """The latest dated cue of the kind the noun names ("the signing" → the agreement)."""
    types = OCCASION_NOUNS.get(noun)
    if types is None:
        return None
    wanted = Modality.NEGATED if noun == "veto" else Modality.OCCURRED  # a remark was made at a past act
    return next(
        (c for c in reversed(earlier) if c.event_type in types and c.date is not None and c.modality is wanted),
        None,
    )


def _is_past_verb(token: Token) -> bool:
    return token.lower in IRREGULAR_PAST or (token.lower.endswith("ed") and token.text.islower())


_VERB_REACH = 14


def _told_in_past(tokens: list[Token], span: DateSpan) -> bool:
    """ "said on Monday", "said in a statement on Monday", "on Monday signed": the nearest verb
    before the weekday (or right after it) is in the past tense."""
    for before in range(span.first - 1, max(-1, span.first - 1 - _VERB_REACH), -1):
        token = tokens[before]
        if token.boundary or token.quoted or token.lower in _FUTURE_AUXILIARIES or token.text == ",":
            break
        if _is_past_verb(token):
            return before == 0 or tokens[before - 1].lower not in _FUTURE_AUXILIARIES
    return span.last < len(tokens) and _is_past_verb(tokens[span.last])


_PLAN_MARKERS = frozenset({"will", "'ll", "scheduled", "due", "expected", "plans"})
_PLAN_REACH = 8
_CLAUSE_JOINS = frozenset({"and", "but", "that", "which", "while"})


def _told_as_plan(tokens: list[Token], span: DateSpan) -> bool:
    """ "On Wednesday, Menon is scheduled to tour …", "will visit on Friday": a plan within a few
    words of the weekday, in the same clause."""
    for index in range(span.last, min(len(tokens), span.last + _PLAN_REACH)):
        if tokens[index].boundary or tokens[index].quoted or tokens[index].lower in _CLAUSE_JOINS:
            break
        if tokens[index].lower in _PLAN_MARKERS:
            return True
    for index in range(span.first - 1, max(-1, span.first - 1 - _PLAN_REACH), -1):
        if tokens[index].boundary or tokens[index].quoted or tokens[index].lower in _CLAUSE_JOINS:
            break
        if tokens[index].lower in _PLAN_MARKERS:
            return True
    return False


def past_weekdays(tokens: list[Token], spans: list[DateSpan], published: date | None) -> list[DateSpan]:
    """A weekday resolved after publication but told in the past tense is the most recent such day."""
    if published is None:
        return spans
    fixed: list[DateSpan] = []
    for span in spans:
        mention = span.mention
        weekday = tokens[span.last - 1].lower in _WEEKDAYS and mention.precision == "DAY"
        if weekday and mention.value > published and _told_in_past(tokens, span):
            mention = replace(mention, value=mention.value - timedelta(days=7))
        elif weekday and mention.value < published and _told_as_plan(tokens, span) and not _told_in_past(tokens, span):
            mention = replace(mention, value=mention.value + timedelta(days=7))
        fixed.append(span if mention is span.mention else replace(span, mention=mention))
    return fixed


_WEEK_WORDS = {("last", "week"): -1, ("previous", "week"): -1, ("this", "week"): 0}


def names_week(words: list[str], first: int, last: int) -> bool:
    return any((words[i], words[i + 1]) in _WEEK_WORDS for i in range(first, max(first, last - 1)))


def week_date(
    words: list[str], tokens: list[Token], first: int, last: int, published: date | None
) -> DateMention | None:
    """ "last week" between token positions `first` and `last`: the month when the whole week lies
    in one month (the ontology has no week precision), else None."""
    if published is None:
        return None
    for index in range(first, max(first, last - 1)):
        shift = _WEEK_WORDS.get((words[index], words[index + 1]))
        if shift is None:
            continue
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        sunday = monday + timedelta(days=6)
        if monday.month != sunday.month:
            return None
        start, end = tokens[index].start, tokens[index + 1].end
        text = f"{tokens[index].text} {tokens[index + 1].text}"
        return DateMention(start, end, text, monday.replace(day=1), DatePrecision.MONTH)
    return None
