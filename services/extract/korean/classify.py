"""The event type of a predicate: its lemma, or the class of its object, and the lexicon's conditions."""

from __future__ import annotations

import re
from functools import lru_cache

from services.core.contracts import EventType
from services.extract.korean.clauses import SentenceView
from services.extract.korean.lexicon import KoreanLexicon, NounClass, PredicateSpec
from services.extract.korean.phrases import Phrase
from services.extract.korean.roles import Roles, counterpart_mentions, mentions_of
from services.extract.model import EntityKind

_AMOUNT = re.compile(r"\d[\d,.\s조억천백만]*")  # "1조8천억원", "24억 캐나다달러", "1,000만 달러"


def is_back_reference(view: SentenceView, phrase: Phrase | None, lexicon: KoreanLexicon) -> bool:
    """ "이 같은 구상을", "이번 일정을": an object that points back at an action already reported."""
    if phrase is None:
        return False
    opening = view.morphs[max(0, phrase.first - 3) : phrase.first + 1]
    return any(m.tag in ("MM", "NP") and m.form in lexicon.back_references for m in opening)


def object_class(spec: PredicateSpec, roles: Roles, lexicon: KoreanLexicon) -> NounClass | None:
    """The noun class of the object, else of another object in the clause ("워킹그룹을 통해 성과를 내기로")."""
    if not spec.objects:
        return None
    for phrase in (roles.theme, roles.target, *roles.objects):
        found = lexicon.noun_class(phrase.nouns, spec.objects) if phrase is not None else None
        if found is not None:
            return found
    return None


def event_type_of(view: SentenceView, spec: PredicateSpec, roles: Roles, lexicon: KoreanLexicon) -> EventType | None:
    theme = roles.theme or roles.target
    noun_class = object_class(spec, roles, lexicon)
    event_type = noun_class.event_type if noun_class is not None else spec.event_type
    if noun_class is None and "budget" in spec.objects and _is_amount(view, roles.theme, lexicon):
        event_type = EventType.INVESTMENT
    if event_type is EventType.MEETING and theme is not None and _bilateral_meeting(view, theme, lexicon):
        return EventType.BILATERAL_TALKS
    return event_type


def _is_amount(view: SentenceView, phrase: Phrase | None, lexicon: KoreanLexicon) -> bool:
    """Whether the phrase is a sum of money ("1조8천억원", "24억캐나다달러")."""
    written = view.text_of(phrase) if phrase is not None else ""
    return bool(written) and _amount_pattern(lexicon.currencies).search(written) is not None


@lru_cache(maxsize=4)
def _amount_pattern(currencies: tuple[str, ...]) -> re.Pattern[str]:
    """A number followed by any of the currencies, compiled once per lexicon."""
    return re.compile(_AMOUNT.pattern + "(?:" + "|".join(re.escape(c) for c in currencies) + ")")


def _bilateral_meeting(view: SentenceView, phrase: Phrase, lexicon: KoreanLexicon) -> bool:
    """ "한미 과학기술공동위원회", "양자 회의": a meeting of exactly two countries (a forum stays a MEETING)."""
    if phrase.nouns.endswith(lexicon.open_meetings):
        return False
    countries = {m.entity.country for m in mentions_of(view, phrase) if m.entity.kind is EntityKind.COUNTRY}
    return len(countries) == 2 or "양자" in phrase.nouns


def needs_met(view: SentenceView, spec: PredicateSpec, roles: Roles, lexicon: KoreanLexicon) -> bool:
    if spec.needs == "counterpart":
        return bool(counterpart_mentions(view, roles, EventType.BILATERAL_TALKS, lexicon))
    if spec.needs == "policy_object":
        theme = roles.theme
        return theme is not None and (
            any(noun in theme.nouns for noun in lexicon.policy_nouns)
            or any(m.entity.kind is EntityKind.INITIATIVE for m in view.mentions if theme.start <= m.start < theme.end)
            or object_class(spec, roles, lexicon) is not None  # a law, an agreement or a budget is one too
        )
    if spec.needs == "amount":
        return _is_amount(view, roles.theme, lexicon)
    if spec.needs == "party_object":
        return bool(mentions_of(view, roles.theme))
    return True
