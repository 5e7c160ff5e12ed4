"""Article-level occasions: the dates, places and counterparts a clause leaves implicit.

A multi-day meeting, trip or talks is dated by its first day, and the actions
inside it without a day of their own take that day and its place; a clause that
points at the occasion ("이 자리에서", "당시", "at the meeting") takes its date;
what is presented or asked for during bilateral talks is addressed to the other side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.core.contracts import EventType, Modality
from services.extract.actors import government_entity, person_key, synthetic_mention
from services.extract.context import agent_country, dominant_country
from services.extract.document import ArticleFacts
from services.extract.model import ActionCue, DateMention, EntityKind, Mention

OCCASION_TYPES = frozenset({EventType.MEETING, EventType.VISIT, EventType.BILATERAL_TALKS})
_SPEAKER_TYPES = frozenset({EventType.STATEMENT, EventType.PROPOSAL})


@dataclass(slots=True)
class _Occasion:
    value: DateMention
    modality: Modality
    country: str | None


def _same_side(cue: ActionCue, occasion: _Occasion) -> bool:
    country = agent_country(cue)
    return country is None or occasion.country is None or country == occasion.country


def _speaker_key(cue: ActionCue) -> str | None:
    """A person who speaks on one occasion keeps its date; an institution's words are not tied to one."""
    return person_key(cue.agent_person) if cue.agent_person else None


def resolve_dates(cues: list[ActionCue]) -> None:
    """Date cues that have no date of their own from the occasion they belong to."""
    occasion: _Occasion | None = None
    last_dated: DateMention | None = None
    speakers: dict[tuple[str, Modality], DateMention] = {}
    for cue in cues:
        if cue.date is None:
            cue.date = _inherited_date(cue, occasion, last_dated, speakers)
        if cue.date is None:
            continue
        last_dated = cue.date
        key = _speaker_key(cue)
        if key is not None:
            speakers.setdefault((key, cue.modality), cue.date)
        if cue.event_type in OCCASION_TYPES and occasion is None:
            occasion = _Occasion(cue.date, cue.modality, agent_country(cue))


def _inherited_date(
    cue: ActionCue,
    occasion: _Occasion | None,
    last_dated: DateMention | None,
    speakers: dict[tuple[str, Modality], DateMention],
) -> DateMention | None:
    if cue.own_date_only:
        return None
    if cue.occasion_ref and last_dated is not None:
        return last_dated
    if occasion is not None and cue.modality is occasion.modality and _same_side(cue, occasion):
        return occasion.value
    key = _speaker_key(cue)
    if cue.event_type in _SPEAKER_TYPES and key is not None:
        return speakers.get((key, cue.modality))
    return None


def event_day(cue: ActionCue) -> date | None:
    return cue.date.value if cue.date is not None else None


_JOINT_WORK = frozenset({EventType.AGREEMENT, EventType.COOPERATION})
_TOLD_AT_TALKS = frozenset({EventType.POLICY_ANNOUNCEMENT, EventType.PROPOSAL})


def _foreign_governments(facts: ArticleFacts, own: str | None) -> set[str]:
    return {
        m.entity.country
        for m in facts.all_mentions()
        if m.entity.kind is EntityKind.GOVERNMENT and m.entity.country and m.entity.country != own
    }


def _has_counterpart(cue: ActionCue) -> bool:
    return any(m.entity.country for m in cue.counterparts)


def fill_counterparts(cues: list[ActionCue], facts: ArticleFacts) -> None:
    """Counterparts the clause leaves implicit.

    Joint work (agreement, cooperation) in an article about one foreign partner
    is with that partner; what an official presents or asks for during bilateral
    talks is addressed to the other side of those talks.
    """
    own = dominant_country(facts)
    partners = _foreign_governments(facts, own)
    talks: ActionCue | None = None
    for cue in cues:
        if cue.event_type is EventType.BILATERAL_TALKS and talks is None and _has_counterpart(cue):
            talks = cue
        if _has_counterpart(cue) or agent_country(cue) != own:
            continue
        if cue.event_type in _JOINT_WORK and len(partners) == 1:
            partner = next(iter(partners))
            cue.counterparts.append(synthetic_mention(government_entity(partner), "", cue.sentence.start))
        elif cue.event_type in _TOLD_AT_TALKS and talks is not None and event_day(cue) == event_day(talks):
            cue.counterparts.extend(m for m in talks.counterparts if m.entity.country)


def _group_location(cues: list[ActionCue]) -> Mention | None:
    return next((c.location for c in cues if c.location is not None), None)


def inherit_locations(groups: list[list[ActionCue]]) -> None:
    """Actions during a meeting, trip or talks happen where it happens.

    A group (the cues of one event) without a stated place takes the place of
    the first occasion of the article when it shares its day, modality and side.
    """
    occasion: tuple[ActionCue, Mention] | None = None
    for cues in groups:
        first, place = cues[0], _group_location(cues)
        if occasion is None and first.event_type in OCCASION_TYPES and place is not None and first.date:
            occasion = (first, place)
            continue
        if place is not None or occasion is None or first.date is None:
            continue
        host, where = occasion
        if _same_occasion(first, host):
            first.location = where


def _same_occasion(cue: ActionCue, host: ActionCue) -> bool:
    return (
        cue.date is not None
        and host.date is not None
        and cue.date.value == host.date.value
        and cue.modality is host.modality
        and agent_country(cue) == agent_country(host)
    )
