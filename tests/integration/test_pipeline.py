"""An article's whole path on the real Kafka and Postgres: raw → ingest → extract → REST."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from sqlalchemy import func, select

from services.commands.batch_extract import extract_lines
from services.core.contracts import ExtractionResult
from services.core.db.models import Article, EventRow
from services.core.dlq import reason_headers
from services.core.settings import Settings
from tests.integration.helpers import (
    devset_article,
    eventually,
    publish,
    read_topic,
    running_services,
    scalar,
    session_for,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

EVENT_SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "contracts" / "event.schema.json").read_text())
MONTREAL = "ko-d-01"


def _message(article: dict[str, Any]) -> bytes:
    return json.dumps(article, ensure_ascii=False).encode()


async def _api_get(settings: Settings, path: str) -> httpx.Response:
    from services.api.app import create_app

    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            return await client.get(path)


async def _stored_events(settings: Settings, article_id: str) -> dict[str, dict[str, Any]]:
    async with session_for(settings) as session:
        rows = await session.execute(select(EventRow).where(EventRow.article_id == article_id))
        return {row.event_id: row.payload for row in rows.scalars()}


async def _extracted(settings: Settings, article_id: str) -> bool:
    query = select(Article.extractor_version).where(Article.article_id == article_id)
    return await scalar(settings, query) is not None


async def _article_rows(settings: Settings, article_id: str) -> int:
    return int(await scalar(settings, select(func.count()).where(Article.article_id == article_id)))


async def test_montreal_article_becomes_queryable_events(pipeline_settings: Settings) -> None:
    settings = pipeline_settings
    async with running_services(settings, "ingest", "extract"):
        await publish(settings, [_message(devset_article(MONTREAL))], keys=[MONTREAL.encode()])

        async def korean_events() -> list[dict[str, Any]] | None:
            response = await _api_get(settings, "/events?country=KOR")
            items: list[dict[str, Any]] = response.json()["items"]
            return items or None

        events = await eventually(korean_events, within=30)
        stored = await _stored_events(settings, MONTREAL)
        published = await read_topic(settings, settings.topics.events, count=len(stored))
    for event in events:
        jsonschema.validate(event, EVENT_SCHEMA)
    messages = [json.loads(r.value) for r in published]
    for message in messages:
        jsonschema.validate(message, EVENT_SCHEMA)
    assert {m["event_id"] for m in messages} == set(stored)
    assert {m["article_id"] for m in messages} == {MONTREAL}
    assert {e["event_type"] for e in events} >= {"MEETING"}
    assert all(any(a["role"] == "AGENT" and a["country"] == "KOR" for a in e["actors"]) for e in events)


async def test_publishing_twice_keeps_one_article_and_the_same_events(pipeline_settings: Settings) -> None:
    settings = pipeline_settings
    article = devset_article(MONTREAL)
    async with running_services(settings, "ingest", "extract"):
        await publish(settings, [_message(article)])
        await eventually(lambda: _extracted(settings, MONTREAL))
        first = await _stored_events(settings, MONTREAL)
        await publish(settings, [_message(article)])
        marker = {"id": "marker", "body": "The ministry said it would fund quantum labs.", "language": "en"}
        await publish(settings, [_message(marker)])  # same partition order is not guaranteed; wait for it too
        await eventually(lambda: _extracted(settings, "marker"))
    assert await _article_rows(settings, MONTREAL) == 1
    assert first
    assert await _stored_events(settings, MONTREAL) == first


async def test_bad_messages_go_to_the_dead_letter_topic_and_the_pipeline_goes_on(
    pipeline_settings: Settings,
) -> None:
    settings = pipeline_settings
    bad = [b"this is not json", json.dumps({"title": "no body here"}).encode(), os.urandom(2 * 1024 * 1024)]
    async with running_services(settings, "ingest", "extract"):
        await publish(settings, bad)
        await publish(settings, [_message(devset_article(MONTREAL))])
        await eventually(lambda: _extracted(settings, MONTREAL))
        letters = await read_topic(settings, settings.topics.dlq, count=3)
    assert len(letters) == 3
    reasons = sorted(reason_headers(list(r.headers))["reason"] for r in letters)
    assert reasons == ["invalid_article", "not_json", "not_utf8"]
    for letter in letters:
        why = reason_headers(list(letter.headers))
        assert why["topic"] == settings.topics.raw
        assert why["exception.message"]
    assert sorted(len(r.value) for r in letters)[-1] == 2 * 1024 * 1024


async def test_batch_extract_gives_exactly_the_stored_events(pipeline_settings: Settings) -> None:
    settings = pipeline_settings
    line = json.dumps(devset_article(MONTREAL), ensure_ascii=False)
    async with running_services(settings, "ingest", "extract"):
        await publish(settings, [line.encode()])
        await eventually(lambda: _extracted(settings, MONTREAL))
    stored = await _stored_events(settings, MONTREAL)
    [result] = list(extract_lines([line], max_bytes=settings.consumer.max_message_bytes))
    assert isinstance(result, ExtractionResult)
    batch = {e.event_id: e.model_dump(mode="json") for e in result.events}
    assert batch == stored
    assert batch
