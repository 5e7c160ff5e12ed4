"""The REST API against a real Postgres: filters, keyset pages, errors, readiness, the contract."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from fastapi import FastAPI
from sqlalchemy import NullPool
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from services.api.app import create_app
from services.api.cursor import SortKey, encode_cursor
from services.core.contracts import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventType,
    Evidence,
    Location,
    Modality,
    Role,
    Topic,
)
from services.core.db.migrate import ensure_schema
from services.core.db.models import Article, EventRow
from services.core.db.session import connect_args
from services.core.settings import ApiSettings, DatabaseSettings, Settings
from tests.conftest import drop_schema, random_schema_name

pytestmark = pytest.mark.integration

EVENT_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "contracts" / "event.schema.json").read_text())
MAX_LIMIT = 7
DEFAULT_LIMIT = 4


URL_ID = "https://example.org/news/3"
ARTICLES = {
    "art-ko-1": ("ko", "과학기술정보통신부는 8일 캐나다 몬트리올에서 열린 G7 장관회의에 참석했다."),
    "art-en-1": ("en", "The ministry signed a quantum research pact with Japan on Monday."),
    URL_ID: ("en", "Officials stressed that chip supply chains need resilience."),
}


@dataclass(frozen=True)
class Seed:
    event_id: str
    article_id: str
    event_type: EventType
    country: str | None
    day: date | None
    topics: tuple[Topic, ...]
    modality: Modality = Modality.OCCURRED


T = Topic
SEEDS = [
    Seed("ev-01", "art-ko-1", EventType.MEETING, "KOR", date(2025, 12, 8), (T.AI, T.QUANTUM)),
    Seed("ev-02", "art-ko-1", EventType.POLICY_ANNOUNCEMENT, "KOR", date(2025, 12, 8), (T.AI,), Modality.PLANNED),
    Seed("ev-03", "art-ko-1", EventType.BILATERAL_TALKS, "KOR", date(2025, 12, 9), (T.AI_SAFETY,)),
    Seed("ev-04", "art-ko-1", EventType.STATEMENT, "KOR", None, (T.AI,)),
    Seed("ev-05", "art-en-1", EventType.AGREEMENT, "USA", date(2025, 11, 3), (T.QUANTUM,)),
    Seed("ev-06", "art-en-1", EventType.COOPERATION, "JPN", date(2025, 11, 3), (T.QUANTUM, T.RESEARCH)),
    Seed("ev-07", "art-en-1", EventType.MEETING, None, date(2024, 6, 13), ()),
    Seed("ev-08", "art-en-1", EventType.STATEMENT, "USA", None, (T.SEMICONDUCTORS,)),
    Seed("ev-09", URL_ID, EventType.STATEMENT, "EUU", date(2025, 1, 1), (T.SEMICONDUCTORS, T.SUPPLY_CHAIN)),
    Seed("ev-10", URL_ID, EventType.REGULATION, "EUU", date(2025, 1, 1), (T.AI,), Modality.NEGATED),
    Seed("ev-11", URL_ID, EventType.INVESTMENT, "KOR", date(2025, 12, 8), (T.COMPUTE_INFRA,)),
]


def build_event(index: int, seed: Seed) -> Event:
    body = ARTICLES[seed.article_id][1]
    return Event(
        event_id=seed.event_id,
        event_type=seed.event_type,
        modality=seed.modality,
        trigger="attended",
        actors=[
            Actor(
                text="the ministry", name="Ministry", kind=ActorKind.GOVERNMENT, country=seed.country, role=Role.AGENT
            ),
            Actor(text="Japan", name="Japan", kind=ActorKind.COUNTRY, country="JPN", role=Role.COUNTERPART),
        ],
        location=Location(text="Montreal", city="Montreal", country="CAN") if index % 2 else None,
        event_date=seed.day,
        date_precision=DatePrecision.DAY if seed.day else None,
        date_text="8일" if seed.day else None,
        topics=list(seed.topics),
        initiatives=["APEC AI Initiative"] if index == 0 else [],
        # Distinct offsets give the article's events a text order that differs from id order.
        evidence=Evidence(text=body, start=100 - index, end=100 - index + len(body)),
        confidence=0.8,
    )


EVENTS = [build_event(index, seed) for index, seed in enumerate(SEEDS)]
ARTICLE_OF = {seed.event_id: seed.article_id for seed in SEEDS}


def listing_order(events: list[Event]) -> list[str]:
    """The API's documented order: newest event_date first, undated last, ties by event_id descending."""
    ranked = sorted(events, key=lambda e: (e.event_date or date.min, e.event_id), reverse=True)
    return [event.event_id for event in ranked]


