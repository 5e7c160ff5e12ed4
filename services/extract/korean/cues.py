"""From one analysed sentence to action cues: trigger lemma → type, particles → roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from services.core.contracts import DatePrecision, EventType, Modality
from services.extract.korean.agents import Party
from services.extract.korean.classify import event_type_of, is_back_reference, needs_met, object_class
from services.extract.korean.clauses import (
    SentenceView,
    clause_date,
    clause_start,
    decider,
    is_time_of,
    modality,
    next_boundary,
    quotation_spans,
    report_start,
    reported_date,
    reporter,
)
from services.extract.korean.endings import Form, Predicate, Tense
from services.extract.korean.lexicon import KoreanLexicon, PredicateSpec
from services.extract.korean.roles import (
    TWO_SIDED,
    Roles,
    counterpart_mentions,
    forum_of,
    mentions_of,
    party_of,
    place_of,
    roles_for,
)
from services.extract.korean.skips import content_from, describes_reported_action, not_an_action
from services.extract.model import ActionCue, AgentHint, DateMention, EntityKind, Mention


def _action_date(view: SentenceView, k: int, roles: Roles, cue_modality: Modality) -> DateMention | None:
    """The clause's date; "이날 … 하기로 했다" dates the decision, not the planned action, and
    "올해 … 발표했다" names the period the announced plan covers, not the day it was made."""
    found = clause_date(view, k, roles.theme)
    if found is None or view.published is None:
        return found
    decided = view.predicates[k].tense is Tense.DECIDED
    if decided and found.value <= view.published:
        return None
    if cue_modality is Modality.OCCURRED and _current_or_later_year(found, view.published):
        if is_time_of(view, k, found):
            return found  # "올해 초에는 … 시작했다"
        return reported_date(view, k)  # "내년 예산을 편성했다고 17일 밝혔다": the day it was told
    return found


def _current_or_later_year(found: DateMention, published: date) -> bool:
    return found.precision is DatePrecision.YEAR and found.value.year >= published.year


def _occasion_ref(view: SentenceView, lexicon: KoreanLexicon) -> bool:
    return any(marker in view.sentence.text for marker in lexicon.occasion_markers)


def _background(view: SentenceView, k: int, lexicon: KoreanLexicon) -> bool:
    """Whether the clause tells the action as an earlier fact ("양국은 앞서 … 체결하고")."""
    if not any(marker in view.sentence.text for marker in lexicon.background_markers):
        return False
    start, head = report_start(view, k), view.predicates[k].head
    return any(
        m.form in lexicon.background_markers and m.tag in ("MAG", "NNG") and m.start >= start
        for m in view.morphs[:head]
    )


def _own_date_only(view: SentenceView, k: int, roles: Roles, event_type: EventType, lexicon: KoreanLexicon) -> bool:
    """Whether the cue keeps to the date its sentence gives it (see ActionCue.own_date_only)."""
    if _background(view, k, lexicon) or view.predicates[k].tense is Tense.DECIDED:
        return True
    return event_type is EventType.STATEMENT and _bare_remark(view, roles)


def _bare_remark(view: SentenceView, roles: Roles) -> bool:
    """ "류 차관은 "…"고 말했다": the speaker and the quote, no occasion, time or place between them.

    A subject with 도 ("마크롱 대통령도 "…"") adds to the remark before it and keeps its occasion.
    """
    subject = roles.subject
    if subject is None or subject.particle == "도" or not subject.particle:
        return False
    following = subject.particle_index + 1
    return following < len(view.morphs) and any(a == view.morphs[following].start for a, _ in quotation_spans(view))


def _clause_text(view: SentenceView, k: int) -> str:
    offset = view.sentence.start
    first = view.morphs[clause_start(view, k)].start if view.morphs else offset
    return view.sentence.text[first - offset : view.chain_end(view.predicates[k]) - offset]


def _spec(view: SentenceView, k: int, lexicon: KoreanLexicon) -> PredicateSpec:
    """The lexicon entry of predicate k (which has a cue, so it has an entry)."""
    predicate = view.predicates[k]
    spec = lexicon.spec(predicate.lemma, predicate.compound)
    if spec is None:
        raise KeyError(predicate.lemma)
    return spec


def _accepted_type(view: SentenceView, k: int, roles: Roles, lexicon: KoreanLexicon) -> EventType | None:
    """The event type of predicate k when the lexicon's conditions hold."""
    spec = _spec(view, k, lexicon)
    event_type = event_type_of(view, spec, roles, lexicon)
    if event_type is None or not needs_met(view, spec, roles, lexicon):
        return None
    if event_type is not EventType.STATEMENT and spec.frame and is_back_reference(view, roles.theme, lexicon):
        return None  # "이 같은 일정을 공개했다" points back at an action already reported
    return event_type


def _cue_modality(view: SentenceView, k: int, roles: Roles, event_type: EventType, lexicon: KoreanLexicon) -> Modality:
    predicate = view.predicates[k]
    spec = _spec(view, k, lexicon)
    noun_class = object_class(spec, roles, lexicon)
    if spec.negates or (noun_class is not None and noun_class.negates):
        return Modality.NEGATED  # a veto undoes the rule it targets
    if event_type is EventType.STATEMENT and predicate.tense not in (Tense.PLANNED, Tense.DECIDED):
        return Modality.OCCURRED  # a statement reported is a statement made
    return modality(view, k)


def _counterparts(
    view: SentenceView, roles: Roles, party: Party, event_type: EventType, lexicon: KoreanLexicon
) -> list[Mention]:
    found = list(party.others) + counterpart_mentions(view, roles, event_type, lexicon)
    if roles.passive and event_type in TWO_SIDED:
        found += [m for m in mentions_of(view, roles.theme) if m.entity.kind is EntityKind.COUNTRY]
    return found


