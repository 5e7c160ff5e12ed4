"""Who acts for one trigger: subject, passive by-phrase, reported speech, laws and memberships.

`AgentFinder` reads one sentence; it sees the hits of the sentence and the
cues already built from it (for conjoined verbs: "met X and signed …").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from services.core.contracts import EventType
from services.extract.actors import government_entity
from services.extract.english.clauses import clause_end, clause_start, governing_preposition, is_passive
from services.extract.english.discourse import Discourse
from services.extract.english.lexicon import TriggerLexicon
from services.extract.english.modality import IRREGULAR_PAST
from services.extract.english.objects import choose_date
from services.extract.english.parties import Party
from services.extract.english.subject import Subject, SubjectKind, find_subject, passive_agent
from services.extract.english.triggers import Hit
from services.extract.english.view import SentenceView
from services.extract.english.words import DOCUMENT_NOUNS, OTHER_PRONOUNS
from services.extract.model import ActionCue, AgentHint, EntityKind

ANNOUNCING = frozenset({EventType.POLICY_ANNOUNCEMENT, EventType.PROPOSAL, EventType.COOPERATION})
_AGENTLESS_PASSIVE = frozenset(
    {
        EventType.REGULATION,
        EventType.AGREEMENT,
        EventType.POLICY_ANNOUNCEMENT,
        EventType.INVESTMENT,
        EventType.MEETING,
        EventType.BILATERAL_TALKS,
    }
)
_SPEECH_WINDOW = 6
_COUNTRYLESS = frozenset({EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE})
_OFFICIAL_KINDS = frozenset({EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE, EntityKind.INTL_ORG, EntityKind.COUNTRY})
_HINTS = {
    SubjectKind.OMITTED: AgentHint.OMITTED,
    SubjectKind.JOINT: AgentHint.JOINT,
    SubjectKind.NON_ACTOR: AgentHint.NON_ACTOR,
    SubjectKind.DOCUMENT: AgentHint.NON_ACTOR,
}


def family(event_type: EventType) -> frozenset[EventType]:
    """Types one announcement can be retyped among ("the initiative" launched earlier)."""
    return ANNOUNCING if event_type in ANNOUNCING else frozenset({event_type})


@dataclass(slots=True)
class Agent:
    """The acting side found for one cue."""

    party: Party | None
    hint: AgentHint
    others: tuple[Party, ...] = ()  # co-subjects: "the US and the UK signed"
    copied_from: ActionCue | None = None
    same_act: bool = False  # a later reference to the copied act ("It was unveiled …"): same type too


_JOINT_WORK = frozenset({EventType.COOPERATION, EventType.STANDARDIZATION})


def is_new_joint_work(hit: Hit) -> bool:
    """ "Under the memorandum, the two agencies will form a joint working group": a body or project
    set up under a deal is an act of its own; a bare "work together" only restates the deal."""
    return hit.rule.event_type in _JOINT_WORK and hit.rule.objects is not None


class AgentFinder:
    """Finds the agent of each hit of one sentence."""

    def __init__(
        self,
        view: SentenceView,
        lexicon: TriggerLexicon,
        memory: Discourse,
        recent: list[tuple[ActionCue, str]],
        hits: list[Hit],
        cues: list[ActionCue],
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.memory = memory
        self.recent = recent
        self.hits = hits
        self.cues = cues  # the cues built so far from this sentence, shared with the builder

    def reported(self, hit: Hit) -> Agent | None:
        """Inside a quote only a government named as the subject acts; in reported speech
        ("the ministry said it will …") a pronoun subject is the speaker."""
        subject = find_subject(self.view, hit.first, self.memory)
        if subject.kind is SubjectKind.CONJOINED:
            previous = self.previous_in_clause(hit)
            if previous is not None and self._continues_speaker(hit, previous):
                return Agent(None, previous.agent_hint, copied_from=previous)
            reported = previous is not None and self.is_reported_position(previous.start)
            if previous is None or previous.event_type is EventType.STATEMENT or not reported:
                return None
            return Agent(None, previous.agent_hint, copied_from=previous)
        quoted = self.view.tokens[hit.first].quoted
        if subject.kind is SubjectKind.OMITTED and not quoted:
            return self._speaker_of_reported(hit)
        if subject.kind is not SubjectKind.PARTIES:
            return None
        party = subject.parties[0]
        near = hit.first - party.last <= _SPEECH_WINDOW
        named_here = self.view.tokens[party.first].quoted == quoted
        if near and named_here and party.kind in {EntityKind.COUNTRY, EntityKind.GOVERNMENT}:
            return self.of_subject(subject, hit)
        return None if quoted else self.of_subject(subject, hit)

    def _continues_speaker(self, hit: Hit, previous: ActionCue) -> bool:
        """ "Lee said … and urged companies to …": a past verb after "and" is the speaker's own act."""
        if previous.event_type is not EventType.STATEMENT or previous.agent is None:
            return False
        word = self.view.words[hit.first]
        return self.view.words[hit.first - 1] == "and" and (word.endswith("ed") or word in IRREGULAR_PAST)

    def _speaker_of_reported(self, hit: Hit) -> Agent | None:
        """ "The ministry said it will …": the speaker acts; an unnamed official speaker is left to context."""
        verbs = [h for h in self.hits if h.rule.event_type is EventType.STATEMENT and h.first < hit.first]
        if not verbs:
            return None
        subject = find_subject(self.view, verbs[-1].first, self.memory)
        if subject.kind is SubjectKind.OMITTED:
            return Agent(None, AgentHint.OMITTED)
        if subject.kind is not SubjectKind.PARTIES or subject.parties[0].kind not in _OFFICIAL_KINDS:
            return None
        return self.of_subject(subject, hit)

    def is_reported(self, hit: Hit) -> bool:
        return self.is_reported_position(self.view.tokens[hit.first].start)

    def is_reported_position(self, offset: int) -> bool:
        """Inside quotation marks, or after an unquoted speech verb of this sentence."""
        index = next(i for i, t in enumerate(self.view.tokens) if t.start >= offset)
        if self.view.tokens[index].quoted:
            return True
        return any(
            h.rule.event_type is EventType.STATEMENT and h.first < index and not self.view.tokens[h.first].quoted
            for h in self.hits
        )

    def active_or_passive(self, hit: Hit) -> Agent | None:
        if is_passive(self.view.tokens, hit.first):
            return self._passive(hit)
        subject = find_subject(self.view, hit.first, self.memory)
        return self.of_subject(subject, hit)

    def _of_parties(self, parties: tuple[Party, ...], hit: Hit) -> Agent | None:
        """Named actors: companies and documents do not act; a body without a country may borrow one."""
        head = parties[0]
        if self.is_private(head):
            return None
        if head.kind is EntityKind.INITIATIVE:
            return self._law_agent(hit) if self._is_effect(hit) else None
        if head.country is None and head.kind in _COUNTRYLESS and not head.person:
            forum = self._forum_for_members(head)
            if forum is not None:
                return Agent(forum, AgentHint.EXPLICIT)
            owned = self._owned_by_law_maker(head, hit)
            return Agent(owned, AgentHint.EXPLICIT if owned else AgentHint.OMITTED, parties[1:])
        return Agent(head, AgentHint.EXPLICIT, parties[1:])

    def of_subject(self, subject: Subject, hit: Hit) -> Agent | None:
        """The agent a subject of any kind gives, or None when the clause has no policy actor."""
        if subject.kind is SubjectKind.PARTIES:
            return self._of_parties(subject.parties, hit)
        if subject.kind is SubjectKind.CONJOINED:
            previous = self.cues[-1] if self.cues else None
            if previous is None or previous.event_type is EventType.STATEMENT:
                return None
            return Agent(None, previous.agent_hint, copied_from=previous)
        if subject.kind is SubjectKind.DOCUMENT:
            return self._law_agent(hit) if self._is_effect(hit) else None
        if subject.kind is SubjectKind.NON_ACTOR:
            return None
        if subject.kind is SubjectKind.MEMBERS:
            forum = self._forum_for_members(None)
            return Agent(forum, AgentHint.EXPLICIT) if forum is not None else Agent(None, AgentHint.OMITTED)
        if self._is_effect(hit):
            return self._law_agent(hit)
        return Agent(None, _HINTS[subject.kind])

    def _forum_for_members(self, head: Party | None) -> Party | None:
        """ "member states are expected to adopt …" at an ASEAN meeting: the body acts as a whole."""
        if head is not None and not head.mention.text.lower().endswith("s"):
            return None  # one unnamed minister is not the membership
        return next((p for p in self.view.parties if p.kind is EntityKind.INTL_ORG), None)

    def _owned_by_law_maker(self, head: Party, hit: Hit) -> Party | None:
        """ "The Senate passed the CHIPS Act": a legislature without a country belongs to the law's country."""
        if hit.rule.event_type is not EventType.REGULATION:
            return None
        law = next((p for p in self.view.parties if p.kind is EntityKind.INITIATIVE and p.country), None)
        if law is None:
            return None
        return replace(head, mention=replace(head.mention, entity=replace(head.mention.entity, country=law.country)))

    def is_private(self, party: Party) -> bool:
        """A chief executive or an analyst speaks for a company or for themselves."""
        return party.kind is EntityKind.COMPANY or (party.title or "").lower() in self.lexicon.private_titles

    def _is_effect(self, hit: Hit) -> bool:
        rule = hit.rule
        return (
            rule.event_type is EventType.REGULATION
            and rule.objects is None
            and rule.modality is None
            and (rule.strength >= 0.8)
        )

    def _law_agent(self, hit: Hit) -> Agent:
        """A law taking effect acts for the government that made it: the place or owner it names."""
        owners = [p for p in self.view.parties if p.kind is EntityKind.INITIATIVE]
        places = [
            p
            for p in self.view.parties
            if p.kind in {EntityKind.COUNTRY, EntityKind.INTL_ORG}
            and governing_preposition(self.view.tokens, p.first) in {"in", "across", "throughout"}
        ]
        for party in owners + places:
            if party.country:
                mention = replace(party.mention, entity=government_entity(party.country))
                return Agent(replace(party, mention=mention), AgentHint.EXPLICIT)
        return Agent(None, AgentHint.OMITTED)

    def _passive(self, hit: Hit) -> Agent | None:
        end = clause_end(self.view.tokens, hit.first)
        parties = passive_agent(self.view, hit.last, end)
        has_date = choose_date(self.view, hit.first, same_clause_only=True) is not None
        if parties and (has_date or not self._in_relative_clause(hit)):
            return self.of_subject(Subject(SubjectKind.PARTIES, parties), hit)
        previous = self.recent_of_family(hit.rule.event_type, "")
        if previous is not None and self._patient_is_reference(hit):
            return Agent(None, AgentHint.EXPLICIT, copied_from=previous, same_act=True)
        if has_date and hit.rule.event_type in _AGENTLESS_PASSIVE:
            return Agent(None, AgentHint.OMITTED)
        return None

    def _in_relative_clause(self, hit: Hit) -> bool:
        """ "…, which was announced by …": background mentioned in passing."""
        start = clause_start(self.view.tokens, hit.first)
        return self.view.tokens[start].lower in {"which", "that", "who"}

    def _patient_is_reference(self, hit: Hit) -> bool:
        """ "It was unveiled", "The agreement was signed", "which was introduced": a thing already named."""
        start = clause_start(self.view.tokens, hit.first)
        words = self.view.words[max(0, start - 2) : hit.first]
        return any(w in OTHER_PRONOUNS or w in DOCUMENT_NOUNS or w == "which" for w in words)

    def recent_of_family(self, event_type: EventType, noun: str) -> ActionCue | None:
        for cue, following in reversed(self.recent):
            if cue.event_type in family(event_type) and (not noun or noun in following.lower()):
                return cue
        return None

    def previous_in_clause(self, hit: Hit) -> ActionCue | None:
        if not self.cues:
            return None
        previous = self.cues[-1]
        start = self.view.tokens[clause_start(self.view.tokens, hit.first)].start
        return previous if start <= previous.start else None

    def in_content_clause(self, hit: Hit) -> bool:
        """ "… under which the two countries will work together": the terms of a deal."""
        words = self.view.words[clause_start(self.view.tokens, hit.first) : hit.first]
        if any(w == "under" and nxt == "which" for w, nxt in pairwise(words)):
            return True
        if any(w == "under" and nxt in {"the", "this"} for w, nxt in pairwise(words)):
            return not is_new_joint_work(hit)
        return False
