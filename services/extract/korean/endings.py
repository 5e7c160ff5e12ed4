"""Korean predicates and their ending chains: what a verb form says about modality.

A predicate is a noun + 하다/되다/시키다 ("참석하다") or a verb ("맺다"). The
morphemes after its stem (pre-final endings, auxiliaries, the final or
connective ending) tell whether the action happened (-었-), is planned
(-ㄹ 예정이다, -ㄹ 계획이다, -기로 하다, -겠-, a present-tense report of a
scheduled act), is denied (-지 않다/못하다), or is only linked to the next verb
(-고, -어, -며: modality then comes from that verb).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from services.extract.korean.morph import Morph

QUOTE_ENDINGS = frozenset({"다고", "라고", "자고", "냐고", "ᆫ다고", "는다고", "다며", "라며", "다면서", "라면서"})
PURPOSE_ENDINGS = frozenset({"도록", "려고", "으려고", "러", "으러", "고자"})
QUOTE_ADNOMINALS = frozenset({"다는", "라는", "자는", "ᆫ다는", "는다는"})
PAST_MARKERS = frozenset({"었", "았", "였", "었었", "았었", "ᆻ"})
PLAN_NOUNS = frozenset({"예정", "계획", "방침"})
_PLAN_OR_THING = PLAN_NOUNS | {"것"}  # built once: these tests run per morpheme
_BOUND_NOUNS = PLAN_NOUNS | {"것", "바", "수"}
_CHAIN_TAGS = frozenset({"EP", "EF", "EC", "ETM", "ETN", "VX"})
_NOUN_SUFFIXES = frozenset({"XSV", "XSA"})
# Verbs that work as postpositions ("캐나다를 비롯해", "AI에 대해", "MOU를 통해"): no clause of their own.
POSTPOSITIONAL_VERBS = frozenset(
    {"비롯하다", "대하다", "통하다", "위하다", "따르다", "관하다", "의하다", "향하다", "포함하다", "걸치다", "앞두다"}
)


class Form(StrEnum):
    FINAL = "FINAL"  # ends the sentence: -다
    QUOTE = "QUOTE"  # a quoted clause: -다고, -라고, -자고
    QUOTE_ADNOMINAL = "QUOTE_ADNOMINAL"  # -다는 계획, -겠다는 뜻
    CONNECTIVE = "CONNECTIVE"  # -고, -어, -며: modality from the next verb
    ADNOMINAL = "ADNOMINAL"  # modifies a noun: -ㄴ, -는, -던, -ㄹ
    NOMINAL = "NOMINAL"  # -기, -음
    PURPOSE = "PURPOSE"  # -도록, -려고, -러: what an action is for, not an action


class Tense(StrEnum):
    NEGATED = "NEGATED"
    PLANNED = "PLANNED"  # -ㄹ 예정/계획/방침, -ㄹ 것이다
    DECIDED = "DECIDED"  # -기로 하다: planned, and a date in the clause is the day of the decision
    INTENT = "INTENT"  # -겠-
    PAST = "PAST"
    PROGRESSIVE = "PROGRESSIVE"  # -고 있다
    PRESENT = "PRESENT"


@dataclass(frozen=True, slots=True)
class Predicate:
    head: int  # index of the first morpheme (the noun of 참석하다, or the verb)
    last: int  # index of the last stem morpheme
    end: int  # index after the ending chain
    lemma: str
    form: Form
    tense: Tense
    negated_before: bool = False
    passive_auxiliary: bool = False  # "-어지다": "전해졌다", "알려졌다" — the subject is not the actor
    compound: str = ""  # the whole compound noun predicate when longer ("입법예고하다" for "예고하다")

    @property
    def boundary(self) -> bool:
        """Whether the predicate closes a clause (adnominal and nominal forms do not)."""
        return self.form in (Form.FINAL, Form.QUOTE, Form.CONNECTIVE)


_STEM_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "VV"})  # the tags a predicate can start with (see _stem)


def _stem(morphs: list[Morph], i: int) -> tuple[str, int] | None:
    """(lemma, index of the last stem morpheme) when a predicate starts at i."""
    m = morphs[i]
    nxt = morphs[i + 1] if i + 1 < len(morphs) else None
    if m.tag in ("NNG", "NNP", "XR", "SL") and nxt is not None and nxt.tag in _NOUN_SUFFIXES and nxt.start == m.end:
        lemma = m.form + nxt.form + "다"
        return None if lemma in POSTPOSITIONAL_VERBS else (lemma, i + 1)
    if m.tag == "VV" and m.lemma not in POSTPOSITIONAL_VERBS:
        if m.lemma == "내다" and i + 2 < len(morphs) and morphs[i + 2].form == "놓":
            return "내놓다", i + 2
        return m.lemma, i
    return None


def _in_chain(morphs: list[Morph], j: int, chain: list[Morph]) -> bool:
    m = morphs[j]
    prev = chain[-1] if chain else None
    if m.tag in _CHAIN_TAGS:
        return True
    if prev is None:
        return False
    if prev.tag == "ETM" and m.form in _BOUND_NOUNS:
        return True
    if _negation_after_ji(chain) and (m.form in ("못", "안") or m.lemma in ("하다", "않다", "못하다")):
        return True  # "참석하지 못했다", "참석하지 않았다"
    if prev.form in _PLAN_OR_THING and m.tag == "VCP":
        return True
    if prev.form in ("바", "수") and m.tag in ("VA", "VV") and m.form in ("있", "없"):
        return True
    if prev.tag == "ETN" and m.tag == "JKB" and m.form in ("로", "으로"):
        return True
    return prev.tag == "JKB" and len(chain) > 1 and chain[-2].tag == "ETN" and m.lemma == "하다"


def _negation_after_ji(chain: list[Morph]) -> bool:
    """Whether the chain so far is "-지" (optionally + 못/안): the start of a negated form."""
    forms = [m.form for m in chain[-2:]]
    return bool(chain) and (forms[-1] == "지" or (len(forms) == 2 and forms[0] == "지" and forms[1] in ("못", "안")))


def _form(chain: list[Morph]) -> Form:
    if chain and chain[-1].tag == "EC" and chain[-1].form in QUOTE_ENDINGS:
        return Form.QUOTE  # also "투자할 것이라고 밝혔다"
    if any(a.tag == "ETM" and b.form == "것" for a, b in itertools.pairwise(chain)):
        return Form.FINAL  # "강조한 것으로 알려졌다", "열릴 것이다": a reported or expected fact
    for m in reversed(chain):
        if m.tag == "EF":
            return Form.FINAL
        if m.tag == "EC":
            if m.form in PURPOSE_ENDINGS:
                return Form.PURPOSE
            return Form.QUOTE if m.form in QUOTE_ENDINGS else Form.CONNECTIVE
        if m.tag == "ETM":
            return Form.QUOTE_ADNOMINAL if m.form in QUOTE_ADNOMINALS else Form.ADNOMINAL
        if m.tag == "ETN":
            return Form.NOMINAL
    return Form.NOMINAL


def _negated_with_ji(chain: list[Morph]) -> bool:
    """ "-지 못하다" analysed as 지 + 못 + 하."""
    return any(a.form == "지" and b.form in ("못", "안") for a, b in itertools.pairwise(chain))


def _tense(chain: list[Morph]) -> Tense:
    forms = [m.form for m in chain]
    if any(m.tag == "VX" and m.lemma in ("않다", "못하다") for m in chain) or _negated_with_ji(chain):
        return Tense.NEGATED
    for a, b in itertools.pairwise(chain):
        if a.tag == "ETM" and a.form in ("ᆯ", "을") and b.form in _PLAN_OR_THING:
            return Tense.PLANNED
        if a.tag == "ETN" and a.form == "기" and b.form in ("로", "으로"):
            return Tense.DECIDED
    if "겠" in forms:
        return Tense.INTENT
    if any(f in PAST_MARKERS for f in forms) or any(m.tag == "ETM" and m.form in ("ᆫ", "은", "던") for m in chain):
        return Tense.PAST
    if any(m.tag == "VX" and m.lemma == "있다" for m in chain):
        return Tense.PROGRESSIVE
    return Tense.PRESENT


def _compound(morphs: list[Morph], i: int) -> str:
    """The nouns written together before the predicate noun at i ("입법" of "입법예고하다")."""
    k = i
    while k > 0 and morphs[k - 1].tag == "NNG" and morphs[k - 1].end == morphs[k].start:
        k -= 1
    return "".join(m.form for m in morphs[k:i])


def _quoted_after(morphs: list[Morph], j: int) -> bool:
    """'…바란다"고 말했다': a closing quotation mark and the quotative particle 고/라고 follow."""
    while j < len(morphs) and morphs[j].tag in ("SSC", "SS", "SF"):
        j += 1
    return j < len(morphs) and morphs[j].tag == "JKQ"


def find_predicates(morphs: list[Morph]) -> list[Predicate]:
    """Every predicate of the sentence with its ending chain, in order."""
    found: list[Predicate] = []
    i = 0
    while i < len(morphs):
        stem = _stem(morphs, i) if morphs[i].tag in _STEM_TAGS else None
        if stem is None:
            i += 1
            continue
        lemma, last = stem
        chain: list[Morph] = []
        j = last + 1
        while j < len(morphs) and _in_chain(morphs, j, chain):
            chain.append(morphs[j])
            j += 1
        negated = i > 0 and morphs[i - 1].tag == "MAG" and morphs[i - 1].form in ("안", "못")
        passive = any(m.tag == "VX" and m.lemma == "지다" for m in chain)
        form = Form.QUOTE if _quoted_after(morphs, j) else _form(chain)
        compound = _compound(morphs, i) + lemma if last > i else ""
        found.append(Predicate(i, last, j, lemma, form, _tense(chain), negated, passive, compound))
        i = max(j, i + 1)
    return found


def join_decisions(found: list[Predicate], is_event_verb: Callable[[Predicate], bool]) -> list[Predicate]:
    """ "투자하기로 결정했다": the decided action takes the form of the deciding verb and is the event.

    When the deciding verb is an event of its own ("공동연구를 시작하기로 합의했다" is an
    agreement), the decided action stays a nominal form inside its clause.
    """
    joined: list[Predicate] = []
    for n, predicate in enumerate(found):
        following = found[n + 1] if n + 1 < len(found) else None
        decided = predicate.tense is Tense.DECIDED and predicate.form is Form.NOMINAL
        if decided and following is not None and following.head == predicate.end and not is_event_verb(following):
            predicate = replace(predicate, end=following.end, form=following.form)
        joined.append(predicate)
    return joined