def _voice(view: SentenceView, k: int, spec: PredicateSpec, lexicon: KoreanLexicon) -> PredicateSpec:
    """A verb passive with some objects only ("법이 시행에 들어갔다" vs "양측은 공동연구에 들어갔다")."""
    if not spec.passive_objects:
        return spec
    found = object_class(spec, roles_for(view, k, spec), lexicon)
    passive = found is None or found.name in spec.passive_objects
    return replace(spec, passive=passive)


def build_cue(view: SentenceView, k: int, lexicon: KoreanLexicon) -> ActionCue | None:
    """The cue of predicate k, or None when it is no event trigger here."""
    predicate: Predicate = view.predicates[k]
    spec = lexicon.spec(predicate.lemma, predicate.compound)
    if spec is None or (spec.event_type is None and not spec.objects):
        return None
    spec = _voice(view, k, spec, lexicon)
    if not_an_action(view, predicate, spec):
        return None
    roles = roles_for(view, k, spec)
    event_type = _accepted_type(view, k, roles, lexicon)
    if event_type is None:
        return None
    party = party_of(view, k, roles, spec, lexicon)
    if event_type is EventType.STATEMENT and describes_reported_action(view, k, party, lexicon):
        return None
    cue_modality = _cue_modality(view, k, roles, event_type, lexicon)
    offset = view.sentence.start
    return ActionCue(
        event_type=event_type,
        trigger=view.sentence.text[view.char_start(predicate) - offset : view.char_end(predicate) - offset],
        start=view.char_start(predicate),
        end=view.char_end(predicate),
        sentence=view.sentence,
        modality=cue_modality,
        agent=party.agent,
        agent_person=party.person,
        agent_title=party.title,
        counterparts=_counterparts(view, roles, party, event_type, lexicon),
        forum=forum_of(view, roles) if event_type is EventType.MEETING else [],
        location=place_of(view, roles),
        date=_action_date(view, k, roles, cue_modality),
        strength=spec.strength * (0.8 if cue_modality is Modality.NEGATED else 1.0),
        agent_hint=party.hint,
        occasion_ref=_occasion_ref(view, lexicon),
        topics_text=_clause_text(view, k),
        own_date_only=_own_date_only(view, k, roles, event_type, lexicon),
    )


def sentence_cues(view: SentenceView, lexicon: KoreanLexicon) -> list[ActionCue]:
    """All cues of the sentence, without verbs of saying that only report another cue."""
    content = content_from(view, lexicon)
    built = {
        k: None if content is not None and view.char_start(p) >= content else build_cue(view, k, lexicon)
        for k, p in enumerate(view.predicates)
    }
    reporters = {reporter(view, k) for k, cue in built.items() if cue is not None}
    deciders = {decider(view, k) for k, cue in built.items() if cue is not None}
    cues: list[ActionCue] = []
    for k, cue in built.items():
        if cue is None or k in deciders:
            continue  # "공동연구를 시작하기로 합의했다": the decided action is the event
        if _spec(view, k, lexicon).frame and k in reporters:
            continue
        if _requested(k, view, built):
            continue  # "작업반을 꾸리자고 제안했다": what is asked for is the proposal's content
        cues.append(cue)
    return _merge_same_sentence(cues)


def _requested(k: int, view: SentenceView, built: dict[int, ActionCue | None]) -> bool:
    """Whether predicate k is what a proposal or request in its sentence asks for (EVENTS.md §8):
    quoted ("꾸리자고 제안했다"), or the object or purpose of the verb that follows ("시작할 것을
    요청했다", "시작하도록 요청했다")."""
    asking: int | None = None
    if view.predicates[k].form in (Form.QUOTE, Form.QUOTE_ADNOMINAL):
        asking = next_boundary(view, k)  # only the quoted clause itself, not the clauses joined before it
    elif k + 1 < len(view.predicates) and _asked_for(view, k):
        asking = k + 1
    proposal = built.get(asking) if asking is not None else None
    return proposal is not None and proposal.event_type is EventType.PROPOSAL


def _asked_for(view: SentenceView, k: int) -> bool:
    predicate = view.predicates[k]
    if predicate.form is Form.PURPOSE:
        return True
    last, following = view.morphs[predicate.end - 1], view.morphs[predicate.end : predicate.end + 1]
    return last.form == "것" and bool(following) and following[0].tag == "JKO"


def _merge_same_sentence(cues: list[ActionCue]) -> list[ActionCue]:
    """ "만나 … 논의했다", "성명을 내고 … 말했다": one action told by two verbs of the same type."""
    kept: list[ActionCue] = []
    for cue in cues:
        twin = next((c for c in kept if c.event_type is cue.event_type and _same_party(c, cue)), None)
        if twin is None or cue.event_type in (EventType.AGREEMENT, EventType.POLICY_ANNOUNCEMENT):
            kept.append(cue)
            continue
        twin.counterparts += [m for m in cue.counterparts if m not in twin.counterparts]
        twin.date = twin.date or cue.date
        twin.location = twin.location or cue.location
        twin.strength = max(twin.strength, cue.strength)
    return kept


def _same_party(a: ActionCue, b: ActionCue) -> bool:
    """Whether two verbs of one sentence tell one party's action; a verb without its own subject
    shares the other's, but "양측은" (a joint subject) is a party of its own."""
    if a.agent is not None and b.agent is not None:
        return a.agent.entity.id == b.agent.entity.id
    return AgentHint.JOINT not in (a.agent_hint, b.agent_hint) or a.agent_hint is b.agent_hint
