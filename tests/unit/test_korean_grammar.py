"""Korean endings (modality), particles (roles) and sentence splitting, on our own phrases."""

from __future__ import annotations

import pytest

from services.core.contracts import Modality
from services.extract.korean.clauses import SentenceView, modality, subject_phrase
from services.extract.korean.endings import Form, find_predicates
from services.extract.korean.morph import analyse
from services.extract.korean.phrases import find_phrases
from services.extract.korean.segment import split_sentences
from services.extract.model import Sentence


def _view(text: str) -> SentenceView:
    morphs = analyse(text, 0)
    return SentenceView(
        sentence=Sentence(0, 0, len(text), text),
        morphs=morphs,
        predicates=find_predicates(morphs),
        phrases=find_phrases(morphs),
        mentions=[],
        dates=[],
    )


def _modality_of(text: str, lemma: str) -> Modality:
    view = _view(text)
    k = next(i for i, p in enumerate(view.predicates) if p.lemma == lemma)
    return modality(view, k)


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("장관은 회의에 참석할 예정이다.", "참석하다", Modality.PLANNED),
        ("정부는 연구소를 설립할 계획이다.", "설립하다", Modality.PLANNED),
        ("두 기관은 협약을 맺기로 했다.", "맺다", Modality.PLANNED),
        ("정부는 예산을 투입하겠다.", "투입하다", Modality.PLANNED),
        ("차관은 회의에 참석하지 않았다.", "참석하다", Modality.NEGATED),
        ("차관은 회의에 참석하지 못했다.", "참석하다", Modality.NEGATED),
        ("두 나라는 협정에 서명하지 않기로 했다.", "서명하다", Modality.NEGATED),
        ("장관은 회담을 가질 것으로 보인다.", "가지다", Modality.PLANNED),
        ("정부는 연구소를 설립할 것이라고 밝혔다.", "설립하다", Modality.PLANNED),
        ("차관은 회의에 참석했다.", "참석하다", Modality.OCCURRED),
        ("차관은 대학을 방문해 현황을 점검했다.", "방문하다", Modality.OCCURRED),
        ("차관은 대학을 방문해 현황을 점검할 예정이다.", "방문하다", Modality.PLANNED),
        ("부처는 장관이 회의에 참석한다고 밝혔다.", "참석하다", Modality.PLANNED),
        ("부처는 장관이 회의에 참석했다고 밝혔다.", "참석하다", Modality.OCCURRED),
        ("정부는 예산을 투입하겠다고 밝혔다.", "투입하다", Modality.OCCURRED),
        ("회의는 다음 주 서울에서 열린다.", "열리다", Modality.PLANNED),
    ],
)
def test_modality_from_endings(text: str, lemma: str, expected: Modality) -> None:
    assert _modality_of(text, lemma) is expected


def test_predicate_forms() -> None:
    view = _view("서울에서 열린 회의에 참석해 협력을 논의했다고 밝혔다.")
    forms = {p.lemma: p.form for p in view.predicates}
    assert forms["열리다"] is Form.ADNOMINAL
    assert forms["참석하다"] is Form.CONNECTIVE
    assert forms["논의하다"] is Form.QUOTE
    assert forms["밝히다"] is Form.FINAL


def test_future_fact_in_a_quote_is_quoted() -> None:
    view = _view("정부는 연구소를 설립할 것이라고 밝혔다.")
    assert next(p for p in view.predicates if p.lemma == "설립하다").form is Form.QUOTE


def test_purpose_clause_is_not_an_action() -> None:
    view = _view("회의가 열릴 수 있도록 협조를 요청했다.")
    assert next(p for p in view.predicates if p.lemma == "열리다").form is Form.PURPOSE


@pytest.mark.parametrize(
    ("text", "particle", "phrase_nouns"),
    [
        ("외교부는 프랑스와 회담을 열었다.", "는", "외교부"),
        ("외교부는 프랑스와 회담을 열었다.", "와", "프랑스"),
        ("외교부는 프랑스와 회담을 열었다.", "을", "회담"),
        ("장관은 파리에서 연구소를 방문했다.", "에서", "파리"),
    ],
)
def test_particles_mark_phrases(text: str, particle: str, phrase_nouns: str) -> None:
    phrases = {p.particle: p.nouns for p in _view(text).phrases}
    assert phrases[particle] == phrase_nouns


def test_list_with_birotan_is_one_phrase() -> None:
    view = _view("차관은 독일을 비롯해 일본, 미국 대표들과 만났다.")
    comitative = next(p for p in view.phrases if p.particle == "과")
    assert comitative.nouns.startswith("독일") and "미국" in comitative.nouns


def test_subject_inside_a_quote_is_not_the_speaker() -> None:
    view = _view("장관은 한국이 협력을 강화해야 한다고 강조했다.")
    k = next(i for i, p in enumerate(view.predicates) if p.lemma == "강조하다")
    subject = subject_phrase(view, k)
    assert subject is not None and subject.nouns == "장관"


def test_sentences_keep_offsets() -> None:
    body = "첫 문장이다. 둘째 문장은 1.5% 늘었다.\n\n셋째 문장이다."
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == ["첫 문장이다.", "둘째 문장은 1.5% 늘었다.", "셋째 문장이다."]
    assert all(body[s.start : s.end] == s.text for s in sentences)
