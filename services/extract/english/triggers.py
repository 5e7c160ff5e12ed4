"""Trigger hits in a sentence: lexicon phrases that can report an action here."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.contracts import EventType
from services.extract.english.clauses import (
    aside_end,
    clause_end,
    clause_start,
    is_gerund_after_preposition,
    is_passive,
    is_reduced_passive,
    is_reduced_relative,
    is_unlikely_verb,
    joins_new_clause,
    phrase_end,
)
from services.extract.english.lexicon import PhraseEntry, TriggerLexicon, TriggerRule
from services.extract.english.modality import IRREGULAR_PAST as _IRREGULAR_PAST
from services.extract.english.modality import is_hypothetical
from services.extract.english.view import SentenceView
from services.extract.english.words import DETERMINERS, SUBORDINATORS

_OBJECT_WINDOW = 14
# Acts that "agreed to …" can introduce as the planned event itself.
_AGREED_ACTS = frozenset({EventType.COOPERATION, EventType.STANDARDIZATION, EventType.INVESTMENT})
_TENTATIVE = frozenset({"how", "whether", "ways", "way"})
_EFFECT_LAW_NOUNS = frozenset(
    {
        "act",
        "law",
        "bill",
        "regulation",
        "regulations",
        "rules",
        "rule",
        "legislation",
        "ordinance",
        "directive",
        "decree",
        "ban",
        "controls",
        "requirements",
        "code",
    }
)
_LAW_HEADS = frozenset({"bill", "bills", "act", "law", "laws", "legislation", "amendment", "ordinance", "decree"})
_EFFECT_OTHER_NOUNS = frozenset(
    {"memorandum", "agreement", "accord", "deal", "pact", "treaty", "partnership", "mou", "arrangement"}
)


@dataclass(frozen=True, slots=True)
class Hit:
    first: int  # token position of the trigger
    last: int  # exclusive
    lemma: str
    rule: TriggerRule


def _object_text(view: SentenceView, first: int, last: int) -> str:
    """The words that can hold the trigger's object; for a passive, its subject too."""
    following = view.text(last, phrase_end(view.tokens, last, _OBJECT_WINDOW))
    if is_passive(view.tokens, first):
        return view.text(max(0, first - _OBJECT_WINDOW), first) + " " + following
    return following


def _object_end(view: SentenceView, hit: Hit, lexicon: TriggerLexicon) -> int:
    """Token position after the object word that made the rule fit ("imposed its latest ban")."""
    pattern = lexicon.money if hit.rule.needs_money else hit.rule.objects
    if pattern is None or is_passive(view.tokens, hit.first):
        return hit.last
    end = phrase_end(view.tokens, hit.last, _OBJECT_WINDOW)
    found = pattern.search(view.text(hit.last, end))
    if found is None:
        return hit.last
    offset = view.tokens[hit.last].start + found.end()
    return next((i for i in range(hit.last, end) if view.tokens[i].start >= offset), end)


def _first_fitting(
    view: SentenceView, index: int, entries: list[PhraseEntry], lexicon: TriggerLexicon
) -> tuple[PhraseEntry, TriggerRule | None]:
    """The longest phrase with a rule that fits ("agreed to" needs a declaration; "agreed" does not)."""
    nominal = _looks_nominal(view, index)
    for entry in entries:
        last = index + len(entry.words)
        rule = choose_rule(entry, _object_text(view, index, last), lexicon, nominal)
        if rule is not None:
            return entry, rule
    return entries[0], None


def _governs_its_clause(view: SentenceView, hit: Hit) -> bool:
    """ "urged X to invest", "agreed to cooperate": what follows is the request's or deal's content."""
    if hit.rule.event_type is EventType.PROPOSAL:
        return True
    return hit.rule.event_type is EventType.AGREEMENT


_TIME_ADJUNCTS = frozenset({"after", "following"})


