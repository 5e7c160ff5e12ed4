"""Topic lexicon: keywords in both languages, boundaries, ambiguous 양자."""

from __future__ import annotations

import pytest

from services.core.contracts import Topic
from services.extract.topics import find_topics, topic_mentions

T = Topic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정부는 인공지능 산업을 키우기로 했다", {T.AI}),
        ("생성형 AI 서비스 규정", {T.AI}),
        ("a national plan for artificial intelligence", {T.AI}),
        ("The minister SAID it was fine in Thailand", set()),
        ("AI 안전연구소를 세운다", {T.AI_SAFETY}),
        ("joint testing of frontier models", {T.AI_SAFETY}),
        ("양자 기술 협력을 논의했다", {T.QUANTUM}),
        ("한-미 양자 면담을 열었다", set()),
        ("양자회담에서", set()),
        ("a new quantum computing centre", {T.QUANTUM}),
        ("AI반도체 이니셔티브", {T.AI, T.SEMICONDUCTORS}),
        ("export controls on advanced chips", {T.SUPPLY_CHAIN, T.SEMICONDUCTORS}),
        ("chipmaking tools", {T.SEMICONDUCTORS}),
        ("대규모 데이터센터와 GPU 확보", {T.COMPUTE_INFRA}),
        ("a new supercomputer", {T.COMPUTE_INFRA}),
        ("국경 간 데이터 이동과 개인정보", {T.DATA}),
        ("6G 이동통신 표준", {T.TELECOM, T.STANDARDS}),
        ("로이터 통신에 따르면", set()),
        ("과학기술정보통신부는", set()),
        ("사이버보안 협력", {T.CYBERSECURITY}),
        ("디지털 전환을 가속", {T.DIGITAL_TRANSFORMATION}),
        ("digital public services for every citizen", {T.DIGITAL_TRANSFORMATION}),
        # an office or a meeting named "digital" is no topic
        ("Singapore's digital minister and the Minister for Digital Development", set()),
        ("the APEC Digital and AI Ministerial Meeting", {T.AI}),
        ("Science and Technology Minister Helena Duarte", set()),
        ("obligations under the EU Data Act on data-sharing", {T.DATA}),
        ("incentives for data-centre builders", {T.COMPUTE_INFRA}),
        ("open radio access networks and submarine cables", {T.TELECOM}),
        ("인재 교류와 공동연구", {T.TALENT, T.RESEARCH}),
        ("교육부 장관", set()),
        ("personnel exchanges between institutes", {T.TALENT}),
        ("국제 표준화 논의", {T.STANDARDS}),
        ("핵심광물 공급망 안정", {T.SUPPLY_CHAIN}),
        ("유인 달 탐사 계획과 우주 협력", {T.SPACE}),
        ("a pressurized rover for the lunar surface", {T.SPACE}),
        ("첨단바이오 육성", {T.BIOTECH}),
        ("청정에너지와 탄소중립", {T.CLIMATE_ENERGY}),
        ("연구개발 예산", {T.RESEARCH}),
        ("R&D spending", {T.RESEARCH}),
    ],
)
def test_find_topics(text: str, expected: set[Topic]) -> None:
    assert find_topics(text) == expected


def test_longest_keyword_wins() -> None:
    assert find_topics("데이터센터") == {T.COMPUTE_INFRA}


def test_a_keyword_listed_under_two_topics_gives_both() -> None:
    assert find_topics("a plan to build a quantum computer") == {T.QUANTUM, T.COMPUTE_INFRA}
    assert find_topics("양자컴퓨터 구축") == {T.QUANTUM, T.COMPUTE_INFRA}


def test_names_of_bodies_are_not_topics() -> None:
    assert find_topics("Minister of Education, Culture, Sports, Science and Technology") == set()


def test_mentions_carry_offsets() -> None:
    text = "We discussed quantum and AI."
    found = topic_mentions(text, offset=10)
    assert [(text[s - 10 : e - 10], t) for s, e, t in found] == [("quantum", T.QUANTUM), ("AI", T.AI)]


def test_case_rules() -> None:
    assert find_topics("QUANTUM sensing") == {T.QUANTUM}  # lower-case keyword: any case
    assert find_topics("ai") == set()  # "AI" is written in capitals: exact
