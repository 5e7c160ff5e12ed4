"""Roles from particles: who acts, with whom, where, at which forum.

은/는/이/가 → the agent; 와/과 (and 와의) → the party acted with; 을/를 of
만나다/방문하다 → the party met or visited; 에게/께 → the party addressed;
에서 → the place; 에 of 참석하다 → the meeting (its international body is the forum).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from services.core.contracts import EventType
from services.extract.actors import PARTY_KINDS, member_mentions
from services.extract.korean.agents import Party, mentions_in, parties_in, read_subject
from services.extract.korean.clauses import (
    SentenceView,
    clause_phrases,
    clause_start,
    quotation_spans,
    subject_phrase,
    topic_phrases,
)
from services.extract.korean.endings import Form
from services.extract.korean.lexicon import KoreanLexicon, PredicateSpec
from services.extract.korean.phrases import Phrase, phrase_after
from services.extract.model import AgentHint, EntityKind, Mention

TWO_SIDED = frozenset(
    {
        EventType.BILATERAL_TALKS,
        EventType.VISIT,
        EventType.AGREEMENT,
        EventType.COOPERATION,
        EventType.PROPOSAL,
        EventType.INVESTMENT,
        EventType.POLICY_ANNOUNCEMENT,
    }
)

_PARTY_OBJECT_TYPES = frozenset({EventType.BILATERAL_TALKS, EventType.VISIT})

_PLACE_KINDS = frozenset({EntityKind.CITY, EntityKind.COUNTRY})
_MODIFIER_STOPS = frozenset({"SSC", "SF", "EC", "EF"})  # where the words modifying a subject begin


@dataclass(slots=True)
class Roles:
    subject: Phrase | None
    theme: Phrase | None  # what the action is about: the object, the modified noun, or a passive subject
    comitative: list[Phrase]  # 와/과: acted with
    addressee: list[Phrase]  # 에게/께: addressed
    target: Phrase | None  # 에: the meeting attended
    place: Phrase | None  # 에서
    objects: list[Phrase]  # every 을/를 phrase of the clause, nearest first
    passive: bool  # the subject is the theme ("공동위원회가 열린다")
    clause_first: int  # morpheme index where the clause begins
    head: int  # morpheme index of the predicate


def roles_for(view: SentenceView, k: int, spec: PredicateSpec) -> Roles:
    predicate = view.predicates[k]
    local = clause_phrases(view, k)
    subject = subject_phrase(view, k)
    theme = next((p for p in local if p.particle_tag == "JKO" or p.particle == "도"), None)
    if predicate.form in (Form.ADNOMINAL, Form.QUOTE_ADNOMINAL):
        theme = phrase_after(view.morphs, predicate.end) or theme
    if spec.passive:
        theme = subject
    return Roles(
        subject=subject,
        theme=theme,
        comitative=[p for p in local if p.particle_tag == "JKB" and p.particle in ("와", "과")],
        addressee=[p for p in local if p.particle in ("에게", "께")],
        target=next((p for p in local if p.particle == "에"), None),
        place=next((p for p in local if p.particle == "에서"), None),
        objects=[p for p in local if p.particle_tag == "JKO"],
        passive=spec.passive,
        clause_first=clause_start(view, k),
        head=predicate.head,
    )


def mentions_of(view: SentenceView, phrase: Phrase | None) -> list[Mention]:
    return parties_in(phrase, view.mentions) if phrase is not None else []


def _joined_with(view: SentenceView, roles: Roles) -> list[Mention]:
    """Parties before a conjunctive 와/과 that Kiwi did not mark as comitative ("NASA와 … 협약을 맺었다")."""
    subject = roles.subject
    joints = [m.start for m in view.morphs[roles.clause_first : roles.head] if m.tag == "JC" and m.form in ("와", "과")]
    found = [m for m in view.mentions if m.end in joints or m.end + 1 in joints]
    if subject is not None:
        found = [m for m in found if not subject.start <= m.start <= subject.end]
    return [m for m in found if m.entity.kind in PARTY_KINDS]


def _with_place_country(view: SentenceView, mention: Mention, before: int) -> Mention:
    """A party without a country takes the country named with it ("인도 전자정보기술부 장관"), else the
    country of the place named before it ("몬트리올에 있는 … 연구소", "대표")."""
    if mention.entity.country is not None:
        return mention
    source = _country_in_same_phrase(view, mention)
    if source is None:
        places = [m for m in view.mentions if m.entity.kind in _PLACE_KINDS and m.start < before and m.entity.country]
        source = places[-1] if places else None
    if source is None:
        return mention
    return Mention(mention.start, mention.end, mention.text, replace(mention.entity, country=source.entity.country))


def _country_in_same_phrase(view: SentenceView, mention: Mention) -> Mention | None:
    """The nearest mention with a country before `mention`, with no case particle or verb between them."""
    candidates = [m for m in view.mentions if m.end <= mention.start and m.entity.country]
    if not candidates:
        return None
    nearest = candidates[-1]
    between = [x for x in view.morphs if nearest.end <= x.start < mention.start]
    if any((x.particle and x.tag != "JKG") or x.tag.startswith(("V", "E")) for x in between):
        return None
    return nearest


def _parties_addressed(view: SentenceView, phrase: Phrase, lexicon: KoreanLexicon) -> list[Mention]:
    """The parties of a 와/과 or 에게 phrase; "G7 국가들과" means each member of the G7."""
    found = mentions_of(view, phrase)
    if not phrase.nouns.endswith(lexicon.member_nouns):
        return found
    return [member for m in found for member in (member_mentions(m) or [m])]


def _asked(view: SentenceView, roles: Roles) -> list[Phrase]:
    """The party a request is addressed to with 에/에게, also inside its "-해 달라고" clause
    ("EU 집행위원회에 절차를 간소화해 달라고 요청했다")."""
    after = roles.subject.end if roles.subject is not None else view.sentence.start
    return [
        p
        for p in view.phrases
        if p.particle in ("에", "에게", "께") and after <= p.start and p.particle_index < roles.head
    ]


def counterpart_mentions(
    view: SentenceView, roles: Roles, event_type: EventType, lexicon: KoreanLexicon
) -> list[Mention]:
    """The other parties of a two-sided action: 와/과, 에게, the party met or visited, a country object."""
    if event_type not in TWO_SIDED:
        return []
    addressed = roles.comitative + roles.addressee
    if event_type is EventType.PROPOSAL:
        addressed = addressed + _asked(view, roles)
    found = [m for p in addressed for m in _parties_addressed(view, p, lexicon)]
    found += _joined_with(view, roles)
    if event_type in _PARTY_OBJECT_TYPES:
        found += mentions_of(view, roles.theme)
    elif roles.theme is not None:
        found += [m for m in mentions_of(view, roles.theme) if m.entity.kind is EntityKind.COUNTRY]
    found = [m for m in found if m.entity.kind not in (EntityKind.CITY, EntityKind.INITIATIVE)]
    return [_with_place_country(view, m, view.morphs[roles.head].start) for m in found]


def place_of(view: SentenceView, roles: Roles) -> Mention | None:
    found = mentions_in(roles.place, view.mentions) if roles.place is not None else []
    places = [m for m in found if m.entity.kind in _PLACE_KINDS]
    cities = [m for m in places if m.entity.kind is EntityKind.CITY]
    ranked = cities or places
    return ranked[0] if ranked else None


def forum_of(view: SentenceView, roles: Roles) -> list[Mention]:
    phrase = roles.target or roles.theme
    return [m for m in mentions_of(view, phrase) if m.entity.kind is EntityKind.INTL_ORG]


def party_of(view: SentenceView, k: int, roles: Roles, spec: PredicateSpec, lexicon: KoreanLexicon) -> Party:
    if spec.passive:
        return Party(agent=None, hint=AgentHint.OMITTED)
    own_clause = clause_phrases(view, k)
    if view.predicates[k].form is Form.ADNOMINAL and (roles.subject is None or roles.subject not in own_clause):
        return Party(agent=None, hint=AgentHint.NON_ACTOR)  # a nominal mention without an actor
    if roles.subject is None:
        return Party(agent=None, hint=AgentHint.OMITTED)
    party = read_subject(roles.subject, view.text_of(roles.subject), view.mentions, lexicon)
    if party.agent is not None and party.agent.entity.country is None:
        party = _affiliate(view, k, party, roles.subject, lexicon)
    return party


def _modifier_country(view: SentenceView, subject: Phrase) -> Mention | None:
    """'한국 측 수석대표인 박윤규 제1차관은': a country or ministry in the words that modify the subject."""
    first = subject.first
    while first > 0 and not view.morphs[first - 1].particle and view.morphs[first - 1].tag not in _MODIFIER_STOPS:
        first -= 1
    start = view.morphs[first].start
    found = [m for m in view.mentions if start <= m.start < subject.start and m.entity.country]
    return found[-1] if found else None


def _affiliate(view: SentenceView, k: int, party: Party, subject: Phrase, lexicon: KoreanLexicon) -> Party:
    """'과기정통부는 류제명 제2차관이 …': a bare title takes the country of its modifier or of the topic."""
    if party.agent is None or party.agent.entity.kind is not EntityKind.PERSON_TITLE:
        return party
    source = _modifier_country(view, subject)
    spans = quotation_spans(view)
    for topic in topic_phrases(view, k):
        if source is not None:
            break
        if topic.start < subject.start and not any(a <= topic.start < b for a, b in spans):
            source = read_subject(topic, view.text_of(topic), view.mentions, lexicon).agent
            source = source if source is not None and source.entity.country else None
    if source is not None:
        party.agent = Mention(party.agent.start, party.agent.end, party.agent.text, source.entity)
    return party
