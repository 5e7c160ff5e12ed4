"""Trigger hits in a sentence: lexicon phrases that can report an action here."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.contracts import EventType
from services.extract.english.clauses import (
    clause_end,
    clause_start,
    is_gerund_after_preposition,
    is_passive,
    is_reduced_relative,
    is_unlikely_verb,
    phrase_end,
)
from services.extract.english.lexicon import PhraseEntry, TriggerLexicon, TriggerRule
from services.extract.english.modality import IRREGULAR_PAST as _IRREGULAR_PAST
from services.extract.english.modality import is_hypothetical
from services.extract.english.view import SentenceView
from services.extract.english.words import DETERMINERS

_OBJECT_WINDOW = 14
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


def _complement_end(view: SentenceView, hit: Hit, lexicon: TriggerLexicon) -> int:
    """End of "agreed to strengthen cooperation …" before "and launched a dialogue" (a verb of its own)."""
    end = clause_end(view.tokens, hit.first)
    words = view.words
    for index in range(hit.last, end - 1):
        following = words[index + 1]
        if words[index] == "and" and (following.endswith("ed") or following in _IRREGULAR_PAST):
            return index
    return end


def choose_rule(
    entry: PhraseEntry, following: str, lexicon: TriggerLexicon, nominal: bool | None = None
) -> TriggerRule | None:
    """The first rule of the phrase whose object condition holds (and that reads it as a noun or not)."""
    for rule in entry.rules:
        if (nominal is None or rule.nominal == nominal) and rule.fits(following, lexicon.money):
            return rule
    return None


def _looks_nominal(view: SentenceView, index: int) -> bool:
    """ "its launch", "the visit": a noun, not a verb."""
    return index > 0 and view.tokens[index - 1].lower in DETERMINERS and not view.tokens[index].lower.endswith("ed")


def _in_skipped_context(view: SentenceView, index: int, after_first_hit: bool) -> bool:
    tokens = view.tokens
    if index in view.party_at or is_gerund_after_preposition(tokens, index):
        return True
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


def _acceptable(view: SentenceView, hit: Hit, framing: frozenset[str]) -> bool:
    if is_hypothetical(view.tokens, hit.first, clause_start(view.tokens, hit.first)):
        return False
    if hit.rule.nominal != _looks_nominal(view, hit.first):
        return False
    single_word = hit.last - hit.first == 1
    if hit.rule.event_type is not EventType.STATEMENT and single_word and is_reduced_relative(view.tokens, hit.first):
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
                    objects_until = _complement_end(view, hit, lexicon)
        index = last
    return hits
