"""Verb forms and clauses that name an action without reporting one as an event."""

from __future__ import annotations

from services.extract.korean.agents import Party
from services.extract.korean.clauses import SentenceView
from services.extract.korean.endings import Form, Predicate
from services.extract.korean.lexicon import KoreanLexicon, PredicateSpec
from services.extract.korean.phrases import Phrase
from services.extract.model import EntityKind


def describes_reported_action(view: SentenceView, k: int, party: Party, lexicon: KoreanLexicon) -> bool:
    """An institution explaining "이번 협약으로 …": its words belong to the action reported (EVENTS.md §8)."""
    if party.person is not None or party.agent is None or party.agent.entity.kind is not EntityKind.GOVERNMENT:
        return False
    return any(m.form in ("이번", "이를") for m in view.morphs[: view.predicates[k].head])


def not_an_action(view: SentenceView, predicate: Predicate, spec: PredicateSpec) -> bool:
    """Verb forms that name an action without reporting it.

    "서울에서 열린 회의" (passive adnominal), "출범시키기로 합의한" (nominal),
    "열릴 수 있도록" (purpose), "합의한 데 대해" (the fact that …), "전해졌다" (hearsay).
    """
    if predicate.form in (Form.NOMINAL, Form.PURPOSE):
        return True
    if predicate.passive_auxiliary and not spec.passive:
        return True
    if spec.passive and predicate.form is Form.ADNOMINAL:
        return True
    following = view.morphs[predicate.end] if predicate.end < len(view.morphs) else None
    return predicate.form is Form.ADNOMINAL and following is not None and following.form == "데"


def content_from(view: SentenceView, lexicon: KoreanLexicon) -> int | None:
    """Offset after "예산안에 따르면" / "규정에 따르면": what follows is the content of a plan or rule.

    The contents of a plan or law are not separate events (EVENTS.md §8); a news
    source ("로이터에 따르면") is only attribution and changes nothing.
    """
    for i, m in enumerate(view.morphs[1:], start=1):
        if m.lemma != "따르다" or view.morphs[i - 1].form != "에":
            continue
        if i + 1 < len(view.morphs) and view.morphs[i + 1].form != "면":
            continue  # "MOU에 따라 … 진행한다" acts under the MOU; only "…에 따르면" reports its contents
        phrase = next((p for p in view.phrases if p.particle_index == i - 1), None)
        if phrase is not None and _names_a_document(phrase, lexicon):
            return m.end
    return None


def _names_a_document(phrase: Phrase, lexicon: KoreanLexicon) -> bool:
    heads = [h for name in ("regulation", "budget", "agreement") for h in lexicon.noun_classes[name].heads]
    return phrase.nouns.endswith(tuple(heads)) or any(phrase.nouns.endswith(n) for n in lexicon.policy_nouns)
