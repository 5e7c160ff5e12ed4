"""The other roles of a trigger: counterparts, participants, forum, location and date."""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core.contracts import EventType
from services.extract.english.clauses import (
    clause_start,
    governing_preposition,
    is_reduced_relative,
    joins_new_clause,
    segment_start,
)
from services.extract.english.parties import Party
from services.extract.english.subject import as_actor
from services.extract.english.view import DateSpan, SentenceView
from services.extract.model import DateMention, EntityKind, Mention

_TWO_SIDED = frozenset(
    {EventType.AGREEMENT, EventType.BILATERAL_TALKS, EventType.COOPERATION, EventType.VISIT, EventType.PROPOSAL}
)
_ACTOR_KINDS = frozenset({EntityKind.COUNTRY, EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE, EntityKind.CITY})
_PLACE_KINDS = frozenset({EntityKind.CITY, EntityKind.COUNTRY})
_TRAVEL_TYPES = frozenset({EventType.MEETING, EventType.VISIT})
_DEADLINE_WORDS = frozenset({"by", "until", "till", "through", "since", "before", "after"})
_COUNTERPART_PREPOSITIONS = frozenset({"with", "between", "to", "toward", "towards", "and", "from"})
_LOCATION_BLOCKERS = frozenset({"based", "headquartered", "located", "born", "registered"})
_OCCASION_NOUNS = frozenset(
    {"meeting", "summit", "talks", "session", "forum", "visit", "conference", "event", "sidelines", "dialogue"}
)


@dataclass(slots=True)
class Roles:
    counterparts: list[Mention] = field(default_factory=list)
    participants: list[Mention] = field(default_factory=list)
    forum: list[Mention] = field(default_factory=list)
    location: Mention | None = None


def _is_seat(view: SentenceView, party: Party) -> bool:
    """ "a company headquartered in California": where someone is based, not where the act happens."""
    return party.first >= 2 and view.tokens[party.first - 2].lower in _LOCATION_BLOCKERS


def is_region(party: Party) -> bool:
    """A state or province (gazetteer `gov:<ISO3>:region:…`): a government when it acts, a place after "in"."""
    entity = party.mention.entity
    return entity.kind is EntityKind.GOVERNMENT and ":region:" in entity.id


def is_place(party: Party) -> bool:
    return party.kind in _PLACE_KINDS or is_region(party)


def _preposition(view: SentenceView, party: Party) -> str | None:
    word = governing_preposition(view.tokens, party.first)
    if word is None and party.first > 0 and view.tokens[party.first - 1].lower == "and":
        return "and"
    return word


def _add_counterpart(roles: Roles, party: Party, agent_country: str | None) -> None:
    country = party.country
    if party.kind not in _ACTOR_KINDS - {EntityKind.CITY} or country is None or country == agent_country:
        return
    if all(m.entity.country != country for m in roles.counterparts):
        roles.counterparts.append(party.mention)


_GROUP_NOUNS = frozenset({"partners", "countries", "members", "allies", "nations", "governments", "economies"})
_LIST_GAP = frozenset({",", "and", "the", "&"})


def _in_group_apposition(view: SentenceView, party: Party) -> bool:
    """ "the other partners - India, Japan and the United States -": members named after a group noun."""
    index = party.first - 1
    while index >= 0 and (view.words[index] in _LIST_GAP or index in view.party_at):
        index -= 1
    return index >= 1 and view.words[index] in {"-", "–", "—", ":", "("} and view.words[index - 1] in _GROUP_NOUNS


