"""Korean sentences (our own) through the whole extractor: type, agent, counterparts, modality, date."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.contracts import AcceptedArticle, Event, EventType, Modality, Role
from services.extract.pipeline import get_extractor

PUBLISHED = "2025-03-10T09:00:00+09:00"


def _events(body: str, title: str | None = None) -> list[Event]:
    article = AcceptedArticle(article_id="ko-test", language="ko", body=body, title=title, published_at=PUBLISHED)
    return get_extractor().extract(article)


def _counterparts(event: Event) -> set[str]:
    return {a.country for a in event.actors if a.role is Role.COUNTERPART and a.country}


CASES = [
    # sentence, type, modality, agent country, counterparts
    ("외교부는 3일 프랑스와 양자 회담을 열었다.", EventType.BILATERAL_TALKS, Modality.OCCURRED, "KOR", {"FRA"}),
    (
        "산업통상자원부는 다음 달 독일 베를린에서 열리는 에너지 장관회의에 참석할 예정이다.",
        EventType.MEETING,
        Modality.PLANNED,
        "KOR",
        set(),
    ),
    (
        "과학기술정보통신부는 일본 정부와 양자기술 협력 양해각서를 체결하기로 했다.",
        EventType.AGREEMENT,
        Modality.PLANNED,
        "KOR",
        {"JPN"},
    ),
    (
        "한국 정부는 올해 인공지능 반도체에 1조원을 투자할 계획이다.",
        EventType.INVESTMENT,
        Modality.PLANNED,
        "KOR",
        set(),
    ),
    ("미국 상무부 장관은 이번 회의에 참석하지 않았다.", EventType.MEETING, Modality.NEGATED, "USA", set()),
    ("영국 정부는 인공지능 안전 법안을 의회에 제출했다.", EventType.REGULATION, Modality.OCCURRED, "GBR", set()),
    ("과학기술정보통신부 장관은 6일 독일을 방문했다.", EventType.VISIT, Modality.OCCURRED, "KOR", {"DEU"}),
    (
        "한국 과학기술정보통신부 장관은 인공지능 안전이 중요하다고 강조했다.",
        EventType.STATEMENT,
        Modality.OCCURRED,
        "KOR",
        set(),
    ),
    ("유럽연합의 인공지능법이 다음 달 1일 시행된다.", EventType.REGULATION, Modality.PLANNED, "EUU", set()),
    ("프랑스 정부는 내년 예산으로 2조원을 편성했다.", EventType.INVESTMENT, Modality.OCCURRED, "FRA", set()),
    ("한국 대통령은 인공지능 법안에 대해 거부권을 행사했다.", EventType.REGULATION, Modality.NEGATED, "KOR", set()),
    ("외교부 장관은 10일 베트남 외교장관과 통화했다.", EventType.BILATERAL_TALKS, Modality.OCCURRED, "KOR", {"VNM"}),
]


@pytest.mark.parametrize(("body", "event_type", "modality", "agent", "counterparts"), CASES)
def test_single_sentence(
    body: str, event_type: EventType, modality: Modality, agent: str, counterparts: set[str]
) -> None:
    events = _events(body)
    assert [e.event_type for e in events] == [event_type]
    event = events[0]
    assert event.modality is modality
    found = event.agent()
    assert found is not None and found.country == agent
    assert _counterparts(event) == counterparts


def test_day_from_the_clause() -> None:
    (event,) = _events("외교부는 3일 프랑스와 양자 회담을 열었다.")
    assert event.event_date == date(2025, 3, 3)


def test_reporting_verb_gives_its_day_and_no_statement() -> None:
    """ "X했다고 5일 밝혔다": one AGREEMENT dated the 5th, the verb of saying is no event of its own."""
    events = _events("과학기술정보통신부는 일본과 공동연구 협약을 체결했다고 5일 밝혔다.")
    assert [e.event_type for e in events] == [EventType.AGREEMENT]
    assert events[0].event_date == date(2025, 3, 5)
    assert _counterparts(events[0]) == {"JPN"}


def test_two_verbs_two_events_with_talks_counterpart() -> None:
    events = _events("외교부 장관은 캐나다 외교장관과 만나 인공지능 공동연구를 제안했다.")
    assert [e.event_type for e in events] == [EventType.BILATERAL_TALKS, EventType.PROPOSAL]
    assert all(_counterparts(e) == {"CAN"} for e in events)


def test_non_actor_subject_gives_no_event() -> None:
    assert _events("기업들은 인공지능을 도입해야 한다고 말한다.") == []


def test_omitted_subject_takes_the_previous_actor() -> None:
    body = "캐나다 정부는 4일 양자 전략을 발표했다. 또 영국과 공동연구를 추진하기로 했다."
    events = _events(body)
    assert [e.event_type for e in events] == [EventType.POLICY_ANNOUNCEMENT, EventType.COOPERATION]
    agent = events[1].agent()
    assert agent is not None and agent.country == "CAN"
    assert _counterparts(events[1]) == {"GBR"}


def test_person_reference_keeps_the_country_of_the_ministry() -> None:
    body = (
        "과학기술정보통신부는 김민수 제1차관이 11일 프랑스 파리에서 열리는 인공지능 회의에 참석한다고 밝혔다.\n\n"
        "김 차관은 회의에서 한국의 인공지능 전략을 소개할 예정이다."
    )
    events = _events(body)
    assert [e.event_type for e in events] == [EventType.MEETING, EventType.POLICY_ANNOUNCEMENT]
    assert all((a := e.agent()) is not None and a.country == "KOR" for e in events)
    # the action inside the trip takes the trip's first day
    assert events[1].event_date == date(2025, 3, 11)
    assert all(e.modality is Modality.PLANNED for e in events)


def test_speaker_outside_quotation_marks() -> None:
    body = '독일 교육연구부 장관은 "한국과의 협력이 유럽 연구에 새 기회가 될 것"이라고 말했다.'
    (event,) = _events(body)
    assert event.event_type is EventType.STATEMENT
    agent = event.agent()
    assert agent is not None and agent.country == "DEU"


def test_hearsay_passive_is_no_action() -> None:
    assert _events("미국 정부도 회의에 대표를 보낼 것으로 전해졌다.") == []


def test_date_inside_the_object_dates_the_object_only() -> None:
    (event,) = _events("한국 기획재정부는 3일 내년도 예산안을 발표했다.")
    assert event.event_type is EventType.INVESTMENT
    assert event.event_date == date(2025, 3, 3)


def test_adnominal_mention_without_actor_is_skipped() -> None:
    assert _events("2019년 서울에서 열린 회의는 큰 관심을 받았다.") == []


def test_compound_noun_predicate() -> None:
    (event,) = _events("한국 산업통상자원부는 반도체 특별법 시행령 제정안을 입법예고했다.")
    assert event.event_type is EventType.REGULATION


def test_speech_inside_quotes_does_not_hide_the_speaker() -> None:
    body = '한국 외교부 장관은 "기술은 혼자 지킬 수 없다"며 "협력을 넓히겠다"고 말했다.'
    (event,) = _events(body)
    agent = event.agent()
    assert event.event_type is EventType.STATEMENT and agent is not None and agent.country == "KOR"


def test_decided_plan_is_not_dated_by_the_day_of_decision() -> None:
    body = "외교부는 5일 일본과 회담을 열고 공동연구를 시작하기로 했다."
    events = {e.event_type: e for e in _events(body)}
    assert events[EventType.BILATERAL_TALKS].modality is Modality.OCCURRED
    assert events[EventType.BILATERAL_TALKS].event_date == date(2025, 3, 5)
    assert events[EventType.COOPERATION].modality is Modality.PLANNED
    assert events[EventType.COOPERATION].event_date is None


def test_deadline_and_fiscal_year_do_not_date_the_action() -> None:
    (event,) = _events("한국 정부는 2030년까지 반도체에 10조원을 투자하기로 했다.")
    assert event.event_type is EventType.INVESTMENT and event.event_date is None


def test_contents_of_a_plan_are_not_events() -> None:
    body = "한국 정부는 4일 인공지능 예산안을 발표했다. 예산안에 따르면 정부는 데이터센터에 5천억원을 투입한다."
    assert [e.event_type for e in _events(body)] == [EventType.INVESTMENT]


def test_forum_between_two_countries_stays_a_meeting() -> None:
    (event,) = _events("한국 과학기술정보통신부는 12일 서울에서 '한미 인공지능 포럼'을 개최했다.")
    assert event.event_type is EventType.MEETING


def test_collective_body_has_no_agent_country() -> None:
    (event,) = _events("주요 7개국(G7) 정상들은 20일 인공지능 규범에 관한 공동성명을 채택했다.")
    agent = event.agent()
    assert event.event_type is EventType.AGREEMENT and agent is not None and agent.country is None


def test_decided_action_is_the_event_unless_the_decision_is_one() -> None:
    (decision,) = _events("한국 정부는 반도체에 10조원을 투자하기로 결정했다.")
    assert (decision.event_type, decision.modality) == (EventType.INVESTMENT, Modality.PLANNED)
    (agreement,) = _events("한국 과학기술정보통신부는 일본과 공동연구를 시작하기로 합의했다.")
    assert (agreement.event_type, agreement.modality) == (EventType.AGREEMENT, Modality.OCCURRED)
    assert _counterparts(agreement) == {"JPN"}


def test_member_countries_of_a_bloc_are_counterparts() -> None:
    (event,) = _events("한국 외교부 장관은 G7 국가들과의 인공지능 공동연구를 제안했다.")
    assert event.event_type is EventType.PROPOSAL
    assert _counterparts(event) == {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}


def test_a_visitor_keeps_the_country_written_with_his_name() -> None:
    body = (
        "한국 외교부 장관은 12일 방한 중인 라훌 싱 인도 외교부 장관과 회담했다.\n\n"
        "라훌 싱 장관은 13일 대전의 연구기관을 방문할 예정이다."
    )
    events = _events(body)
    visit = next(e for e in events if e.event_type is EventType.VISIT)
    agent = visit.agent()
    assert agent is not None and agent.country == "IND"


def test_an_institution_explaining_its_own_action_is_no_statement() -> None:
    body = (
        "한국 우주항공청은 5일 미국 항공우주국(NASA)과 연구협약을 맺었다. "
        "우주항공청은 이번 협약으로 협력 기회가 넓어졌다고 설명했다. "
        "또 국제무대에서 기술력을 인정받을 발판이 마련됐다고 덧붙였다."
    )
    assert [e.event_type for e in _events(body)] == [EventType.AGREEMENT]


def test_a_pronoun_speaker_is_the_official_named_before() -> None:
    events = _events("캐나다 총리는 4일 AI 전략을 발표했다. 그는 AI가 경제를 바꿀 것이라고 강조했다.")
    assert [e.event_type for e in events] == [EventType.POLICY_ANNOUNCEMENT, EventType.STATEMENT]
    agent = events[1].agent()
    assert agent is not None and agent.country == "CAN"
