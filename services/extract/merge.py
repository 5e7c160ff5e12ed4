"""One event per action: cues that report the same action are merged.

The same action is often told three times: in the title, in the lead and again
in the body. Cues merge when their type, agent, modality, counterparts and date
agree (a missing date or counterpart list agrees with any) and one of them is
in the lead; statements merge per official and modality (one STATEMENT per
official on one occasion). Title cues never create an event: they only mark
the event they confirm.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.core.contracts import EventType
from services.extract.actors import person_key
from services.extract.model import ActionCue


@dataclass(slots=True)
class CueGroup:
    """The cues that make up one event, in body order; the first one is its evidence."""

    cues: list[ActionCue]
    in_title: bool = False

    @property
    def first(self) -> ActionCue:
        return self.cues[0]


def agent_key(cue: ActionCue) -> str:
    if cue.agent is None:
        return ""
    return cue.agent.entity.country or cue.agent.entity.id


def speaker_key(cue: ActionCue) -> str:
    if cue.agent_person:
        return f"person:{person_key(cue.agent_person)}"
    return f"agent:{agent_key(cue)}"


def counterpart_countries(cue: ActionCue) -> frozenset[str]:
    return frozenset(m.entity.country for m in cue.counterparts if m.entity.country)


def _compatible_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a == b


def _compatible_dates(a: ActionCue, b: ActionCue) -> bool:
    return a.date is None or b.date is None or a.date.value == b.date.value


_PER_SPEAKER = frozenset({EventType.STATEMENT, EventType.PROPOSAL})


def same_action(a: ActionCue, b: ActionCue) -> bool:
    """Whether two cues can describe one action (ignoring where they are)."""
    if a.event_type is not b.event_type or a.modality is not b.modality:
        return False
    if a.event_type is EventType.STATEMENT:
        return speaker_key(a) == speaker_key(b)
    if a.event_type is EventType.PROPOSAL:
        return speaker_key(a) == speaker_key(b) and _compatible_dates(a, b)
    if a.event_type is EventType.MEETING:
        return _compatible_dates(a, b)  # hosts, chairs and attendees share one meeting
    return (
        agent_key(a) == agent_key(b)
        and _compatible_sets(counterpart_countries(a), counterpart_countries(b))
        and _compatible_dates(a, b)
    )


def _may_join(group: CueGroup, cue: ActionCue, lead_limit: int) -> bool:
    if not same_action(group.first, cue):
        return False
    if cue.event_type is EventType.MEETING:
        return all(c.sentence.index != cue.sentence.index for c in group.cues)
    if cue.event_type in _PER_SPEAKER:
        return True
    in_lead = cue.sentence.index < lead_limit or any(c.sentence.index < lead_limit for c in group.cues)
    return in_lead and all(c.sentence.index != cue.sentence.index for c in group.cues)


def merge_cues(cues: list[ActionCue], lead_limit: int) -> list[CueGroup]:
    """Group body cues into events; `lead_limit` is the index of the first sentence after the lead."""
    groups: list[CueGroup] = []
    for cue in cues:
        target = next((g for g in groups if _may_join(g, cue, lead_limit)), None)
        if target is None:
            groups.append(CueGroup(cues=[cue]))
        else:
            target.cues.append(cue)
    return groups


def mark_title(groups: list[CueGroup], title_cues: list[ActionCue]) -> None:
    """Flag the events the title reports; a title cue with no body event is ignored."""
    for title_cue in title_cues:
        for group in groups:
            if group.first.event_type is title_cue.event_type and (
                title_cue.agent is None or agent_key(title_cue) == agent_key(group.first)
            ):
                group.in_title = True
                break
