"""From trigger hits to action cues: type, modality, agent, other roles and date."""

from __future__ import annotations

from services.core.contracts import EventType, Modality
from services.extract.actors import synthetic_mention
from services.extract.english.agents import ANNOUNCING, Agent, AgentFinder
from services.extract.english.clauses import (
    aside_end,
    clause_end,
    clause_start,
    is_passive,
    joins_new_clause,
    segment_start,
)
from services.extract.english.discourse import Discourse
from services.extract.english.finish import (
    absorb_announcements,
    drop_reports_of_own_acts,
    is_plans_to,
    one_per_type_and_agent,
)
from services.extract.english.lexicon import TriggerLexicon
from services.extract.english.modality import modality_of
from services.extract.english.objects import (
    Roles,
    choose_date,
    object_roles,
    refers_to_occasion,
    sentence_counterparts,
    sentence_location,
)
from services.extract.english.occasions import (
    STATEMENT_NOUNS,
    act_occasion,
    names_week,
    occasion_cue,
    pointed_occasion,
    week_date,
)
from services.extract.english.parties import Party
from services.extract.english.statements import has_quote, speaker, speaking_party
from services.extract.english.subject import SubjectKind, find_subject
from services.extract.english.triggers import Hit
from services.extract.english.view import SentenceView
from services.extract.model import ActionCue, AgentHint, DateMention, EntityKind

_PAIR_BODIES = frozenset({"joint", "bilateral", "committee", "council", "dialogue", "commission", "consultations"})
_MULTILATERAL_MEETINGS = frozenset(
    {"summit", "forum", "conference", "symposium", "expo", "congress", "assembly", "ministerial", "ministers"}
)
# Words that open what was said ("said that …", "said the government had …"): a date after them is its content's.
_CONTENT_VERBS = frozenset({"that", "had", "has", "have", "would", "will", "was", "were", "is", "are", "could"})
_HOSTED = frozenset({EventType.MEETING, EventType.BILATERAL_TALKS})
_SPEECH_DATE_REACH = 5  # "said in a statement on Monday": the day of saying follows the verb closely
_SPEECH_PLACE_REACH = 4  # "told reporters in Tokyo": the place of saying is the verb's own adjunct