def object_roles(view: SentenceView, event_type: EventType, span: tuple[int, int], agent_country: str | None) -> Roles:
    """Roles from the words after the trigger, `span` = (first, last) token positions."""
    roles = Roles()
    first, last = span
    for party in (p for p in view.parties if first <= p.first < last):
        word = _preposition(view, party)
        direct = word is None and (party.first - first <= 3 or _in_group_apposition(view, party))
        if party.kind is EntityKind.INTL_ORG and (word in {"at", "during", "of"} or direct):
            roles.forum.append(party.mention)
        elif event_type is EventType.VISIT and direct and is_place(party):
            roles.location = roles.location or party.mention
            _add_counterpart(roles, as_actor(party), agent_country)
        elif word == "to" and party.kind is EntityKind.CITY and event_type in _TRAVEL_TYPES:
            roles.location = roles.location or party.mention  # "leads a delegation to New Delhi for …"
            if event_type is EventType.VISIT:
                _add_counterpart(roles, as_actor(party), agent_country)
        elif word in {"in", "at"} and is_place(party) and not _is_seat(view, party):
            roles.location = roles.location or party.mention
            if event_type is EventType.VISIT:
                _add_counterpart(roles, as_actor(party), agent_country)
        elif direct or word in _COUNTERPART_PREPOSITIONS:
            _add_counterpart(roles, as_actor(party), agent_country)
    return roles


def sentence_counterparts(view: SentenceView, roles: Roles, agent: Party | None, event_type: EventType) -> None:
    """For two-sided acts with no named other side nearby: the foreign actors elsewhere in the sentence."""
    if event_type not in _TWO_SIDED or roles.counterparts or agent is None or agent.country is None:
        return
    for party in view.parties:
        actor = party.kind in _ACTOR_KINDS - {EntityKind.CITY} and party is not agent
        if actor and governing_preposition(view.tokens, party.first) in {"with", None}:
            _add_counterpart(roles, party, agent.country)


def sentence_location(view: SentenceView, roles: Roles, trigger: int, quoted: bool, limit: int | None = None) -> None:
    """ "in Seoul" anywhere in the sentence before the next action (`limit`) when the trigger's
    own clause names no place."""
    if roles.location is not None:
        return
    for party in sorted(view.parties, key=lambda p: (p.first < trigger, abs(p.first - trigger))):
        if not (party.kind is EntityKind.CITY or is_region(party)) or view.tokens[party.first].quoted != quoted:
            continue
        if limit is not None and party.first >= limit:
            continue
        word = governing_preposition(view.tokens, party.first)
        if word in {"in", "at"} and not _is_seat(view, party):
            roles.location = party.mention
            return


def _usable(view: SentenceView, span: DateSpan) -> bool:
    before = view.tokens[span.first - 1].lower if span.first else ""
    in_dateline = any(t.text == "-" for t in view.tokens[span.last : span.last + 4]) and span.first < 3
    return before not in _DEADLINE_WORDS and not in_dateline


def _joined_between(view: SentenceView, first: int, second: int) -> bool:
    """ "Britain signed … in April 2024, and Singapore hosted …": a new clause with its own subject
    lies between the two positions."""
    low, high = min(first, second), max(first, second)
    return any(view.tokens[i].text == "," and joins_new_clause(view.tokens, i + 1, high + 1) for i in range(low, high))


def choose_date(view: SentenceView, trigger: int, same_clause_only: bool) -> DateMention | None:
    """The date nearest the trigger, preferring its own clause; deadlines and datelines do not count."""
    start = clause_start(view.tokens, trigger)
    usable = [s for s in view.dates if _usable(view, s)]
    if is_reduced_relative(view.tokens, trigger):  # "The resolution, drafted by X, asks … next year"
        end = next((i for i in range(trigger, len(view.tokens)) if view.tokens[i].text == ","), len(view.tokens))
        inside = [s for s in usable if trigger < s.first < end]
        return min(inside, key=lambda s: s.first).mention if inside else None
    own = [
        s for s in usable if clause_start(view.tokens, s.first) == start and not _joined_between(view, s.first, trigger)
    ]
    part = segment_start(view.tokens, trigger)
    own = [s for s in own if segment_start(view.tokens, s.first) == part] or own
    pool = own or ([] if same_clause_only else usable)
    if not pool:
        return None
    return min(pool, key=lambda s: abs(s.first - trigger)).mention


def refers_to_occasion(view: SentenceView) -> bool:
    """ "At the meeting", "during the talks": the clause points back at the occasion already reported."""
    words = view.words
    for index, word in enumerate(words[:-2]):
        if word in {"at", "during"} and words[index + 1] == "the" and words[index + 2] in _OCCASION_NOUNS:
            return True
        if word == "on" and words[index + 1] == "the" and words[index + 2] == "sidelines":
            return True
    return False