def event_row(event: Event) -> EventRow:
    agent = event.agent()
    article_id = ARTICLE_OF[event.event_id]
    return EventRow(
        event_id=event.event_id,
        article_id=article_id,
        extractor_version="test-1",
        event_type=event.event_type.value,
        modality=event.modality.value,
        agent_country=agent.country if agent else None,
        event_date=event.event_date,
        topics=[topic.value for topic in event.topics],
        language=ARTICLES[article_id][0],
        confidence=event.confidence,
        payload=event.model_dump(mode="json"),
    )


def article_row(article_id: str) -> Article:
    language, body = ARTICLES[article_id]
    return Article(
        article_id=article_id,
        url=article_id if article_id.startswith("https://") else None,
        source="test wire",
        title=f"Title of {article_id}",
        body=body,
        language=language,
        published_at=datetime(2025, 12, 9, 6, 0, tzinfo=UTC),
        metadata_={"section": "tech"},
        content_hash="0" * 64,
        extractor_version="test-1",
        event_count=sum(1 for seed in SEEDS if seed.article_id == article_id),
    )


async def seed(database: DatabaseSettings) -> None:
    engine = create_async_engine(database.database_url, poolclass=NullPool, connect_args=connect_args(database))
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            session.add_all([article_row(article_id) for article_id in ARTICLES])
            await session.flush()
            session.add_all([event_row(event) for event in EVENTS])
    finally:
        await engine.dispose()


def api_settings(database: DatabaseSettings) -> Settings:
    return Settings(database=database, api=ApiSettings(default_limit=DEFAULT_LIMIT, max_limit=MAX_LIMIT))


@asynccontextmanager
async def running_client(app: FastAPI, *, raise_app_exceptions: bool = True) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan started, behind an in-process HTTP client."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
            yield client


@pytest.fixture(scope="module")
async def client(module_database: DatabaseSettings) -> AsyncIterator[httpx.AsyncClient]:
    await seed(module_database)
    async with running_client(create_app(api_settings(module_database))) as client:
        yield client


async def walk(client: httpx.AsyncClient, params: dict[str, Any] | list[tuple[str, Any]]) -> list[list[str]]:
    """Every page of /events for these filters, following next_cursor to the end."""
    pages: list[list[str]] = []
    cursor: str | None = None
    while True:
        query = list(params.items()) if isinstance(params, dict) else list(params)
        response = await client.get("/events", params=query + ([("cursor", cursor)] if cursor else []))
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append([item["event_id"] for item in body["items"]])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages
        assert len(pages) <= len(EVENTS), "pagination does not end"


async def all_ids(client: httpx.AsyncClient, params: dict[str, Any] | list[tuple[str, Any]]) -> list[str]:
    return [event_id for page in await walk(client, params) for event_id in page]


def expected(predicate: Callable[[Event], bool]) -> list[str]:
    return listing_order([event for event in EVENTS if predicate(event)])


def agent_country(event: Event) -> str | None:
    agent = event.agent()
    return agent.country if agent else None


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert "Traceback" not in response.text
    return error


# --- listing and filters ---------------------------------------------------------------


async def test_events_are_listed_newest_first_with_undated_last(client: httpx.AsyncClient) -> None:
    ids = await all_ids(client, {})
    assert ids == listing_order(EVENTS)
    assert ids[-2:] == ["ev-08", "ev-04"]


async def test_default_limit_applies_when_none_is_given(client: httpx.AsyncClient) -> None:
    body = (await client.get("/events")).json()
    assert len(body["items"]) == DEFAULT_LIMIT
    assert body["next_cursor"]


@pytest.mark.parametrize(
    "params",
    [
        [("event_type", "STATEMENT")],
        [("event_type", "statement")],
        [("event_type", "STATEMENT"), ("event_type", "MEETING")],
        [("event_type", "STATEMENT,MEETING")],
    ],
)
async def test_event_type_filter_matches_any_given_type(
    client: httpx.AsyncClient, params: list[tuple[str, str]]
) -> None:
    wanted = {value.upper() for _, joined in params for value in joined.split(",")}
    assert await all_ids(client, params) == expected(lambda e: e.event_type.value in wanted)


async def test_country_filter_is_case_insensitive_and_repeatable(client: httpx.AsyncClient) -> None:
    assert await all_ids(client, {"country": "kor"}) == expected(lambda e: agent_country(e) == "KOR")
    both = await all_ids(client, [("country", "USA"), ("country", "euu")])
    assert both == expected(lambda e: agent_country(e) in {"USA", "EUU"})


