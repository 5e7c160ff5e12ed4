"""Who acts: the subject of a trigger, read from English clause structure.

The subject is the actor phrase right before the verb group ("the United
States and the United Kingdom signed", "Yoon said"), coordinated phrases
giving a joint act whose first party is the agent. Pronouns and "the two"
point back through the discourse memory; unknown proper nouns, companies and
documents are not policy actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from services.extract.actors import government_entity
from services.extract.english.clauses import clause_start, governing_preposition, participle_aside_start
from services.extract.english.discourse import Discourse
from services.extract.english.parties import Party
from services.extract.english.view import SentenceView
from services.extract.english.words import (
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    MEMBER_NOUNS,
    NON_ACTOR_NOUNS,
    OTHER_PRONOUNS,
    PAIR_NOUNS,
    PERSON_PRONOUNS,
    PLAN_WORDS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
    SUBORDINATORS,
    VERB_GROUP,
    is_adverb,
)
from services.extract.model import EntityKind


class SubjectKind(Enum):
    PARTIES = "parties"  # named actors (first is the agent)
    OMITTED = "omitted"  # none, or a pronoun the pipeline resolves from context
    JOINT = "joint"  # "both sides" with no pair in memory
    NON_ACTOR = "non_actor"  # a company, analysts, an unknown name
    DOCUMENT = "document"  # "the strategy says", "the accord will see"
    CONJOINED = "conjoined"  # "… and signed", "… to launch": the previous verb's subject
    EACH = "each"  # "each of the two countries has set up …": one act per party
    MEMBERS = "members"  # "member states", "participants": the members of a body acting together


@dataclass(frozen=True, slots=True)
class Subject:
    kind: SubjectKind
    parties: tuple[Party, ...] = ()


_CONJOINING = frozenset({"and", "to", "or"})
_SEATS = {"brussels": "EUU"}  # a city that, acting, stands for a body other than its country
_COORDINATION_GAP = frozenset({"and", ",", "the", "&", "both", "as", "well", "his", "her", "their", "its"})


def as_actor(party: Party) -> Party:
    """A capital standing for its government ("Washington imposed …"; "Brussels" for the EU)."""
    if party.kind is EntityKind.CITY and party.country:
        country = _SEATS.get(party.mention.text.lower(), party.country)
        return replace(party, mention=replace(party.mention, entity=government_entity(country)))
    return party


def coordinated(view: SentenceView, party: Party) -> tuple[Party, ...]:
    """The party with those joined to it on the left by "and" or commas."""
    group = [party]
    index = party.first - 1
    while index >= 0:
        gap_start = index
        while gap_start >= 0 and view.tokens[gap_start].lower in _COORDINATION_GAP:
            gap_start -= 1
        gap = {t.lower for t in view.tokens[gap_start + 1 : index + 1]}
        previous = view.party_ending_at(gap_start) if gap_start >= 0 else None
        if previous is None or not gap & {"and", ",", "&"}:
            break
        group.insert(0, previous)
        index = previous.first - 1
    return tuple(as_actor(p) for p in group)


def _skippable(view: SentenceView, index: int) -> bool:
    word = view.tokens[index].lower
    if index in view.date_at or word in VERB_GROUP or is_adverb(word, view.tokens[index].text):
        return True
    following = index + 1
    if word in {"on", "in"} and following in view.date_at:
        return True
    if word != "to":
        return False
    before = index - 1  # "agreed Tuesday to launch", "agreed on Tuesday to launch"
    while before > 0 and (before in view.date_at or view.words[before] == "on"):
        before -= 1
    return before >= 0 and view.words[before] in PLAN_WORDS | VERB_GROUP


def _verb_group_start(view: SentenceView, trigger: int, start: int) -> int:
    index = trigger - 1
    while index >= start and _skippable(view, index):
        index -= 1
    return index


def _head_of_prepositional(view: SentenceView, party: Party) -> Party | None:
    """ "the Indian Embassy in the United States said": the phrase the preposition hangs on."""
    current: Party | None = party
    if governing_preposition(view.tokens, party.first) in SUBORDINATORS:
        return party  # "after Washington imposed …": a clause, not a prepositional phrase
    while current is not None and governing_preposition(view.tokens, current.first) is not None:
        index = current.first - 1
        while index >= 0 and view.tokens[index].lower not in PREPOSITIONS:
            index -= 1
        current = view.party_ending_at(index - 1) if index > 0 else None
    return current


def _pair_reference(view: SentenceView, index: int) -> bool:
    word = view.tokens[index].lower
    if word in GROUP_PRONOUNS or word in {"both"}:
        return True
    window = {t.lower for t in view.tokens[max(0, index - 2) : index]}
    return (
        (word in PAIR_NOUNS or word == "two")
        and bool(window & {"two", "both", "the"})
        and (word == "two" or "two" in window or "both" in window)
    )


def _from_memory(parties: list[Party], distributive: bool) -> Subject:
    if not parties:
        return Subject(SubjectKind.JOINT)
    return Subject(SubjectKind.EACH if distributive else SubjectKind.PARTIES, tuple(parties))


def _antecedent(view: SentenceView, index: int) -> Subject | None:
    """ "Singapore, which chairs …": the actor a relative pronoun stands for; "operators, which …"
    stands for no policy actor."""
    before = index - 1
    if before >= 0 and view.tokens[before].text == ",":
        before -= 1
    if before >= 0 and view.words[before] in NON_ACTOR_NOUNS:
        return Subject(SubjectKind.NON_ACTOR)
    party = view.party_ending_at(before) if before >= 0 else None
    return Subject(SubjectKind.PARTIES, (as_actor(party),)) if party is not None else None


def _word_subject(view: SentenceView, index: int, memory: Discourse) -> Subject | None:
    token = view.tokens[index]
    if token.lower in {"which", "who"}:
        return _antecedent(view, index) or Subject(SubjectKind.OMITTED)
    if token.lower in PERSON_PRONOUNS:
        person = memory.last_person
        return Subject(SubjectKind.PARTIES, (person,)) if person else Subject(SubjectKind.OMITTED)
    body = _body_named_before(view, index)
    if body is not None:
        return body
    if _pair_reference(view, index):
        distributive = "each" in {t.lower for t in view.tokens[max(0, index - 4) : index]}
        return _from_memory(memory.last_pair, distributive)
    if token.lower in _CONJOINING:
        return Subject(SubjectKind.CONJOINED)
    if token.lower in MEMBER_NOUNS:
        return Subject(SubjectKind.MEMBERS)
    if token.lower in DOCUMENT_NOUNS:
        return Subject(SubjectKind.DOCUMENT)
    if token.lower in NON_ACTOR_NOUNS:
        return Subject(SubjectKind.NON_ACTOR)
    if token.lower in OTHER_PRONOUNS:
        return _main_clause_subject(view, index) or Subject(SubjectKind.OMITTED)
    if token.is_capitalised and token.text.isalpha() and token.lower not in SENTENCE_OPENERS:
        return Subject(SubjectKind.NON_ACTOR)
    return None


def _body_named_before(view: SentenceView, index: int) -> Subject | None:
    """ "submitted to G7 leaders when they meet": "they" after a subordinator is the international
    body named earlier in the sentence, rather than the last pair of the article."""
    if view.words[index] != "they" or index == 0 or view.words[index - 1] not in SUBORDINATORS:
        return None
    bodies = [p for p in view.parties if p.last < index and p.kind is EntityKind.INTL_ORG]
    return Subject(SubjectKind.PARTIES, (bodies[-1],)) if bodies else None


def _main_clause_subject(view: SentenceView, index: int) -> Subject | None:
    """ "India put it on the agenda when it hosted the G20": "it" after a subordinator is the
    country or body the main clause before it is about."""
    if view.tokens[index].lower != "it" or index == 0 or view.words[index - 1] not in SUBORDINATORS:
        return None
    main = _clause_subject(view, 0, index - 1)
    if main.kind is not SubjectKind.PARTIES or any(p.person for p in main.parties):
        return None
    return main


_SUBJECT_KINDS = frozenset({EntityKind.COUNTRY, EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE})
_NON_POLICY_KINDS = frozenset({EntityKind.COMPANY, EntityKind.RESEARCH_ORG})


def _clause_subject(view: SentenceView, start: int, trigger: int) -> Subject:
    """The first actor of the clause that no preposition governs: its likely subject."""
    for party in view.parties:
        if not start <= party.first < trigger or governing_preposition(view.tokens, party.first) is not None:
            continue
        if party.kind in _NON_POLICY_KINDS:
            return Subject(SubjectKind.NON_ACTOR)  # "Samsung and SK Hynix … have announced"
        generic = party.kind is EntityKind.PERSON_TITLE and not (party.person or party.country)
        if party.kind in _SUBJECT_KINDS and not generic:
            return Subject(SubjectKind.PARTIES, _with_followers(view, party, trigger))
    return Subject(SubjectKind.OMITTED)


def _with_followers(view: SentenceView, party: Party, trigger: int) -> tuple[Party, ...]:
    """ "Japan and the Netherlands …": the party with those joined to it on the right."""
    group = [party]
    index = party.last
    while index < trigger:
        gap_end = index
        while gap_end < trigger and view.tokens[gap_end].lower in _COORDINATION_GAP:
            gap_end += 1
        following = view.party_at.get(gap_end)
        gap = {t.lower for t in view.tokens[index:gap_end]}
        if following is None or following.first != gap_end or not gap & {"and", ",", "&"}:
            break
        group.append(following)
        index = following.last
    return tuple(as_actor(p) for p in group)


_TIME_ADJUNCTS = frozenset({"after", "following"})


def find_subject(view: SentenceView, trigger: int, memory: Discourse) -> Subject:
    """The subject of the verb at token `trigger` (active voice)."""
    start = clause_start(view.tokens, trigger)
    if view.words[trigger] in _TIME_ADJUNCTS:  # "X signed … with Y after talks": X's clause
        return _clause_subject(view, start, trigger)
    index = _verb_group_start(view, trigger, start)
    aside = participle_aside_start(view.tokens, index)
    if aside is not None:  # "The APEC meeting, chaired by China, ended …": the subject precedes the aside
        index = _verb_group_start(view, aside, start)
    if index < start:
        return fronted_subject(view, trigger) if trigger == start else Subject(SubjectKind.OMITTED)
    if _pair_reference(view, index):  # "the two governments": a pair, even where "governments" is a mention
        return _word_subject(view, index, memory) or Subject(SubjectKind.JOINT)
    party = view.party_ending_at(index)
    if party is not None:
        head = _head_of_prepositional(view, party)
        if head is not None:
            return Subject(SubjectKind.PARTIES, coordinated(view, head))
    found = _word_subject(view, index, memory) or _forum_of_gathering(view, index)
    return found if found is not None else _clause_subject(view, start, trigger)


_GATHERING_NOUNS = frozenset({"meeting", "summit", "ministerial", "conference", "forum", "session", "assembly"})


def _forum_of_gathering(view: SentenceView, index: int) -> Subject | None:
    """ "The APEC meeting ended with a joint statement": the forum whose meeting acts."""
    if view.words[index] not in _GATHERING_NOUNS or index == 0:
        return None
    party = view.party_ending_at(index - 1)
    if party is None or party.kind is not EntityKind.INTL_ORG:
        return None
    return Subject(SubjectKind.PARTIES, (party,))


def fronted_subject(view: SentenceView, trigger: int) -> Subject:
    """ "Co-chairing the summit …, President Yoon joined …": the main clause's subject."""
    if not view.tokens[trigger].lower.endswith("ing"):
        return Subject(SubjectKind.OMITTED)
    comma = next((i for i in range(trigger, len(view.tokens)) if view.tokens[i].text == ","), None)
    if comma is None:
        return Subject(SubjectKind.OMITTED)
    for party in view.parties:
        if party.first > comma and governing_preposition(view.tokens, party.first) is None:
            return Subject(SubjectKind.PARTIES, (as_actor(party),))
    return Subject(SubjectKind.OMITTED)


def following_party(view: SentenceView, index: int) -> Party | None:
    """The actor right after a verb ("said Minister X", "met his American counterpart")."""
    position = index
    while position < len(view.tokens) and position - index < 4:
        party = view.party_at.get(position)
        if party is not None and party.first == position:
            return as_actor(party)
        if view.tokens[position].lower in PREPOSITIONS or view.tokens[position].text in {",", ".", ";"}:
            return None
        position += 1
    return None


def passive_agent(view: SentenceView, trigger_end: int, clause_end: int) -> tuple[Party, ...]:
    """ "… was signed by Minister Lee and Ambassador Raper": the by-phrase, coordinated parties included;
    "… was signed between X and Y": both sides, the first named acting."""
    for index in range(trigger_end, min(clause_end, len(view.tokens)) - 1):
        if view.tokens[index].lower in {"by", "between"}:
            party = next((view.party_at[i] for i in range(index + 1, index + 4) if i in view.party_at), None)
            return _with_followers(view, party, clause_end) if party is not None else ()
    return ()