def _complement_end(view: SentenceView, hit: Hit, lexicon: TriggerLexicon) -> int:
    """End of "agreed to strengthen cooperation …" before "and launched a dialogue" (a verb of its own)
    or before ", after the minister held talks" (a subordinate clause of its own)."""
    end = aside_end(view.tokens, clause_end(view.tokens, hit.first))
    words = view.words
    for index in range(hit.last, end - 1):
        following = words[index + 1]
        if words[index] == "and" and (following.endswith("ed") or following in _IRREGULAR_PAST):
            return index
        if words[index] == "," and following in SUBORDINATORS:
            return index
        if words[index] == "," and joins_new_clause(view.tokens, index + 1, end):
            return index  # "…, and Singapore hosted a meeting": another actor's act
        if words[index] in _TIME_ADJUNCTS and hit.rule.objects is not None:
            return index  # "signed the memorandum with X after talks in Tokyo": a time, not the deal's content
    return end


def _is_bare_agreement_to_act(view: SentenceView, hit: Hit) -> bool:
    """ "agreed to open a joint research call": the planned joint act is the event, not a deal."""
    rule = hit.rule
    if rule.event_type is not EventType.AGREEMENT or rule.objects is not None or hit.lemma != "agree":
        return False
    position = _infinitive_marker(view, hit.last)
    return position < len(view.words) and view.words[position] == "to"


def _infinitive_marker(view: SentenceView, index: int) -> int:
    """Position of the "to" after "agreed", over a date ("agreed on Tuesday to …", "agreed Tuesday to …")."""
    while index < len(view.words) and (index in view.date_at or view.words[index] == "on"):
        index += 1
    return index


def _joint_act_follows(view: SentenceView, hit: Hit, end: int, lexicon: TriggerLexicon) -> bool:
    """ "agreed to open a joint research call": the verb after "to" is joint work, its object inside
    the complement (not "agreed to expand research and launched a joint centre")."""
    index = _infinitive_marker(view, hit.last) + 1
    if index >= end or not lexicon.starts_phrase(view.words[index]):
        return False
    for entry in lexicon.lookup(view.words, index):
        complement = view.text(index + len(entry.words), end)
        rule = choose_rule(entry, complement, lexicon, nominal=False)
        if rule is not None:  # concrete work or money only: "agreed to work together" stays a deal
            concrete = rule.objects is not None or rule.event_type is EventType.INVESTMENT
            return rule.event_type in _AGREED_ACTS and concrete
    return False


def choose_rule(
    entry: PhraseEntry, following: str, lexicon: TriggerLexicon, nominal: bool | None = None
) -> TriggerRule | None:
    """The first rule of the phrase whose object condition holds (and that reads it as a noun or not)."""
    for rule in entry.rules:
        if (nominal is None or rule.nominal == nominal) and rule.fits(following, lexicon.money):
            return rule
    return None


_ADJECTIVE_ENDINGS = ("est", "al", "ic", "ive", "ful", "ous", "ant", "ent", "ble")
_ADJECTIVES = frozenset({"key", "main", "major", "close", "closer", "trusted", "new", "first", "long-term", "only"})


def _is_adjective(word: str) -> bool:
    return word in _ADJECTIVES or (word.isalpha() and word.endswith(_ADJECTIVE_ENDINGS))


def _looks_nominal(view: SentenceView, index: int) -> bool:
    """ "its launch", "the visit", "our closest partner": a noun, not a verb."""
    if index == 0 or view.tokens[index].lower.endswith("ed"):
        return False
    before = view.tokens[index - 1].lower
    if before in DETERMINERS:
        return True
    return index > 1 and view.tokens[index - 2].lower in DETERMINERS and _is_adjective(before)


def _in_skipped_context(view: SentenceView, index: int, after_first_hit: bool) -> bool:
    tokens = view.tokens
    if index in view.party_at or is_gerund_after_preposition(tokens, index):
        return True
    if index >= 2 and view.words[index - 1] == "to" and view.words[index - 2] in _LAW_HEADS:
        return True  # "passed a bill to fund …": what a law does is its content
    if after_first_hit and index and tokens[index - 1].text == "," and tokens[index].lower.endswith("ing"):
        return True  # "…, offering $52.7 billion in subsidies": an elaboration of the act before
    before = {t.lower for t in tokens[max(0, index - 3) : index]}
    return bool(before & _TENTATIVE) and "to" in before


