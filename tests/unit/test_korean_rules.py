"""The Korean rules added for EXTRACTOR_VERSION 0.2.0, one table row per rule, on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.contracts import AcceptedArticle, Event, EventType, Modality, Role
from services.extract.pipeline import get_extractor

PUBLISHED = "2025-09-15T10:00:00+09:00"


def _events(body: str) -> list[Event]:
    article = AcceptedArticle(article_id="ko-rules", language="ko", body=body, published_at=PUBLISHED)
    return get_extractor().extract(article)


def _only(body: str, event_type: EventType) -> Event:
    found = [e for e in _events(body) if e.event_type is event_type]
    assert len(found) == 1, [e.event_type for e in _events(body)]
    return found[0]


def _counterparts(event: Event) -> set[str]:
    return {a.country for a in event.actors if a.role is Role.COUNTERPART and a.country}


def _agent_country(event: Event) -> str | None:
    agent = event.agent()
    return agent.country if agent is not None else None


TYPE_CASES = [
    # rule, body, expected type, modality, agent country
    (
        "amended decree voted by the cabinet is a regulation",
        "한국 정부는 지난 11일 국무회의에서 전자정부법 시행령 개정안을 의결했다.",
        EventType.REGULATION,
        Modality.OCCURRED,
        "KOR",
    ),
    (
        "a control measure put out by a foreign ministry is a regulation",
        "일본 경제산업성은 첨단 반도체 장비의 수출을 제한하는 통제 조치를 내놓았다.",
        EventType.REGULATION,
        Modality.OCCURRED,
        "JPN",
    ),
    (
        "launching a fund is an investment",
        "독일 정부는 지난 5월 양자기술 육성 기금을 출범시켰다.",
        EventType.INVESTMENT,
        Modality.OCCURRED,
        "DEU",
    ),
    (
        "a joint activity carried out is cooperation",
        "한국 정부는 호주 정부와 함께 다음 달부터 위성 자료의 공동 검증을 진행한다.",
        EventType.COOPERATION,
        Modality.PLANNED,
        "KOR",
    ),
    (
        "a policy council held by two countries is bilateral talks",
        "과학기술정보통신부는 어제 베트남 과학기술부와 '한-베트남 디지털 정책협의회'를 열었다.",
        EventType.BILATERAL_TALKS,
        Modality.OCCURRED,
        "KOR",
    ),
    (
        "proposing a technical specification is standardisation",
        "한국 과학기술정보통신부는 국제전기통신연합 회의에 위성통신 기술 규격을 제안하기로 했다.",
        EventType.STANDARDIZATION,
        Modality.PLANNED,
        "KOR",
    ),
]


@pytest.mark.parametrize(("rule", "body", "event_type", "modality", "agent"), TYPE_CASES)
def test_event_types(rule: str, body: str, event_type: EventType, modality: Modality, agent: str | None) -> None:
    event = _only(body, event_type)
    assert event.modality is modality, rule
    if agent is not None:
        assert _agent_country(event) == agent, rule


AGENT_CASES = [
    # rule, body, event type, agent country, counterparts
    (
        "of two leaders joined by 와, the first named acts and the country of the title counts",
        "올라프 숄츠 독일 총리와 조르자 멜로니 이탈리아 총리는 어제 로마에서 회담을 가졌다.",
        EventType.BILATERAL_TALKS,
        "DEU",
        {"ITA"},
    ),
    (
        "a subject inside an object clause belongs to that clause, not to the request",
        "베트남 측은 한국 배터리 기업들이 현지 공장 투자를 늘려 줄 것을 요청했다.",
        EventType.PROPOSAL,
        "VNM",
        set(),
    ),
    (
        "a body asked with 에 is the counterpart of a request",
        "한국 외교부는 유럽연합(EU) 집행위원회에 반도체 보조금 심사를 서둘러 달라고 요청했다.",
        EventType.PROPOSAL,
        "KOR",
        {"EUU"},
    ),
]


@pytest.mark.parametrize(("rule", "body", "event_type", "agent", "counterparts"), AGENT_CASES)
def test_agents(rule: str, body: str, event_type: EventType, agent: str, counterparts: set[str]) -> None:
    event = _only(body, event_type)
    assert _agent_country(event) == agent, rule
    assert _counterparts(event) == counterparts, rule


def test_two_leaders_then_joint_subject_keeps_their_side() -> None:
    body = (
        "올라프 숄츠 독일 총리와 조르자 멜로니 이탈리아 총리는 어제 로마에서 회담을 가졌다.\n\n"
        "두 정상은 또 유럽연합(EU) 집행위원회에 배터리 보조금 심사를 서둘러 달라고 요청했다."
    )
    event = _only(body, EventType.PROPOSAL)
    assert _agent_country(event) == "DEU"
    assert _counterparts(event) == {"EUU"}


def test_official_marked_with_do_is_the_speaker() -> None:
    body = (
        '올라프 숄츠 독일 총리는 어제 로마에서 "유럽의 반도체 자립이 시급하다"고 말했다. '
        '조르자 멜로니 이탈리아 총리도 "공급망을 함께 지켜야 한다"고 말했다.'
    )
    statements = [e for e in _events(body) if e.event_type is EventType.STATEMENT]
    assert sorted(_agent_country(e) or "" for e in statements) == ["DEU", "ITA"]


_OCCURRED, _PLANNED = Modality.OCCURRED, Modality.PLANNED


@pytest.mark.parametrize(
    ("body", "event_type", "modality", "day"),
    [
        ("한국 정부는 지난해 캐나다 정부와 양자 협력 각서를 교환했다.", EventType.AGREEMENT, _OCCURRED, None),
        ("한국 정부는 오는 11월 호주 정부와 실무 협의체를 꾸리기로 했다.", EventType.COOPERATION, _PLANNED, None),
        ("국회는 이날 인공지능 산업 진흥법 제정안을 가결했다.", EventType.REGULATION, _OCCURRED, None),
        ("데이터 기본법 제정안이 12일 국회 본회의를 통과했다.", EventType.REGULATION, _OCCURRED, date(2025, 9, 12)),
        ("EU 집행위원회는 지난 3일 네트워크법 초안을 공개했다.", EventType.REGULATION, _OCCURRED, date(2025, 9, 3)),
    ],
)
def test_documents_exchanged_bodies_formed_and_bills_passed(
    body: str, event_type: EventType, modality: Modality, day: date | None
) -> None:
    event = _only(body, event_type)
    assert event.modality is modality
    assert day is None or event.event_date == day


@pytest.mark.parametrize(
    "body",
    [
        "한국 정부는 일본 정부에 공동연구를 시작하자고 제안했다.",
        "한국 정부는 일본 정부에 공동연구를 시작할 것을 요청했다.",
        "한국 정부는 일본 정부에 공동연구를 시작하도록 요청했다.",
    ],
)
def test_what_a_proposal_asks_for_is_no_event_of_its_own(body: str) -> None:
    assert [e.event_type for e in _events(body)] == [EventType.PROPOSAL]


def test_a_visit_before_a_request_stays_an_event() -> None:
    body = "류 차관은 4일 싱가포르 과학기술연구청을 찾아 연구시설을 둘러보고, 공동연구를 넓혀 달라고 요청했다."
    assert {e.event_type for e in _events(body)} == {EventType.VISIT, EventType.PROPOSAL}


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("과기정통부는 2023년 태국 정부와 디지털 협력 행동계획을 채택한 바 있다.", date(2023, 1, 1)),
        ("우주항공청은 지난해 11월 인도 우주청과 우주 분야 협력 의향서를 교환한 바 있다.", date(2024, 11, 1)),
    ],
)
def test_a_date_before_a_party_joined_to_the_object_dates_the_act(body: str, day: date) -> None:
    assert _only(body, EventType.AGREEMENT).event_date == day


def test_acting_under_an_agreement_is_not_its_content() -> None:
    body = "협약에 따라 한국 정부는 캐나다 정부와 함께 내년부터 양자 센서 공동 시험을 진행한다."
    assert _only(body, EventType.COOPERATION).modality is Modality.PLANNED


def test_current_year_does_not_date_an_announcement_made() -> None:
    event = _only("과학기술정보통신부는 올해 인공지능 인재 양성 계획을 발표했다.", EventType.POLICY_ANNOUNCEMENT)
    assert event.event_date is None


@pytest.mark.parametrize(
    "body",
    [
        "과학기술정보통신부는 올해 양자 연구에 2천억원을 새로 투입했다고 12일 밝혔다.",
        "과학기술정보통신부는 내년 예산에 양자 연구비 2천억원을 새로 편성했다고 12일 밝혔다.",
    ],
)
def test_a_period_in_the_clause_leaves_an_act_the_day_it_was_reported(body: str) -> None:
    assert _only(body, EventType.INVESTMENT).event_date == date(2025, 9, 12)


@pytest.mark.parametrize(
    ("body", "event_type", "expected"),
    [
        ("한국 정부는 다음 달 초 호주 시드니의 양자 연구소를 방문할 예정이다.", EventType.VISIT, date(2025, 10, 1)),
        ("과기정통부는 올해 초에는 캐나다와 인공지능 공동연구를 시작했다.", EventType.COOPERATION, date(2025, 1, 1)),
        # the time belongs to the clause that modifies the object, or the period is the object's
        ("과기정통부 장관은 올해 초 시행된 인공지능 기본법의 성과를 발표했다.", EventType.POLICY_ANNOUNCEMENT, None),
        ("과학기술정보통신부는 내년 양자 예산을 5천억원으로 편성했다.", EventType.INVESTMENT, None),
    ],
)
def test_a_part_of_a_period_makes_a_date_the_time_of_the_act(
    body: str, event_type: EventType, expected: date | None
) -> None:
    assert _only(body, event_type).event_date == expected


def test_a_planned_year_still_dates_a_plan() -> None:
    event = _only("한국 정부는 내년 반도체 연구에 2조원을 투자할 계획이다.", EventType.INVESTMENT)
    assert event.event_date == date(2026, 1, 1)


_TALKS_IN_CANBERRA = (
    "김민수 과학기술정보통신부 제1차관은 지난 10일 호주 캔버라에서 호주 산업과학부 장관과 만나 "
    "양자 분야 협력 방안을 논의했다.\n\n"
)


@pytest.mark.parametrize(
    ("remark", "expected"),
    [
        ('김 차관은 "호주는 양자 컴퓨팅의 핵심 협력국"이라며 "공동연구를 늘리겠다"고 강조했다.', None),
        ('김 차관은 면담에서 "양국 연구자들이 더 자주 오가야 한다"고 말했다.', date(2025, 9, 10)),
        ('김 차관은 12일 "양국 연구자들이 더 자주 오가야 한다"고 말했다.', date(2025, 9, 12)),
    ],
)
def test_a_quoted_remark_is_dated_only_by_its_own_day_or_occasion(remark: str, expected: date | None) -> None:
    assert _only(_TALKS_IN_CANBERRA + remark, EventType.STATEMENT).event_date == expected


def test_quoted_speech_is_no_event_of_its_own() -> None:
    body = '과학기술정보통신부 장관은 "우리는 내년에 일본과 양자 협력 협약을 체결하겠다"고 말했다.'
    assert [e.event_type for e in _events(body)] == [EventType.STATEMENT]


def test_place_of_a_visit_is_the_city_visited() -> None:
    event = _only("산업통상자원부 장관은 이날 독일 뮌헨을 방문했다.", EventType.VISIT)
    assert event.location is not None and event.location.country == "DEU" and event.location.city is not None


def test_bare_family_name_takes_the_full_name() -> None:
    body = (
        "과학기술정보통신부는 김철수 제1차관이 14일 프랑스 파리에서 프랑스 경제부 장관과 면담했다고 밝혔다. "
        '김 차관은 "두 나라의 인공지능 협력이 더 깊어지기를 바란다"고 말했다.'
    )
    statement = _only(body, EventType.STATEMENT)
    agent = statement.agent()
    assert agent is not None and agent.text == "김" and agent.name == "김철수"


def test_country_names_read_as_written_in_english() -> None:
    event = _only("한국 정부는 올해 인공지능 반도체에 1조원을 투자할 계획이다.", EventType.INVESTMENT)
    agent = event.agent()
    assert agent is not None and "Korea, Republic of" not in agent.name


PASSIVE_CASES = [
    # body, type, agent country (None: the law's government is inferred later)
    ("한국 정부와 베트남 정부는 어제 공동연구에 들어갔다.", EventType.COOPERATION, "KOR"),
    ("한국의 인공지능 기본법이 지난 1일 시행에 들어갔다.", EventType.REGULATION, "KOR"),
]


@pytest.mark.parametrize(("body", "event_type", "agent"), PASSIVE_CASES)
def test_verb_passive_with_some_objects_only(body: str, event_type: EventType, agent: str) -> None:
    assert _agent_country(_only(body, event_type)) == agent


PREFILTER_CASES = [
    # sentence, whether it may hold a cue
    ("기술은 모두에게 똑같은 속도로 발전하지만 피해는 약한 사람에게 먼저 닿는다.", False),  # 발전하 is no 전하다
    ("이번에 확정된 규정은 지난봄 공개된 초안보다 완화됐다.", False),  # 공개된 is 공개되다
    ("장관은 이 같은 뜻을 기자들에게 전했다.", True),
    ("외교부는 3일 회의 결과를 공개했다.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), PREFILTER_CASES)
def test_prefilter(sentence: str, expected: bool) -> None:
    from services.extract.korean.lexicon import load_lexicon

    assert load_lexicon().may_hold_cue(sentence) is expected
