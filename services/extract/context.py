"""Article-level context: who acts when a clause does not say.

Korean and English news drop the subject of follow-up sentences ("류 차관은…",
"또 … 제안했다", "he said"); the acting party is then the last named actor,
else the article's dominant own-country actor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from services.core.contracts import EventType
from services.extract.actors import (
    POLICY_ACTOR_KINDS,
    government_entity,
    person_key,
    synthetic_mention,
)
from services.extract.document import ArticleFacts
from services.extract.model import ActionCue, AgentHint, EntityKind, Mention

_FIRST_ACTOR_WEIGHT = 10  # the first government named is usually the one the article is about


def dominant_country(facts: ArticleFacts) -> str | None:
    """The country whose government the article is mostly about (the first one named weighs most)."""
    for kinds in ({EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE}, {EntityKind.COUNTRY}):
        votes: Counter[str] = Counter()
        for mention in facts.all_mentions():
            if mention.entity.kind in kinds and mention.entity.country:
                votes[mention.entity.country] += 1 if votes else _FIRST_ACTOR_WEIGHT
        if votes:
            return votes.most_common(1)[0][0]
    return None


def other_country(facts: ArticleFacts, own: str | None) -> str | None:
    """The most mentioned foreign country: the other side of a joint act."""
    votes: Counter[str] = Counter()
    for mention in facts.all_mentions() + facts.title_mentions:
        country = mention.entity.country
        if country and country != own and mention.entity.kind in POLICY_ACTOR_KINDS:
            votes[country] += 1
    return votes.most_common(1)[0][0] if votes else None


@dataclass(slots=True)
class _AgentState:
    """What the article has established so far while reading in order."""

    dominant: str | None
    other: str | None
    last: ActionCue | None = None
    persons: dict[str, str] | None = None
    last_pair: ActionCue | None = None  # the last action between two named countries


def _two_sided(cue: ActionCue) -> bool:
    own = agent_country(cue)
    return own is not None and any(m.entity.country and m.entity.country != own for m in cue.counterparts)


def agent_country(cue: ActionCue) -> str | None:
    return cue.agent.entity.country if cue.agent is not None else None


def _remember_person(cue: ActionCue, state: _AgentState) -> None:
    country = agent_country(cue)
    if cue.agent_person and country and state.persons is not None:
        state.persons.setdefault(person_key(cue.agent_person), country)


def remember_full_name(person: str, names: dict[str, str]) -> None:
    """Keep the longest name seen per person key: a later "류 차관" or "메르츠 총리" refers to it."""
    key = person_key(person)
    if len(person) > len(names.get(key, "")):
        names[key] = person


def full_name(person: str, names: dict[str, str]) -> str:
    """The full name of a person written with one word ("류" → "류제명", "Raimondo" → "Gina Raimondo")."""
    if len(person.split()) != 1:
        return person
    known = names.get(person_key(person), person)
    return known if known.startswith(person) or known.endswith(person) else person


_NAME_REACH = 25  # characters between a name and the country or ministry written with it


def country_near_name(facts: ArticleFacts, name: str, until: int) -> str | None:
    """The country written next to an earlier mention of `name` ("바이슈나우 인도 전자정보기술부 장관")."""
    if len(name) < 2:
        return None  # a bare family name ("류") would match inside other words
    for sentence in facts.sentences:
        if sentence.sentence.start >= until:
            break
        at = sentence.sentence.text.find(name)
        if at < 0:
            continue
        begin = sentence.sentence.start + at
        near = [
            m
            for m in sentence.mentions
            if m.entity.country
            and m.entity.kind in POLICY_ACTOR_KINDS
            and -_NAME_REACH <= m.start - begin <= len(name) + _NAME_REACH
        ]
        if near:
            return min(near, key=lambda m: abs(m.start - begin - len(name))).entity.country
    return None


def _fill_person_country(cue: ActionCue, state: _AgentState, facts: ArticleFacts) -> None:
    """'류 차관은' carries a title without a country: take the one the person had earlier."""
    if cue.agent is None or cue.agent.entity.country or state.persons is None:
        return
    country = state.persons.get(person_key(cue.agent_person)) if cue.agent_person else None
    if country is None and cue.agent_person:
        country = country_near_name(facts, cue.agent_person, cue.sentence.start)
    if country is None and cue.agent.entity.kind in (EntityKind.PERSON_TITLE, EntityKind.GOVERNMENT):
        country = state.dominant
    if country is not None:
        entity = government_entity(country)
        cue.agent = Mention(cue.agent.start, cue.agent.end, cue.agent.text, entity)


def _inherit_agent(cue: ActionCue, state: _AgentState) -> bool:
    """Fill an omitted agent; False when no actor can be found."""
    at = cue.sentence.start
    pair = state.last_pair
    if cue.agent_hint is AgentHint.JOINT and pair is not None and pair.agent is not None:
        # "양국은", "두 정상은": the two sides of the two-sided action just told
        cue.agent = pair.agent
        cue.agent_person, cue.agent_title = pair.agent_person, pair.agent_title
        if not cue.counterparts:  # addressed to a third party ("두 정상은 EU에 요청했다"): the pair acts together
            cue.counterparts.extend(pair.counterparts)
        return True
    if cue.agent_hint is AgentHint.JOINT and state.dominant:
        cue.agent = synthetic_mention(government_entity(state.dominant), "", at)
        if state.other and all(m.entity.country != state.other for m in cue.counterparts):
            cue.counterparts.append(synthetic_mention(government_entity(state.other), "", at))
        return True
    previous = state.last
    if previous is not None and previous.agent is not None:
        cue.agent = previous.agent
        cue.agent_person = previous.agent_person
        cue.agent_title = previous.agent_title
        return True
    if state.dominant:
        cue.agent = synthetic_mention(government_entity(state.dominant), "", at)
        return True
    return False


def resolve_agents(cues: list[ActionCue], facts: ArticleFacts) -> list[ActionCue]:
    """Give every cue an agent from context, dropping cues whose subject is not a policy actor."""
    dominant = dominant_country(facts)
    state = _AgentState(dominant=dominant, other=other_country(facts, dominant), persons={})
    kept: list[ActionCue] = []
    for cue in cues:
        inherited = cue.agent is None
        if inherited and (cue.agent_hint is AgentHint.NON_ACTOR or not _inherit_agent(cue, state)):
            continue
        if inherited and cue.event_type is EventType.STATEMENT and not (cue.agent_person or cue.agent_title):
            continue  # "또 … 덧붙였다" after an institution's words: no official speaks
        _fill_person_country(cue, state, facts)
        _remember_person(cue, state)
        if cue.agent_person:
            remember_full_name(cue.agent_person, facts.person_names)
        if cue.agent is not None and cue.agent.entity.kind not in POLICY_ACTOR_KINDS:
            continue
        state.last = cue
        if cue.agent_hint is AgentHint.EXPLICIT and _two_sided(cue):
            state.last_pair = cue
        kept.append(cue)
    return kept