def _effect_is_a_law(view: SentenceView, index: int) -> bool:
    """ "The memorandum, which takes effect …" is no regulation; "the Act entered into force" is."""
    for token in reversed(view.tokens[:index]):
        if token.lower in _EFFECT_LAW_NOUNS:
            return True
        if token.lower in _EFFECT_OTHER_NOUNS:
            return False
    return True


def _names_its_agent(view: SentenceView, hit: Hit) -> bool:
    """ ", passed by the state legislature in August": a participle whose by-phrase names an actor."""
    if not is_reduced_passive(view.tokens, hit.first):
        return False
    return any(index in view.party_at for index in range(hit.last + 1, min(hit.last + 4, len(view.tokens))))


_GATHERINGS = frozenset({"meeting", "summit", "conference", "forum", "ministerial", "session", "dialogue", "talks"})
_HOSTING = frozenset({"host", "chair", "co-host", "co-chair"})


def _hosts_a_told_meeting(view: SentenceView, hit: Hit, reduced: bool) -> bool:
    """ "The APEC meeting, chaired by China," and "France hosted the meeting.": the host or chair
    of a meeting already told is one of its participants, not a meeting of its own."""
    if hit.lemma not in _HOSTING:
        return False
    if reduced:
        before = hit.first - 1
        if before >= 0 and view.words[before] == ",":
            before -= 1
        return before >= 0 and view.words[before] in _GATHERINGS
    following = view.words[hit.last : hit.last + 3]
    return len(following) == 3 and following[0] == "the" and following[1] in _GATHERINGS and following[2] == "."


def _acceptable(view: SentenceView, hit: Hit, framing: frozenset[str]) -> bool:
    if is_hypothetical(view.tokens, hit.first, clause_start(view.tokens, hit.first)):
        return False
    if hit.rule.nominal != _looks_nominal(view, hit.first):
        return False
    single_word = hit.last - hit.first == 1
    reduced = single_word and is_reduced_relative(view.tokens, hit.first)
    if hit.rule.event_type is not EventType.STATEMENT and reduced and not _names_its_agent(view, hit):
        return False
    if hit.rule.event_type is EventType.MEETING and _hosts_a_told_meeting(view, hit, reduced):
        return False
    if not hit.rule.nominal and is_unlikely_verb(view.tokens, hit.first, clause_start(view.tokens, hit.first)):
        return False
    if hit.lemma in framing and hit.rule.event_type is not EventType.STATEMENT:
        window = view.words[hit.last : hit.last + 8]
        if "as" in window:
            return False
    if hit.rule.event_type is EventType.REGULATION and hit.rule.objects is None and hit.rule.strength >= 0.8:
        return hit.rule.modality is not None or _effect_is_a_law(view, hit.first)
    return True


def find_hits(view: SentenceView, lexicon: TriggerLexicon, framing: frozenset[str]) -> list[Hit]:
    """All trigger phrases of the sentence with the rule that fits each, left to right."""
    words = view.words
    hits: list[Hit] = []
    index = 0
    objects_until = 0
    while index < len(words):
        if not lexicon.starts_phrase(words[index]):
            index += 1
            continue
        entries = lexicon.lookup(words, index)
        if not entries or _in_skipped_context(view, index, bool(hits)):
            index += 1
            continue
        entry, rule = _first_fitting(view, index, entries, lexicon)
        last = index + len(entry.words)
        if rule is not None and index >= objects_until:
            hit = Hit(index, last, entry.lemma, rule)
            if _acceptable(view, hit, framing):
                hits.append(hit)
                objects_until = _object_end(view, hit, lexicon)
                if _governs_its_clause(view, hit):
                    complement_end = _complement_end(view, hit, lexicon)
                    if _is_bare_agreement_to_act(view, hit) and _joint_act_follows(view, hit, complement_end, lexicon):
                        hits.pop()  # the planned joint act is the event, not a deal
                    else:
                        objects_until = complement_end
        index = last
    return hits