class CueBuilder:
    """Builds the cues of one sentence, left to right."""

    def __init__(
        self,
        view: SentenceView,
        lexicon: TriggerLexicon,
        memory: Discourse,
        recent: list[tuple[ActionCue, str]],
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.memory = memory
        self.recent = recent
        self.cues: list[ActionCue] = []
        self.hits: list[Hit] = []
        self.agents = AgentFinder(view, lexicon, memory, recent, self.hits, self.cues)
        self._objects: dict[int, str] = {}
        self._lemmas: dict[int, str] = {}
        self._reported: set[int] = set()  # cues read from reported speech

    def build(self, hits: list[Hit]) -> list[ActionCue]:
        self.hits.extend(hits)
        for position, hit in enumerate(hits):
            self.cues.extend(self._cues(hit, position))
        cues = absorb_announcements(self.cues, self._lemmas, self._names_programme)
        cues = drop_reports_of_own_acts(cues, has_quote(self.view), self._reported)
        return one_per_type_and_agent(cues)

    def _names_programme(self, cue: ActionCue) -> bool:
        """Whether an announcement names a programme of its own ("announced a new strategy")."""
        following = self._objects.get(id(cue), "")
        if is_plans_to(following):
            return False
        return any(
            rule.objects is not None and rule.objects.search(following)
            for rule in self.lexicon.rules
            if rule.event_type is EventType.POLICY_ANNOUNCEMENT
        )

    def _cues(self, hit: Hit, position: int) -> list[ActionCue]:
        """Usually one cue; one per party for "each of the two countries …"."""
        if hit.rule.event_type is EventType.STATEMENT:
            statement = self._statement(hit)
            return [statement] if statement is not None else []
        subject = find_subject(self.view, hit.first, self.memory)
        if subject.kind is not SubjectKind.EACH or is_passive(self.view.tokens, hit.first):
            cue = self._cue(hit, position)
            return [cue] if cue is not None else []
        cues = []
        for party in subject.parties:
            cue = self._cue(hit, position, Agent(party, AgentHint.EXPLICIT))
            if cue is not None:
                cue.counterparts = []
                cues.append(cue)
        return cues

    def objects(self, cues: list[ActionCue]) -> list[tuple[ActionCue, str]]:
        """Each cue with the words after its trigger, for later "the initiative" references."""
        return [(cue, self._objects.get(id(cue), "")) for cue in cues]

    # --- one hit --------------------------------------------------------------

    def _cue(self, hit: Hit, position: int, given: Agent | None = None) -> ActionCue | None:
        if self.agents.in_content_clause(hit):
            return None
        agents = self.agents
        agent = given or (agents.reported(hit) if agents.is_reported(hit) else agents.active_or_passive(hit))
        if agent is None:
            return None
        event_type = self._event_type(hit, agent)
        if self._announces_reported_act(hit, agent):
            return None
        end = self._object_end(hit, position)
        roles = self._roles(hit, event_type, agent, end)
        if event_type is EventType.MEETING and self._meets_one_side(hit, end, roles):
            event_type = EventType.BILATERAL_TALKS  # "hold the first joint committee meeting with Vietnam"
            roles.counterparts, roles.participants = roles.participants, []
        modality = self._modality(hit, agent)
        if hit.rule.planned_only and modality is not Modality.PLANNED:
            return None
        cue = self._assemble(hit, event_type, agent, roles, modality)
        if cue.date is None and modality is Modality.OCCURRED:
            self._date_by_act_occasion(cue)
        if cue.agent is None and cue.event_type in _HOSTED and is_passive(self.view.tokens, hit.first):
            hosted = self._as_hosted_pair_meeting(cue, hit)
            if not hosted and (cue.event_type is EventType.BILATERAL_TALKS or not cue.participants):
                return None  # "talks/the panel's first meeting will be held …": no side named, no pair to host it
        self._objects[id(cue)] = self.view.text(hit.last, end)
        self._lemmas[id(cue)] = hit.lemma
        cue.topics_text = self._clause_text(hit, end)
        source = agent.copied_from
        if agents.is_reported(hit) and not (source is not None and source.event_type is EventType.STATEMENT):
            self._reported.add(id(cue))
        return cue

    def _statement(self, hit: Hit) -> ActionCue | None:
        self._remember_speech(hit)
        party = speaker(self.view, hit.first, hit.last, self.memory)
        if party is None or self.agents.is_private(party):
            return None
        unnamed = party.country is None and party.kind is EntityKind.GOVERNMENT and not party.person
        agent = Agent(None, AgentHint.OMITTED) if unnamed else Agent(party, AgentHint.EXPLICIT)
        roles = Roles()
        limit = min(hit.last + _SPEECH_PLACE_REACH, len(self.view.tokens))
        sentence_location(self.view, roles, hit.last, quoted=False, limit=limit)  # "told reporters in Tokyo"
        if roles.location is not None and roles.location.start < self.view.tokens[hit.last - 1].end:
            roles.location = None  # a place before the verb of saying belongs to what was said
        cue = self._assemble(hit, EventType.STATEMENT, agent, roles, Modality.OCCURRED)
        cue.date = self._date_of_saying(hit)
        if cue.date is None:
            self._date_by_occasion(cue, hit, party)
        if party.person:
            self.memory.last_person = party
        return cue

    def _date_of_saying(self, hit: Hit) -> DateMention | None:
        """The day of a verb of saying: before it in its clause or right after it ("said on Monday"),
        never a date inside what was said ("said the government had sanctioned funds in 2023")."""
        after = [d for d in self.view.dates if 0 <= d.first - hit.last <= _SPEECH_DATE_REACH]
        if after:  # "said in a statement on Monday": the day follows the verb closely
            return after[0].mention
        own = choose_date(self.view, hit.first, same_clause_only=True)
        if own is None:
            return None
        span = next(s for s in self.view.dates if s.mention is own)
        between = self.view.words[hit.last : span.first]
        reported = any(w in _CONTENT_VERBS or w.endswith("ed") for w in between)
        return own if span.first < hit.first or not reported else None

    def _remember_speech(self, hit: Hit) -> None:
        """The day a person spoke, even in a mere attribution ("…, Kendall said on Monday")."""
        party = speaking_party(self.view, hit.first, hit.last, self.memory)
        if party is None and hit.first > 0 and self.view.words[hit.first - 1] in {"he", "she"}:
            named = [p for p in self.view.parties if p.person and p.last <= hit.first]
            party = named[-1] if named else None  # "Minister X will …, he said": X, named earlier here
        if party is None or not party.person:
            return
        spoken = self._date_of_saying(hit)
        if spoken is not None:
            self.memory.speech_dates.setdefault(party.person, spoken)

    def _date_by_act_occasion(self, cue: ActionCue) -> None:
        """An undated past act "in the debate" or "after the vote" takes that occasion's day."""
        noun = act_occasion(self.view.words)
        occasion = occasion_cue(noun, [c for c, _ in self.recent] + self.cues) if noun is not None else None
        if occasion is not None:
            cue.date = occasion.date

    def _date_by_occasion(self, cue: ActionCue, hit: Hit, party: Party) -> None:
        """ "said at the signing": the signing's day and place; else the day the speaker spoke before."""
        noun = pointed_occasion(self.view.words, hit.last)
        earlier = [c for c, _ in self.recent] + self.cues
        occasion = occasion_cue(noun, earlier) if noun is not None else None
        if occasion is not None:
            cue.date = occasion.date
            cue.location = cue.location or occasion.location
            return
        if party.person and (noun is None or noun in STATEMENT_NOUNS):
            cue.date = self.memory.speech_dates.get(party.person)

    # --- agent ----------------------------------------------------------------

    # --- type, roles, modality ----------------------------------------------

    def _event_type(self, hit: Hit, agent: Agent) -> EventType:
        if agent.copied_from is not None and agent.same_act:
            return agent.copied_from.event_type
        collective = hit.rule.collective and agent.party is not None and agent.party.kind is EntityKind.INTL_ORG
        if hit.rule.pair_type is not None and (collective or self._is_pair(agent)):
            return hit.rule.pair_type
        body = agent.party is not None and agent.party.kind is EntityKind.INTL_ORG
        if hit.rule.event_type is EventType.BILATERAL_TALKS and body and not agent.others:
            return EventType.MEETING  # "when G7 leaders meet": a body's members meeting
        two_sides = self._is_pair(agent) or agent.hint is AgentHint.JOINT  # "the two countries will hold …"
        if hit.rule.event_type is EventType.MEETING and two_sides and self._is_pair_body(hit):
            return EventType.BILATERAL_TALKS  # "the two governments will hold the first committee meeting"
        referenced = self._referenced_type(hit)
        return referenced or hit.rule.event_type

    def _as_hosted_pair_meeting(self, cue: ActionCue, hit: Hit) -> bool:
        """ "The next council meeting will be held in Seoul", "the next talks will be held in Tokyo":
        talks of the pair reported before, hosted by the side whose country they are held in."""
        pair = [p for p in self.memory.last_pair if p.country]
        talks = cue.event_type is EventType.BILATERAL_TALKS or self._is_pair_body(hit)
        if len(pair) < 2 or cue.location is None or not talks:
            return False
        host = next((p for p in pair if p.country == cue.location.entity.country), None)
        if host is None:
            return False
        cue.event_type = EventType.BILATERAL_TALKS
        cue.agent = synthetic_mention(host.mention.entity, host.mention.text, cue.start)
        cue.agent_hint = AgentHint.EXPLICIT
        cue.counterparts = [p.mention for p in pair if p.country != host.country]
        return True

    def _meets_one_side(self, hit: Hit, end: int, roles: Roles) -> bool:
        """A meeting held "with" one other country and under no multilateral body is bilateral."""
        countries = {m.entity.country for m in roles.participants if m.entity.country}
        return len(countries) == 1 and "with" in self.view.words[hit.last : end] and not self._names_forum(hit)

    def _is_pair_body(self, hit: Hit) -> bool:
        """A committee, council or dialogue of two sides, not a summit or a multilateral body's meeting."""
        start = clause_start(self.view.tokens, hit.first)
        words = set(self.view.words[start : clause_end(self.view.tokens, hit.first)])
        return bool(words & _PAIR_BODIES) and not words & _MULTILATERAL_MEETINGS and not self._names_forum(hit)

    def _names_forum(self, hit: Hit) -> bool:
        """A multilateral body in the sentence makes a meeting of two members no bilateral one."""
        return any(p.kind is EntityKind.INTL_ORG for p in self.view.parties)

    def _is_pair(self, agent: Agent) -> bool:
        """Two sides act together: co-subjects, or the sides of the act this one continues."""
        sides = [p.country or p.mention.text for p in (agent.party, *agent.others) if p is not None]
        source = agent.copied_from
        if source is not None and source.agent is not None:
            sides += [source.agent.entity.country or source.agent.text]
            sides += [m.entity.country or m.text for m in source.counterparts]
        return len(set(sides)) >= 2

    def _announces_reported_act(self, hit: Hit, agent: Agent) -> bool:
        """ "China has launched the X Initiative … Xi announced the initiative": the same side
        announcing the act already reported tells it again."""
        if self._referenced_type(hit) is None:
            return False
        previous = self.agents.recent_of_family(hit.rule.event_type, self.view.words[hit.last + 1])
        country = self._agent_country(agent)
        return previous is not None and country is not None and self._cue_country(previous) == country

    @staticmethod
    def _cue_country(cue: ActionCue) -> str | None:
        return cue.agent.entity.country if cue.agent is not None else None

    def _referenced_type(self, hit: Hit) -> EventType | None:
        """ "announced the initiative": the type given to the initiative when it was first reported."""
        if hit.rule.event_type not in ANNOUNCING:
            return None
        words = self.view.words[hit.last : hit.last + 3]
        if len(words) < 2 or words[0] not in {"the", "this", "its"}:
            return None
        if not self.view.tokens[hit.last + 1].text.islower():
            return None  # "the iCET" names a thing; only "the initiative" refers back
        previous = self.agents.recent_of_family(hit.rule.event_type, words[1])
        return previous.event_type if previous is not None else None

    def _object_end(self, hit: Hit, position: int) -> int:
        end = clause_end(self.view.tokens, hit.first)
        if hit.rule.event_type is EventType.PROPOSAL:
            end = aside_end(self.view.tokens, end)  # "urged the partners - India, Japan … - to"
        following = self.hits[position + 1].first if position + 1 < len(self.hits) else end
        tokens = self.view.tokens
        joined = (
            i
            for i in range(hit.last, min(end, following))
            if tokens[i].text == "," and joins_new_clause(tokens, i + 1, end)
        )
        return min(end, following, next(joined, end))  # not "…, and Singapore hosted": another subject

    def _roles(self, hit: Hit, event_type: EventType, agent: Agent, end: int) -> Roles:
        country = self._agent_country(agent)
        roles = object_roles(self.view, event_type, (hit.last, end), country)
        for other in agent.others:
            if other.country and other.country != country and other.kind is not EntityKind.INTL_ORG:
                roles.counterparts.insert(0, other.mention)
        if agent.copied_from is not None and not roles.counterparts:
            roles.counterparts = list(agent.copied_from.counterparts)
        sentence_counterparts(self.view, roles, agent.party, event_type)
        sentence_location(self.view, roles, hit.first, self.view.tokens[hit.first].quoted, self._next_hit(hit))
        if event_type is EventType.MEETING:
            roles.participants, roles.counterparts = roles.counterparts, []
        if event_type is EventType.STATEMENT:
            roles.counterparts = []
        return roles

    def _clause_text(self, hit: Hit, end: int) -> str:
        """The words the event's topics are read from: its own clause part, up to the next action."""
        start = segment_start(self.view.tokens, hit.first)
        return self.view.text(start, max(end, hit.last))

    def _next_hit(self, hit: Hit) -> int:
        """Position of the next action in the sentence: places after it belong to that action."""
        later = [h.first for h in self.hits if h.first > hit.first and h.rule.event_type is not EventType.STATEMENT]
        return min(later, default=len(self.view.tokens))

    def _agent_country(self, agent: Agent) -> str | None:
        if agent.party is not None:
            return agent.party.country
        source = agent.copied_from
        return source.agent.entity.country if source is not None and source.agent is not None else None

    def _modality(self, hit: Hit, agent: Agent) -> Modality:
        if hit.rule.modality is not None:
            return hit.rule.modality
        start = clause_start(self.view.tokens, hit.first)
        found = choose_date(self.view, hit.first, same_clause_only=False)
        day = found.value if found is not None else None
        modality = modality_of(self.view.tokens, hit.first, start, day, self.view.published)
        previous = agent.copied_from
        if modality is Modality.OCCURRED and previous is not None and previous.sentence is self.view.sentence:
            return previous.modality
        return modality

    # --- output ---------------------------------------------------------------

    def _assemble(self, hit: Hit, event_type: EventType, agent: Agent, roles: Roles, modality: Modality) -> ActionCue:
        first, last = self.view.tokens[hit.first], self.view.tokens[hit.last - 1]
        cue = ActionCue(
            event_type=event_type,
            trigger=self.view.text(hit.first, hit.last),
            start=first.start,
            end=last.end,
            sentence=self.view.sentence,
            modality=modality,
            counterparts=roles.counterparts,
            participants=roles.participants,
            forum=roles.forum,
            location=roles.location,
            date=choose_date(self.view, hit.first, same_clause_only=False),
            strength=hit.rule.strength if agent.hint is AgentHint.EXPLICIT else hit.rule.strength * 0.8,
            agent_hint=agent.hint,
        )
        self._set_agent(cue, agent)
        start, end = clause_start(self.view.tokens, hit.first), clause_end(self.view.tokens, hit.first)
        if names_week(self.view.words, hit.last, end):  # "signed a pact … last week, the ministry said on Sunday"
            cue.date = week_date(self.view.words, self.view.tokens, hit.last, end, self.view.published)
        elif cue.date is None:
            cue.date = week_date(self.view.words, self.view.tokens, start, end, self.view.published)
        if "there" in self.view.words[hit.last : clause_end(self.view.tokens, hit.first)]:
            self._same_place_as_before(cue)
        cue.occasion_ref = cue.date is None and refers_to_occasion(self.view)
        return cue

    def _same_place_as_before(self, cue: ActionCue) -> None:
        """ "signed a memorandum there": the place (and, undated, the day) of the act reported before."""
        before = next((c for c, _ in reversed(self.recent) if c.location is not None), None)
        if before is None or cue.location is not None:
            return
        cue.location = before.location
        cue.date = cue.date or before.date

    def _set_agent(self, cue: ActionCue, agent: Agent) -> None:
        if agent.party is not None:
            cue.agent = agent.party.mention
            cue.agent_person = agent.party.person
            cue.agent_title = agent.party.title
            return
        source = agent.copied_from
        if source is not None and source.agent is not None:
            elsewhere = source.sentence is not self.view.sentence
            mention = source.agent
            cue.agent = synthetic_mention(mention.entity, mention.text, cue.start) if elsewhere else mention
            if not agent.same_act:  # "The agreement was signed …" names nobody in person
                cue.agent_person, cue.agent_title = source.agent_person, source.agent_title
            cue.agent_hint = AgentHint.EXPLICIT


def pair_of(cue: ActionCue) -> list[Party]:
    """The agent and counterparts of a two-sided cue, as parties for "the two" later on."""
    if cue.agent is None or not cue.counterparts:
        return []
    agent = Party(0, 0, cue.agent, cue.agent_person, cue.agent_title)
    return [agent, *(Party(0, 0, m) for m in cue.counterparts)]
