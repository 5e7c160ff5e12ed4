"""The last pass over one sentence's cues: what one cue makes redundant in another.

An announced commitment is the commitment itself ("Canada will invest C$2bn,
Trudeau announced"); a bare "announced" next to a specific act adds no event;
"the agency said it had partnered with …" reports that act and is no statement;
one cue per type and agent is left.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from services.core.contracts import EventType, Modality
from services.extract.model import ActionCue

_COMMITTING = frozenset({"announce", "unveil", "pledge", "commit"})
_PLANS_TO = re.compile(r"\s*(?:its |their |his |her |new )?plans?\b", re.IGNORECASE)


def same_agent(a: ActionCue, b: ActionCue) -> bool:
    country_a = a.agent.entity.country if a.agent else None
    country_b = b.agent.entity.country if b.agent else None
    return country_a == country_b


def absorb_announcements(
    cues: list[ActionCue], lemmas: dict[int, str], names_programme: Callable[[ActionCue], bool]
) -> list[ActionCue]:
    """Announcing verbs next to a specific act: the act happened; a bare announcement goes."""
    announcing = [c for c in cues if lemmas.get(id(c)) in _COMMITTING and c.modality is Modality.OCCURRED]
    if not announcing:
        return cues
    specific = [c for c in cues if c not in announcing and c.event_type is not EventType.STATEMENT]
    for cue in specific:
        if cue.event_type is EventType.INVESTMENT and cue.modality is Modality.PLANNED:
            cue.modality = Modality.OCCURRED
    if not specific:
        return cues
    bare = [c for c in announcing if c.event_type is EventType.POLICY_ANNOUNCEMENT and not names_programme(c)]
    return [c for c in cues if c not in bare]


def is_plans_to(following: str) -> bool:
    """ "announced plans to build …": the plan is what follows, not a programme of its own."""
    return bool(_PLANS_TO.match(following))


def drop_reports_of_own_acts(cues: list[ActionCue], quoted: bool, reported: set[int]) -> list[ActionCue]:
    """Unquoted "X said it did Y": the report is part of Y, not a statement of X."""
    if quoted:
        return cues
    acts = [c for c in cues if c.event_type is not EventType.STATEMENT and id(c) in reported]
    return [c for c in cues if c.event_type is not EventType.STATEMENT or not any(_reports(c, a) for a in acts)]


def _reports(statement: ActionCue, act: ActionCue) -> bool:
    """ "Kendall said the government would introduce a bill": the speaker's side reports its own act
    (an act by an unplaced "government" is the speaker's side too)."""
    unplaced = act.agent is None or act.agent.entity.country is None
    return act.start > statement.start and (unplaced or same_agent(act, statement))


def one_per_type_and_agent(cues: list[ActionCue]) -> list[ActionCue]:
    """Twin cues of a sentence ("announced … will invest") become one, pooling counterparts and date."""
    kept: list[ActionCue] = []
    for cue in cues:
        twin = next((k for k in kept if _are_twins(k, cue)), None)
        if twin is None:
            kept.append(cue)
        else:
            twin.counterparts += [m for m in cue.counterparts if m not in twin.counterparts]
            twin.date = twin.date or cue.date
    return kept


def _are_twins(kept: ActionCue, cue: ActionCue) -> bool:
    """Same type and agent; a refusal is never the twin of a done act ("signed the law but vetoed …")."""
    negated = (kept.modality is Modality.NEGATED) != (cue.modality is Modality.NEGATED)
    return kept.event_type is cue.event_type and same_agent(kept, cue) and not negated
