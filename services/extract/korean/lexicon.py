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
    headline_forms: tuple[str, ...] = ()  # the surface stems a headline may write (any verb suffix)
    passive_objects: tuple[str, ...] = ()  # noun classes with which the verb is passive (else active)


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
    joint_prefixes: tuple[str, ...]
    not_joint_work: tuple[str, ...]
    prefilter: re.Pattern[str]
    object_stems: re.Pattern[str]  # any stem of the verbs below, a cheap first test
    object_prefilters: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    headline_words: dict[str, PredicateSpec]  # bare trigger nouns and stems as headlines write them
    headline_pattern: re.Pattern[str]

    def may_hold_cue(self, text: str) -> bool:
        """Cheap test before morphological analysis: a trigger stem (with its object noun when it needs one)."""
        if self.prefilter.search(text):
            return True
        if not self.object_stems.search(text):
            return False
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
        if found is None and "cooperation" in allowed and self._joint_activity(phrase):
            found = self.noun_classes["cooperation"]
        return found

    def _joint_activity(self, phrase: str) -> bool:
        """ "공동 평가", "합동 점검": an activity done jointly is joint work (not a joint press event)."""
        for prefix in self.joint_prefixes:
            at = phrase.rfind(prefix)
            activity = phrase[at + len(prefix) :] if at >= 0 else ""
            if activity and not activity.endswith(self.not_joint_work):
                return True
        return False

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
        headline_forms=tuple(str(f) for f in raw.get("forms") or ()) or headline_forms(lemma),
        passive_objects=tuple(raw.get("passive_objects") or ()),
    )


# The syllables that start 하다/되다/시키다 in running text ("참석한다", "시행됐다", "출범시켜").
_SUFFIX_STARTS = {
    "하다": ("하", "해", "했", "한", "할", "함", "합"),
    "되다": ("되", "돼", "됐", "된", "될", "됨"),
    "시키다": ("시키", "시켜", "시켰", "시킨", "시킬"),
}
_ANY_SUFFIX_START = tuple(start for starts in _SUFFIX_STARTS.values() for start in starts)


def surface_stems(lemma: str) -> tuple[str, ...]:
    """How the predicate is written in running text: 참석하다 → 참석하, 참석했 …; 맺다 → 맺.

    A noun predicate only counts with its own verb suffix ("참석자" is no trigger, and
    "공개된" is 공개되다, which Kiwi never reads as 공개하다). Verbs whose stem changes
    shape when conjugated list their forms in the lexicon.
    """
    for suffix, starts in _SUFFIX_STARTS.items():
        if lemma.endswith(suffix) and len(lemma) > len(suffix):
            noun = lemma[: -len(suffix)]
            return tuple(noun + start for start in starts)
    return (lemma[:-1] if lemma.endswith("다") else lemma,)


def headline_forms(lemma: str) -> tuple[str, ...]:
    """Headline surface stems: a noun predicate with any verb suffix ("공개된" confirms 공개하다)."""
    for suffix in _SUFFIX_STARTS:
        if lemma.endswith(suffix) and len(lemma) > len(suffix):
            noun = lemma[: -len(suffix)]
            return tuple(noun + start for start in _ANY_SUFFIX_START)
    return surface_stems(lemma)


def stands_alone(lemma: str) -> bool:
    """Whether the predicate's stem starts a word: a verb (맺다, 전하다) rather than a noun + 하다.

    Noun predicates may be glued to a noun before them ("입법예고하다"); a verb or a
    one-syllable stem glued to a syllable is another word ("발전한" is not 전하다).
    """
    return not any(lemma.endswith(suffix) and len(lemma) > len(suffix) + 1 for suffix in _SUFFIX_STARTS)


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
            for word in (headline_stem(spec.lemma), *spec.headline_forms):
                words.setdefault(word, spec)
    return words


def _alternation(words: set[str]) -> re.Pattern[str]:
    return re.compile(_trie(sorted(words)))


def _trie(words: list[str]) -> str:
    """One regular expression for `words` that shares their prefixes ("참석하|참석했" → "참석(?:하|했)").

    A flat alternation of hundreds of stems tries each one at every position; the
    prefix tree tries one branch per character. Longer words are tried first, so a
    match is the longest word at its position, as with an alternation sorted by length.
    """
    branches: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not branches:
        return ""
    parts = [re.escape(first) + _trie(rest) for first, rest in sorted(branches.items())]
    body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ("|)" if ends else ")")
    return body


def _stems_pattern(specs: list[PredicateSpec]) -> re.Pattern[str]:
    """The surface stems of `specs`; a verb's stem only at the start of a word."""
    alone = {form for spec in specs if stands_alone(spec.lemma) for form in spec.forms}
    glued = {form for spec in specs if not stands_alone(spec.lemma) for form in spec.forms}
    parts = []
    if alone:
        parts.append("(?<![가-힣])(?:" + _alternation(alone).pattern + ")")
    if glued:
        parts.append(_alternation(glued).pattern)
    return re.compile("|".join(parts) or "(?!)")


def _prefilter(specs: list[PredicateSpec]) -> re.Pattern[str]:
    """Stems of the predicates that decide a type on their own."""
    return _stems_pattern([spec for spec in specs if spec.event_type is not None])


def _object_prefilters(
    specs: list[PredicateSpec], classes: dict[str, NounClass], joint_prefixes: tuple[str, ...]
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """For verbs typed by their object (열다 + 회의): all their stems at once, and per verb the stem
    and the object's head nouns (a joint prefix stands for any joint activity)."""
    typed = [spec for spec in specs if spec.event_type is None and spec.objects]

    def heads(spec: PredicateSpec) -> set[str]:
        found = {h for name in spec.objects for h in classes[name].heads}
        return found | set(joint_prefixes) if "cooperation" in spec.objects else found

    pairs = tuple((_stems_pattern([spec]), _alternation(heads(spec))) for spec in typed)
    return _stems_pattern(typed), pairs


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
        joint_prefixes=(joint_prefixes := tuple(_words(raw, "joint_prefixes"))),
        not_joint_work=tuple(_words(raw, "not_joint_work")),
        prefilter=_prefilter(list(predicates.values())),
        object_stems=(objects := _object_prefilters(list(predicates.values()), classes, joint_prefixes))[0],
        object_prefilters=objects[1],
        headline_words=(headline := _headline_words(list(predicates.values()))),
        headline_pattern=_alternation(set(headline)),
    )


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> KoreanLexicon:
    with path.open(encoding="utf-8") as handle:
        return parse_lexicon(yaml.safe_load(handle))
