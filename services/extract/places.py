"""Where an action happens when its clause has no place phrase of its own.

A city named in the action's own clause is where it happens ("도쿄를 방문해",
"talks in Berlin"); a visit without a city happens in the country of the party
visited. Inherently domestic acts (a law, a budget) are located later, in the
agent's country, by `assemble.py`.
"""

from __future__ import annotations

from services.core.contracts import EventType
from services.extract.actors import country_entity, synthetic_mention
from services.extract.context import agent_country
from services.extract.document import ArticleFacts
from services.extract.model import ActionCue, EntityKind, Mention


def clause_span(cue: ActionCue) -> tuple[int, int]:
    """Body offsets of the cue's clause (the whole sentence when the analyser gave none)."""
    sentence = cue.sentence
    if cue.topics_text:
        at = sentence.text.find(cue.topics_text)
        if at >= 0:
            return sentence.start + at, sentence.start + at + len(cue.topics_text)
    return sentence.start, sentence.end


_QUOTE_MARKS = frozenset('"“”')


def _inside_quote(cue: ActionCue, mention: Mention) -> bool:
    before = cue.sentence.text[: mention.start - cue.sentence.start]
    return sum(1 for ch in before if ch in _QUOTE_MARKS) % 2 == 1


def _parties(cue: ActionCue) -> list[Mention]:
    found = [cue.agent] if cue.agent is not None else []
    return found + cue.counterparts + cue.participants + cue.forum


def city_in_clause(cue: ActionCue, mentions: list[Mention]) -> Mention | None:
    """The first city named in the cue's own clause, outside quoted speech, that is no party
    of the action ("Washington imposed …" names the government, not a place)."""
    start, end = clause_span(cue)
    taken = [(m.start, m.end) for m in _parties(cue)]
    for mention in mentions:
        if mention.entity.kind is not EntityKind.CITY or not (start <= mention.start and mention.end <= end):
            continue
        if any(a < mention.end and mention.start < b for a, b in taken) or _inside_quote(cue, mention):
            continue
        return mention
    return None


def visited_country(cue: ActionCue) -> Mention | None:
    """The country of the party a visit goes to (not the visitor's own)."""
    own = agent_country(cue)
    for counterpart in cue.counterparts:
        country = counterpart.entity.country
        if country and country != own and country != "EUU":
            return synthetic_mention(country_entity(country), counterpart.text, counterpart.start)
    return None


def fill_places(groups: list[list[ActionCue]], facts: ArticleFacts) -> None:
    """An event (its cues) without a stated place takes the city of its evidence clause, or for
    a visit the country visited; the place is set on its first cue."""
    for cues in groups:
        first = cues[0]
        if any(c.location is not None for c in cues) or first.sentence.index < 0:
            continue
        first.location = city_in_clause(first, facts.sentences[first.sentence.index].mentions)
        if first.location is None and first.event_type is EventType.VISIT:
            first.location = visited_country(first)
