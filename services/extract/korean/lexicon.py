"""The Korean trigger lexicon (data/triggers_ko.yaml), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from services.core.contracts import EventType

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "triggers_ko.yaml"


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    lemma: str
    event_type: EventType | None
    objects: tuple[str, ...]
    passive: bool
    needs: str | None
    frame: bool
    strength: float
    forms: tuple[str, ...]
    negates: bool = False


@dataclass(frozen=True, slots=True)
class NounClass:
    name: str
    event_type: EventType
    heads: tuple[str, ...]
    negates: bool = False


@dataclass(frozen=True, slots=True)
class KoreanLexicon:
    predicates: dict[str, PredicateSpec]
    noun_classes: dict[str, NounClass]
    policy_nouns: frozenset[str]
    open_meetings: tuple[str, ...]
    generic_heads: tuple[str, ...]
    member_nouns: tuple[str, ...]
    back_references: frozenset[str]
    pronouns: frozenset[str]
    joint_subjects: frozenset[str]
    collective_subjects: frozenset[str]
    government_nouns: frozenset[str]
    occasion_markers: tuple[str, ...]
    background_markers: tuple[str, ...]
    currencies: tuple[str, ...]
    prefilter: re.Pattern[str]
    object_prefilters: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    headline_words: dict[str, PredicateSpec]  # bare trigger nouns and stems as headlines write them
    headline_pattern: re.Pattern[str]

    def may_hold_cue(self, text: str) -> bool:
        """Cheap test before morphological analysis: a trigger stem (with its object noun when it needs one)."""
        if self.prefilter.search(text):
            return True
        compact = text.replace(" ", "")  # head nouns are listed without spaces ("공동연구")
        return any(stem.search(text) and heads.search(compact) for stem, heads in self.object_prefilters)

    def spec(self, lemma: str, compound: str = "") -> PredicateSpec | None:
        """The entry of a predicate: its whole compound ("입법예고하다") first, else its last noun ("예고하다")."""
        return self.predicates.get(compound) or self.predicates.get(lemma)

    def noun_class(self, phrase: str, allowed: tuple[str, ...]) -> NounClass | None:
        """The class among `allowed` whose head ends `phrase` (spaces removed), longest head first.

        A generic head is looked through: "인재교류프로그램" is read as "인재교류".
        """
        found = self._class_at_end(phrase, allowed)
        if found is None:
            generic = next((g for g in self.generic_heads if phrase.endswith(g) and len(phrase) > len(g)), None)
            if generic is not None:
                found = self._class_at_end(phrase[: -len(generic)], allowed)
        return found

    def _class_at_end(self, phrase: str, allowed: tuple[str, ...]) -> NounClass | None:
        best: tuple[int, NounClass] | None = None
        for name in allowed:
            noun_class = self.noun_classes[name]
            for head in noun_class.heads:
                if phrase.endswith(head) and (best is None or len(head) > best[0]):
                    best = (len(head), noun_class)
        return best[1] if best else None


def _spec(lemma: str, raw: dict[str, Any]) -> PredicateSpec:
    return PredicateSpec(
        lemma=lemma,
        event_type=EventType(raw["type"]) if raw.get("type") else None,
        objects=tuple(raw.get("objects") or ()),
        passive=bool(raw.get("passive", False)),
        needs=raw.get("needs"),
        frame=bool(raw.get("frame", False)),
        strength=float(raw.get("strength", 0.5)),
        forms=tuple(str(f) for f in raw.get("forms") or ()) or surface_stems(lemma),
        negates=bool(raw.get("negates", False)),
    )


# The syllables that start 하다/되다/시키다 in running text ("참석한다", "시행됐다", "출범시켜").
_VERB_SUFFIX_STARTS = (
    "하",
    "해",
    "했",
    "한",
    "할",
    "함",
    "합",
    "되",
    "돼",
    "됐",
    "된",
    "될",
    "됨",
    "시키",
    "시켜",
    "시켰",
    "시킨",
    "시킬",
)


def surface_stems(lemma: str) -> tuple[str, ...]:
    """How the predicate is written in running text: 참석하다 → 참석하, 참석했 …; 맺다 → 맺.

    A noun predicate only counts with its verb suffix ("참석자" is no trigger).
    Verbs whose stem changes shape when conjugated list their forms in the lexicon.
    """
    for suffix in ("하다", "되다", "시키다"):
        if lemma.endswith(suffix) and len(lemma) > len(suffix):
            noun = lemma[: -len(suffix)]
            return tuple(noun + start for start in _VERB_SUFFIX_STARTS)
    return (lemma[:-1] if lemma.endswith("다") else lemma,)


def headline_stem(lemma: str) -> str:
    """The bare noun of a noun predicate (참석하다 → 참석), as headlines write it; a verb's stem otherwise."""
    for suffix in ("하다", "되다", "시키다"):
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 1:
            return lemma[: -len(suffix)]
    return lemma[:-1] if lemma.endswith("다") else lemma


def _headline_words(specs: list[PredicateSpec]) -> dict[str, PredicateSpec]:
    words: dict[str, PredicateSpec] = {}
    for spec in specs:
        if spec.event_type is not None:
            for word in (headline_stem(spec.lemma), *spec.forms):
                words.setdefault(word, spec)
    return words


def _alternation(words: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)))


def _prefilter(specs: list[PredicateSpec]) -> re.Pattern[str]:
    """Stems of the predicates that decide a type on their own."""
    return _alternation({form for spec in specs if spec.event_type is not None for form in spec.forms})


def _object_prefilters(
    specs: list[PredicateSpec], classes: dict[str, NounClass]
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """For verbs typed by their object (열다 + 회의), the stem and the object's head nouns."""
    return tuple(
        (_alternation(set(spec.forms)), _alternation({h for name in spec.objects for h in classes[name].heads}))
        for spec in specs
        if spec.event_type is None and spec.objects
    )


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(word).replace(" ", "") for word in raw.get(key) or ())


def parse_lexicon(raw: dict[str, Any]) -> KoreanLexicon:
    predicates = {lemma: _spec(lemma, spec or {}) for lemma, spec in raw["predicates"].items()}
    classes = {
        name: NounClass(
            name, EventType(body["type"]), tuple(str(h) for h in body["heads"]), bool(body.get("negates", False))
        )
        for name, body in raw["noun_classes"].items()
    }
    return KoreanLexicon(
        predicates=predicates,
        noun_classes=classes,
        policy_nouns=_words(raw, "policy_nouns"),
        open_meetings=tuple(_words(raw, "open_meetings")),
        generic_heads=tuple(_words(raw, "generic_heads")),
        member_nouns=tuple(_words(raw, "member_nouns")),
        back_references=_words(raw, "back_references"),
        pronouns=_words(raw, "pronouns"),
        joint_subjects=_words(raw, "joint_subjects"),
        collective_subjects=_words(raw, "collective_subjects"),
        government_nouns=_words(raw, "government_nouns"),
        occasion_markers=tuple(str(m) for m in raw.get("occasion_markers") or ()),
        background_markers=tuple(str(m) for m in raw.get("background_markers") or ()),
        currencies=tuple(str(c) for c in raw.get("currencies") or ()),
        prefilter=_prefilter(list(predicates.values())),
        object_prefilters=_object_prefilters(list(predicates.values()), classes),
        headline_words=(headline := _headline_words(list(predicates.values()))),
        headline_pattern=_alternation(set(headline)),
    )


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> KoreanLexicon:
    with path.open(encoding="utf-8") as handle:
        return parse_lexicon(yaml.safe_load(handle))
