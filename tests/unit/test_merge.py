"""One event per action: merge rules on hand-built cues."""

from __future__ import annotations

from datetime import date

from services.core.contracts import DatePrecision, EventType, Modality
from services.extract.merge import mark_title, merge_cues
from services.extract.model import ActionCue, DateMention, Entity, EntityKind, Mention, Sentence

KOR = Entity("gov:KOR:MSIT", EntityKind.GOVERNMENT, "Ministry of Science and ICT", "KOR")
USA = Entity("country:USA", EntityKind.COUNTRY, "United States", "USA")
JPN = Entity("country:JPN", EntityKind.COUNTRY, "Japan", "JPN")
AUS = Entity("gov:AUS", EntityKind.GOVERNMENT, "Government of Australia", "AUS")


def _cue(
    index: int,
    event_type: EventType = EventType.AGREEMENT,
    *,
    agent: Entity = KOR,
    counterparts: tuple[Entity, ...] = (USA,),
    day: int | None = None,
    modality: Modality = Modality.OCCURRED,
    person: str | None = None,
) -> ActionCue:
    sentence = Sentence(index=index, start=index * 100, end=index * 100 + 50, text="x" * 50)
    when = DateMention(0, 0, "", date(2025, 3, day), DatePrecision.DAY) if day else None
    return ActionCue(
        event_type=event_type,
        trigger="t",
        start=sentence.start,
        end=sentence.start + 1,
        sentence=sentence,
        modality=modality,
        agent=Mention(0, 1, agent.name, agent),
        agent_person=person,
        counterparts=[Mention(0, 1, c.name, c) for c in counterparts],
        date=when,
    )


def test_lead_and_body_mentions_of_one_action_merge() -> None:
    groups = merge_cues([_cue(0, day=5), _cue(3)], lead_limit=1)
    assert len(groups) == 1 and len(groups[0].cues) == 2


def test_body_repetitions_outside_the_lead_stay_apart() -> None:
    assert len(merge_cues([_cue(2), _cue(3)], lead_limit=1)) == 2


def test_different_counterparts_dates_or_modality_stay_apart() -> None:
    assert len(merge_cues([_cue(0), _cue(2, counterparts=(JPN,))], lead_limit=1)) == 2
    assert len(merge_cues([_cue(0, day=5), _cue(2, day=6)], lead_limit=1)) == 2
    assert len(merge_cues([_cue(0), _cue(2, modality=Modality.PLANNED)], lead_limit=1)) == 2


def test_two_actions_in_one_sentence_stay_apart() -> None:
    assert len(merge_cues([_cue(0), _cue(0)], lead_limit=1)) == 2


def test_statements_merge_per_official() -> None:
    cues = [
        _cue(2, EventType.STATEMENT, counterparts=(), person="류제명"),
        _cue(5, EventType.STATEMENT, counterparts=(), person="류"),
        _cue(6, EventType.STATEMENT, counterparts=(), person="한민영"),
    ]
    assert [len(g.cues) for g in merge_cues(cues, lead_limit=1)] == [2, 1]


def test_meeting_hosts_join_the_one_meeting() -> None:
    cues = [_cue(0, EventType.MEETING, counterparts=(), day=4), _cue(4, EventType.MEETING, agent=AUS)]
    (group,) = merge_cues(cues, lead_limit=1)
    assert group.first.agent is not None and group.first.agent.entity is KOR


def test_title_only_confirms() -> None:
    groups = merge_cues([_cue(0)], lead_limit=1)
    title_cue = _cue(-1, EventType.VISIT)
    mark_title(groups, [title_cue, _cue(-1)])
    assert len(groups) == 1 and groups[0].in_title
