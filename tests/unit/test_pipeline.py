"""The extractor end to end: dispatch, schema validity, ids, evidence offsets, title rule."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from services.core.contracts import AcceptedArticle, EventType
from services.extract.identity import event_id, unique_keys
from services.extract.pipeline import extract_events, get_extractor
from services.extract.version import EXTRACTOR_VERSION

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "contracts" / "event.schema.json").read_text())

BODY = (
    "과학기술정보통신부는 김민수 제1차관이 11일 프랑스 파리에서 열리는 인공지능 장관회의에 참석한다고 밝혔다.\n\n"
    "김 차관은 회의 기간에 프랑스 대표와 만나 공동연구를 논의하고 한국의 인공지능 전략을 소개할 예정이다.\n\n"
    "김 차관은 국제 공조가 중요하다고 강조했다."
)


def _article(body: str = BODY, **extra: object) -> AcceptedArticle:
    fields: dict[str, object] = {
        "article_id": "a-1",
        "language": "ko",
        "body": body,
        "title": "김민수 1차관, 파리 인공지능 장관회의 참석",
        "published_at": "2025-03-10T09:00:00+09:00",
    }
    fields.update(extra)
    return AcceptedArticle.model_validate(fields)


def test_events_are_valid_against_the_contract() -> None:
    events = extract_events(_article())
    assert events
    for event in events:
        jsonschema.validate(event.model_dump(mode="json"), SCHEMA)


def test_evidence_points_into_the_body() -> None:
    for event in extract_events(_article()):
        assert BODY[event.evidence.start : event.evidence.end] == event.evidence.text
        assert 0 < event.confidence <= 1


def test_ids_are_deterministic_and_distinct() -> None:
    first = [e.event_id for e in extract_events(_article())]
    second = [e.event_id for e in get_extractor().extract(_article())]
    assert first == second
    assert len(set(first)) == len(first)
    other = [e.event_id for e in extract_events(_article(article_id="a-2"))]
    assert not set(first) & set(other)


def test_event_id_depends_on_version_and_key() -> None:
    assert event_id("a", EXTRACTOR_VERSION, "k") == event_id("a", EXTRACTOR_VERSION, "k")
    assert event_id("a", EXTRACTOR_VERSION, "k") != event_id("a", "other-version", "k")
    assert unique_keys(["k", "k", "j"]) == ["k", "k#1", "j"]


def test_cameo_codes_follow_the_type() -> None:
    codes = {e.event_type: e.cameo_code for e in extract_events(_article())}
    assert codes[EventType.MEETING] == "044"


def test_unknown_language_gives_no_events() -> None:
    assert extract_events(_article(language="fr")) == []
    assert extract_events(_article(language="und")) == []


def test_title_alone_never_creates_an_event() -> None:
    article = _article(body="인공지능에 대한 관심이 높아지고 있다.", title="과학기술정보통신부 장관, 파리 회의 참석")
    assert extract_events(article) == []


def test_the_title_raises_confidence_of_the_event_it_reports() -> None:
    with_title = {e.event_type: e.confidence for e in extract_events(_article())}
    without = {e.event_type: e.confidence for e in extract_events(_article(title=None))}
    assert with_title[EventType.MEETING] > without[EventType.MEETING]


def test_actions_inside_the_trip_take_its_first_day() -> None:
    events = extract_events(_article())
    by_type = {e.event_type: e for e in events}
    assert by_type[EventType.MEETING].event_date is not None
    assert by_type[EventType.POLICY_ANNOUNCEMENT].event_date == by_type[EventType.MEETING].event_date
    assert by_type[EventType.STATEMENT].event_date is None  # an occurred remark is not inside a future trip


def test_actions_inside_the_trip_happen_where_it_happens() -> None:
    by_type = {e.event_type: e for e in extract_events(_article())}
    meeting, talks = by_type[EventType.MEETING], by_type[EventType.BILATERAL_TALKS]
    assert meeting.location is not None and meeting.location.country == "FRA"
    assert talks.location == meeting.location
    assert by_type[EventType.STATEMENT].location is None
