"""The English trigger lexicon: lemmas per event type, inflected by rule.

Loaded once from `data/triggers_en.yaml`. `TriggerLexicon.lookup` maps a
position in a token list to the lexicon phrases that start there, longest
first; `TriggerRule.fits` decides whether a rule applies given the words that
follow the trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from services.core.contracts import EventType, Modality

_LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "triggers_en.yaml"
_VOWELS = "aeiou"
# Final stressed syllables that double their consonant although longer than one syllable.
_DOUBLING = frozenset({"commit", "admit", "submit", "refer", "prefer", "occur", "omit", "control", "compel"})


@dataclass(frozen=True, slots=True)
class TriggerRule:
    event_type: EventType
    lemmas: tuple[str, ...]
    objects: re.Pattern[str] | None
    needs_money: bool
    nominal: bool
    planned_only: bool
    modality: Modality | None
    pair_type: EventType | None
    collective: bool
    framing: bool
    strength: float

    def fits(self, following: str, money: re.Pattern[str]) -> bool:
        """Whether the words after the trigger satisfy this rule's object condition."""
        if self.needs_money and not money.search(following):
            return False
        return self.objects is None or self.objects.search(following) is not None


def _doubles_final(lemma: str) -> bool:
    if lemma in _DOUBLING:
        return True
    one_syllable = len(lemma) == 3 or (len(lemma) == 4 and lemma[0] not in _VOWELS and lemma[1] not in _VOWELS)
    if not one_syllable:
        return False  # "open" → "opened", "edit" → "edited"
    a, b, c = lemma[-3], lemma[-2], lemma[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS + "wxy"


def inflect(lemma: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Forms of one word: base, third person, past, participles ("attend" → attends, attended, attending)."""
    forms = {lemma, *(irregular or {}).get(lemma, [])}
    if lemma.endswith("e"):
        stem = lemma if lemma.endswith("ee") else lemma[:-1]
        return forms | {lemma + "s", lemma + "d", stem + "ing"}
    double = lemma + lemma[-1] if _doubles_final(lemma) else lemma
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms |= {lemma + "es", double + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", double + "ed", double + "ing"}
    return forms


def _phrase_forms(phrase: str, irregular: dict[str, list[str]], excluded: set[str]) -> set[tuple[str, ...]]:
    head, *rest = phrase.lower().split()
    forms = inflect(head, irregular)
    if not rest:
        forms -= excluded  # nouns that look like verb forms: "meeting", "findings"
    return {(form, *rest) for form in forms}


def _compile_objects(objects: list[str] | None) -> re.Pattern[str] | None:
    if not objects:
        return None
    return re.compile(r"\b(?:" + "|".join(objects) + r")(?![\w-])", re.IGNORECASE)


def _rule(raw: dict[str, Any]) -> TriggerRule:
    forced = raw.get("modality")
    pair = raw.get("pair_type")
    return TriggerRule(
        event_type=EventType(raw["type"]),
        lemmas=tuple(raw["lemmas"]),
        objects=_compile_objects(raw.get("objects")),
        needs_money=bool(raw.get("money", False)),
        nominal=bool(raw.get("nominal", False)),
        planned_only=bool(raw.get("planned_only", False)),
        modality=Modality(forced) if forced else None,
        pair_type=EventType(pair) if pair else None,
        collective=bool(raw.get("collective", False)),
        framing=bool(raw.get("framing", False)),
        strength=float(raw.get("strength", 0.5)),
    )


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A leader or minister whose country the text often leaves out."""

    name: str
    country: str | None
    title: str
    keys: tuple[str, ...]  # words that name the person alone ("Kishida", "Xi")


def _known_person(raw: dict[str, Any]) -> KnownPerson:
    name = str(raw["name"])
    keys = raw.get("keys")
    return KnownPerson(
        name, raw.get("country"), str(raw["title"]), tuple(keys if keys is not None else [name.split()[-1]])
    )


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    """One inflected form of a lemma phrase, with the rules that list the lemma."""

    words: tuple[str, ...]
    lemma: str
    rules: tuple[TriggerRule, ...]


class TriggerLexicon:
    """Inflected trigger phrases indexed by their first word."""

    def __init__(self, rules: list[TriggerRule], irregular: dict[str, list[str]], money: str, excluded: set[str]):
        self.rules = rules
        self.framing: frozenset[str] = frozenset()
        self.person_titles: tuple[str, ...] = ()
        self.private_titles: frozenset[str] = frozenset()
        self.known_persons: tuple[KnownPerson, ...] = ()
        self.money = re.compile(money, re.IGNORECASE)
        self._by_first: dict[str, list[PhraseEntry]] = {}
        self._index(irregular, excluded)

    def _index(self, irregular: dict[str, list[str]], excluded: set[str]) -> None:
        lemmas: dict[str, list[TriggerRule]] = {}
        for rule in self.rules:
            for lemma in rule.lemmas:
                lemmas.setdefault(lemma.lower(), []).append(rule)
        for lemma, rules in lemmas.items():
            for words in _phrase_forms(lemma, irregular, excluded):
                entry = PhraseEntry(words, lemma, tuple(rules))
                self._by_first.setdefault(words[0], []).append(entry)
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e.words))

    def starts_phrase(self, word: str) -> bool:
        return word in self._by_first

    def lookup(self, words: list[str], index: int) -> list[PhraseEntry]:
        """The lexicon phrases starting at `words[index]` (lower-cased words), longest first."""
        candidates = self._by_first.get(words[index])
        if candidates is None:
            return []
        return [entry for entry in candidates if tuple(words[index : index + len(entry.words)]) == entry.words]


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    raw = yaml.safe_load(_LEXICON_PATH.read_text(encoding="utf-8"))
    irregular = {k.lower(): [f.lower() for f in v] for k, v in (raw.get("irregular") or {}).items()}
    rules = [_rule(item) for item in raw["rules"]]
    excluded = {form.lower() for form in raw.get("not_triggers") or []}
    lexicon = TriggerLexicon(rules, irregular, raw["money"], excluded)
    lexicon.framing = frozenset(raw.get("framing_lemmas") or [])
    lexicon.person_titles = tuple(raw.get("person_titles") or [])
    lexicon.private_titles = frozenset(t.lower() for t in raw.get("private_titles") or [])
    lexicon.known_persons = tuple(_known_person(item) for item in raw.get("known_persons") or [])
    return lexicon