async def test_topic_filter_matches_events_having_any_topic(client: httpx.AsyncClient) -> None:
    assert await all_ids(client, {"topic": "QUANTUM"}) == expected(lambda e: Topic.QUANTUM in e.topics)
    either = await all_ids(client, {"topic": "SUPPLY_CHAIN,AI_SAFETY"})
    assert either == expected(lambda e: bool({Topic.SUPPLY_CHAIN, Topic.AI_SAFETY} & set(e.topics)))


async def test_date_range_is_inclusive_and_excludes_undated_events(client: httpx.AsyncClient) -> None:
    ids = await all_ids(client, {"date_from": "2025-11-03", "date_to": "2025-12-08"})
    assert ids == expected(
        lambda e: e.event_date is not None and date(2025, 11, 3) <= e.event_date <= date(2025, 12, 8)
    )
    assert await all_ids(client, {"date_to": "2025-01-01"}) == ["ev-10", "ev-09", "ev-07"]
    assert await all_ids(client, {"date_from": "2025-12-09"}) == ["ev-03"]


async def test_language_filter(client: httpx.AsyncClient) -> None:
    assert await all_ids(client, {"language": "KO"}) == expected(lambda e: ARTICLES[ARTICLE_OF[e.event_id]][0] == "ko")


async def test_article_id_filter(client: httpx.AsyncClient) -> None:
    article_id = URL_ID
    assert await all_ids(client, {"article_id": article_id}) == expected(lambda e: ARTICLE_OF[e.event_id] == article_id)


async def test_filters_combine_with_and(client: httpx.AsyncClient) -> None:
    params = {"country": "KOR", "topic": "AI", "date_from": "2025-12-01", "event_type": "MEETING,POLICY_ANNOUNCEMENT"}
    assert await all_ids(client, params) == ["ev-02", "ev-01"]
    assert await all_ids(client, {"country": "JPN", "language": "ko"}) == []


async def test_served_events_carry_their_article_and_language(client: httpx.AsyncClient) -> None:
    item = (await client.get("/events", params={"article_id": "art-en-1", "limit": 1})).json()["items"][0]
    assert item["article_id"] == "art-en-1"
    assert item["language"] == "en"


# --- pagination ------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 2, 3, MAX_LIMIT])
async def test_pages_cover_every_row_exactly_once_in_order(client: httpx.AsyncClient, limit: int) -> None:
    pages = await walk(client, {"limit": limit})
    ids = [event_id for page in pages for event_id in page]
    assert ids == listing_order(EVENTS)
    assert len(ids) == len(set(ids))
    assert all(len(page) == limit for page in pages[:-1])
    assert 1 <= len(pages[-1]) <= limit


async def test_last_page_has_no_cursor_when_rows_fit_exactly(client: httpx.AsyncClient) -> None:
    body = (await client.get("/events", params={"country": "USA", "limit": 2})).json()
    assert len(body["items"]) == 2
    assert body["next_cursor"] is None


async def test_cursor_from_an_undated_row_continues_among_undated_rows(client: httpx.AsyncClient) -> None:
    cursor = encode_cursor(SortKey(event_date=None, event_id="ev-08"))
    body = (await client.get("/events", params={"cursor": cursor})).json()
    assert [item["event_id"] for item in body["items"]] == ["ev-04"]


async def test_limit_above_the_maximum_is_rejected(client: httpx.AsyncClient) -> None:
    error = assert_error(await client.get("/events", params={"limit": MAX_LIMIT + 1}), 422, "validation_error")
    assert f"maximum of {MAX_LIMIT}" in error["message"]
    assert error["details"][0]["location"] == "query.limit"


async def test_limit_below_one_is_rejected(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/events", params={"limit": 0}), 422, "validation_error")


@pytest.mark.parametrize(
    "cursor", ["not a cursor!", "bm90IGpzb24", "WzEsMl0", "WyIyMDI1LTEzLTQwIiwiZXYtMDEiXQ", "x" * 2000]
)
async def test_bad_cursor_is_a_400(client: httpx.AsyncClient, cursor: str) -> None:
    assert_error(await client.get("/events", params={"cursor": cursor}), 400, "invalid_cursor")


# --- validation errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({"event_type": "PARTY"}, "query.event_type"),
        ({"event_type": "MEETING,PARTY"}, "query.event_type"),
        ({"country": "KR"}, "query.country"),
        ({"country": "K0R"}, "query.country"),
        ({"topic": "ROBOTS"}, "query.topic"),
        ({"date_from": "2025-13-01"}, "query.date_from"),
        ({"date_to": "yesterday"}, "query.date_to"),
        ({"date_from": "2025-12-09", "date_to": "2025-12-01"}, "query.date_from"),
        ({"language": "korean!"}, "query.language"),
    ],
)
async def test_invalid_filters_are_422_with_the_parameter_named(
    client: httpx.AsyncClient, params: dict[str, str], location: str
) -> None:
    error = assert_error(await client.get("/events", params=params), 422, "validation_error")
    assert [detail["location"] for detail in error["details"]] == [location]


