"""Turn a group of merged cues into an `Event` as the contract defines it."""

from __future__ import annotations

from services.core.contracts import (
    CAMEO_CODES,
    Actor,
    Event,
    EventType,
    Evidence,
    Location,
    Role,
    Topic,
)
from services.extract.actors import ACTOR_KINDS, country_name
from services.extract.confidence import event_confidence
from services.extract.context import full_name
from services.extract.document import ArticleFacts
from services.extract.identity import event_id
from services.extract.merge import CueGroup, agent_key, counterpart_countries
from services.extract.model import ActionCue, EntityKind, Mention
from services.extract.resources import TopicFinder

# Types whose other parties are never counterparts (EVENTS.md §8 "Counterparts").
_NO_COUNTERPARTS = frozenset({EventType.MEETING, EventType.STATEMENT})
# Types that are inherently domestic: without a stated place, the location is the agent's country.
_DOMESTIC = frozenset({EventType.REGULATION, EventType.INVESTMENT, EventType.POLICY_ANNOUNCEMENT})


def _actor(mention: Mention, role: Role, title: str | None = None) -> Actor:
    text = mention.text or mention.entity.name
    return Actor(
        text=text,
        name=mention.entity.name,
        kind=ACTOR_KINDS[mention.entity.kind],
        country=mention.entity.country,
        role=role,
        title=title,
    )


def _agent_actor(cue: ActionCue, facts: ArticleFacts) -> Actor | None:
    if cue.agent is None:
        return None
    if cue.agent_person:
        return Actor(
            text=cue.agent_person,
            name=full_name(cue.agent_person, facts.person_names),
            kind=ACTOR_KINDS[EntityKind.PERSON_TITLE],
            country=cue.agent.entity.country,
            role=Role.AGENT,
            title=cue.agent_title,
        )
    return _actor(cue.agent, Role.AGENT)


def _unique(mentions: list[Mention], exclude_country: str | None) -> list[Mention]:
    seen: set[str] = set()
    kept: list[Mention] = []
    for mention in mentions:
        key = mention.entity.country or mention.entity.id
        if key in seen or (exclude_country and mention.entity.country == exclude_country):
            continue
        seen.add(key)
        kept.append(mention)
    return kept


def _actors(group: CueGroup, facts: ArticleFacts) -> list[Actor]:
    first = group.first
    agent = _agent_actor(first, facts)
    own = agent.country if agent is not None else None
    actors = [agent] if agent is not None else []
    if first.event_type not in _NO_COUNTERPARTS:
        counterparts = _unique([m for c in group.cues for m in c.counterparts], own)
        actors += [_actor(m, Role.COUNTERPART) for m in counterparts]
    joined = [c.agent for c in group.cues[1:] if c.agent is not None and agent_key(c) != agent_key(first)]
    participants = _unique([m for c in group.cues for m in c.participants] + joined, None)
    actors += [_actor(m, Role.PARTICIPANT) for m in participants]
    actors += [_actor(m, Role.FORUM) for m in _unique([m for c in group.cues for m in c.forum], None)]
    return actors


def _location(group: CueGroup) -> Location | None:
    for cue in group.cues:
        if cue.location is not None:
            entity = cue.location.entity
            city = entity.name if entity.kind is EntityKind.CITY else None
            return Location(text=cue.location.text, city=city, country=entity.country)
    first = group.first
    if first.event_type in _DOMESTIC and first.agent is not None and first.agent.entity.country:
        country = first.agent.entity.country
        return Location(text=country_name(country), city=None, country=country)
    return None


_NAME_KINDS = frozenset({EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE})


def masked_sentence(sentence_text: str, offset: int, mentions: list[Mention]) -> str:
    """The sentence with ministry names and job titles blanked ("과학기술부" is a ministry, not a RESEARCH topic)."""
    chars = list(sentence_text)
    for mention in mentions:
        if mention.entity.kind in _NAME_KINDS:
            for i in range(mention.start - offset, min(mention.end - offset, len(chars))):
                chars[i] = " "
    return "".join(chars)


def _cue_topics(cue: ActionCue, facts: ArticleFacts, find_topics: TopicFinder) -> set[Topic]:
    """Topics of the cue's clause, else of its sentence (ministry names and titles masked)."""
    sentence = facts.sentences[cue.sentence.index]
    masked = masked_sentence(cue.sentence.text, cue.sentence.start, sentence.mentions)
    if cue.topics_text:
        at = cue.sentence.text.find(cue.topics_text)
        if at >= 0:
            found = find_topics(masked[at : at + len(cue.topics_text)])
            if found:
                return found
    return find_topics(masked)


def _topics(group: CueGroup, facts: ArticleFacts, find_topics: TopicFinder) -> list[Topic]:
    found = _cue_topics(group.first, facts, find_topics)
    if group.first.sentence.index == 0:
        found |= facts.article_topics()  # the lead's action is what title and lead are about
    if not found:
        found = facts.article_topics()
    return sorted(found)


def _initiatives(group: CueGroup, facts: ArticleFacts) -> list[str]:
    names: list[str] = []
    for cue in group.cues:
        for mention in facts.sentences[cue.sentence.index].mentions:
            if mention.entity.kind is EntityKind.INITIATIVE and mention.entity.name not in names:
                names.append(mention.entity.name)
    return names


def event_key(group: CueGroup) -> str:
    """A stable description of the event inside its article (the basis of its id)."""
    first = group.first
    parts = [
        first.event_type.value,
        first.modality.value,
        agent_key(first),
        ",".join(sorted(counterpart_countries(first))),
        first.date.value.isoformat() if first.date else "",
        str(first.start),
    ]
    return "|".join(parts)


def build_event(
    group: CueGroup, facts: ArticleFacts, find_topics: TopicFinder, article_id: str, version: str, key: str
) -> Event:
    first = group.first
    dated = next((c for c in group.cues if c.date is not None), None)
    sentence = first.sentence
    return Event(
        event_id=event_id(article_id, version, key),
        event_type=first.event_type,
        cameo_code=CAMEO_CODES[first.event_type],
        modality=first.modality,
        trigger=first.trigger,
        actors=_actors(group, facts),
        location=_location(group),
        event_date=dated.date.value if dated and dated.date else None,
        date_precision=dated.date.precision if dated and dated.date else None,
        date_text=dated.date.text if dated and dated.date else None,
        topics=_topics(group, facts, find_topics),
        initiatives=_initiatives(group, facts),
        evidence=Evidence(text=sentence.text, start=sentence.start, end=sentence.end),
        confidence=event_confidence(group.cues, in_title=group.in_title),
    )
