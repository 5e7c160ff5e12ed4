"""Kill -9 a consumer mid-stream and start it again: no article is lost, none is stored twice."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.sql import Executable

from services.core.db.models import Article, ConsumerOffset
from services.core.settings import Settings
from tests.integration.helpers import eventually, publish, read_topic, scalar

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ARTICLES = 300


def _env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": settings.kafka.bootstrap_servers,
        "DATABASE_URL": settings.database.database_url,
        "DATABASE_SCHEMA": settings.database.database_schema,
        "TOPIC_RAW": settings.topics.raw,
        "TOPIC_ACCEPTED": settings.topics.accepted,
        "TOPIC_EVENTS": settings.topics.events,
        "TOPIC_DLQ": settings.topics.dlq,
        "TOPIC_PARTITIONS": str(settings.topics.partitions),
        "CONSUMER_GROUP_PREFIX": settings.consumer.group_prefix,
        "CONSUMER_BATCH_MAX_RECORDS": "10",
    }


async def _start_ingest(settings: Settings) -> asyncio.subprocess.Process:
    cli = Path(sys.executable).with_name("policy-events")
    return await asyncio.create_subprocess_exec(
        str(cli), "serve", "ingest", env=_env(settings),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )


async def _count(settings: Settings, query: Executable) -> int:
    return int(await scalar(settings, query) or 0)


async def test_killed_ingest_resumes_without_loss_or_duplicates(pipeline_settings: Settings) -> None:
    settings = pipeline_settings
    articles = [
        json.dumps({"id": f"crash-{i}", "body": f"The ministry funded lab number {i} on Monday.", "language": "en"})
        for i in range(ARTICLES)
    ]
    await publish(settings, [a.encode() for a in articles])

    process = await _start_ingest(settings)
    stored = select(func.count()).select_from(Article)
    await eventually(lambda: _count(settings, stored), within=60)  # kill as soon as the first rows are in
    process.send_signal(signal.SIGKILL)
    await process.wait()

    process = await _start_ingest(settings)
    try:
        async def all_in() -> bool:
            return await _count(settings, stored) == ARTICLES
        await eventually(all_in, within=90)
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()

    assert await _count(settings, stored) == ARTICLES
    next_offsets = select(func.sum(ConsumerOffset.next_offset)).where(ConsumerOffset.topic == settings.topics.raw)
    assert await _count(settings, next_offsets) == ARTICLES
    accepted = await read_topic(settings, settings.topics.accepted, count=ARTICLES, within=30)
    assert {r.key for r in accepted} == {f"crash-{i}".encode() for i in range(ARTICLES)}