# --- single resources ------------------------------------------------------------------


async def test_event_by_id(client: httpx.AsyncClient) -> None:
    response = await client.get("/events/ev-05")
    assert response.status_code == 200
    body = response.json()
    assert body["event_id"] == "ev-05"
    served = {key: value for key, value in body.items() if key not in {"article_id", "language"}}
    assert served == EVENTS[4].model_dump(mode="json")
    assert (body["article_id"], body["language"]) == ("art-en-1", "en")


async def test_unknown_event_is_a_404(client: httpx.AsyncClient) -> None:
    error = assert_error(await client.get("/events/ev-99"), 404, "not_found")
    assert "ev-99" in error["message"]


async def test_article_with_its_events_in_text_order(client: httpx.AsyncClient) -> None:
    response = await client.get("/articles/art-ko-1")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["language"] == "ko"
    assert body["metadata"] == {"section": "tech"}
    assert body["event_count"] == 4
    starts = [event["evidence"]["start"] for event in body["events"]]
    assert starts == sorted(starts)
    assert {event["event_id"] for event in body["events"]} == {"ev-01", "ev-02", "ev-03", "ev-04"}


async def test_article_ids_may_be_urls(client: httpx.AsyncClient) -> None:
    response = await client.get("/articles/https://example.org/news/3")
    assert response.status_code == 200, response.text
    assert response.json()["article_id"] == "https://example.org/news/3"


async def test_unknown_article_and_unknown_route_are_404(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/articles/nope"), 404, "not_found")
    assert_error(await client.get("/no/such/route"), 404, "not_found")
    assert_error(await client.post("/events"), 405, "method_not_allowed")


# --- the contract ----------------------------------------------------------------------


async def test_every_served_event_validates_against_the_event_schema(client: httpx.AsyncClient) -> None:
    validator = jsonschema.Draft202012Validator(EVENT_SCHEMA, format_checker=jsonschema.FormatChecker())
    served: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        body = (
            await client.get("/events", params={"limit": MAX_LIMIT} | ({"cursor": cursor} if cursor else {}))
        ).json()
        served.extend(body["items"])
        if not (cursor := body["next_cursor"]):
            break
    served.append((await client.get("/events/ev-01")).json())
    served.extend((await client.get("/articles/art-en-1")).json()["events"])
    assert len(served) == len(EVENTS) + 1 + 4
    for event in served:
        validator.validate(event)


async def test_openapi_document_and_docs_page(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert {"/events", "/events/{event_id}", "/healthz", "/readyz"} <= set(spec["paths"])
    assert (await client.get("/docs")).status_code == 200


# --- health ----------------------------------------------------------------------------


async def test_healthz_is_always_ok(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_readyz_is_ready_on_a_migrated_schema(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert (response.status_code, response.json()["status"]) == (200, "ready")


@pytest.mark.parametrize("schema_exists", [False, True], ids=["no-schema", "empty-schema"])
async def test_readyz_is_503_on_an_unmigrated_schema(postgres_url: str, schema_exists: bool) -> None:
    database = DatabaseSettings(database_url=postgres_url, database_schema=random_schema_name("unmigrated"))
    if schema_exists:
        await ensure_schema(database)
    try:
        async with running_client(create_app(api_settings(database))) as client:
            response = await client.get("/readyz")
    finally:
        await drop_schema(database)
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert "migrate" in response.json()["reason"]


@pytest.fixture
def unreachable_database() -> Iterator[DatabaseSettings]:
    # Port 9 (discard) on loopback: nothing listens there in a test environment.
    yield DatabaseSettings(database_url="postgresql+asyncpg://nobody:nothing@127.0.0.1:9/none")


async def test_readyz_is_503_when_the_database_does_not_answer(unreachable_database: DatabaseSettings) -> None:
    async with running_client(create_app(api_settings(unreachable_database))) as client:
        response = await client.get("/readyz")
        health = await client.get("/healthz")
    assert response.status_code == 503
    assert "database unavailable" in response.json()["reason"]
    assert health.status_code == 200


async def test_unexpected_failure_is_a_generic_500(unreachable_database: DatabaseSettings) -> None:
    app = create_app(api_settings(unreachable_database))
    async with running_client(app, raise_app_exceptions=False) as client:
        response = await client.get("/events")
    error = assert_error(response, 500, "internal_error")
    assert error["message"] == "internal server error"
    assert "nobody" not in response.text and "127.0.0.1" not in response.text
