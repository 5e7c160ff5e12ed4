"""Postgres drops the service's connections mid-stream: the batch is retried, nothing is dead-lettered or lost."""

from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import func, select, text

from services.core.db.models import Article
from services.core.settings import Settings
from tests.integration.helpers import eventually, publish, read_topic, running_services, scalar, session_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ARTICLES = 200
OUTAGE_SECONDS = 4.0


async def _kill_connections(settings: Settings, application_name: str) -> int:
    """Terminate every server backend of the service under test (a real connection loss for it)."""
    async with session_for(settings) as session:
        killed = await session.scalar(
            text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"),
            {"name": application_name},
        )
        return int(killed or 0)


async def _keep_killing(settings: Settings, application_name: str, seconds: float) -> int:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    killed = 0
    while loop.time() < deadline:
        killed += await _kill_connections(settings, application_name)
        await asyncio.sleep(0.05)
    return killed


async def test_lost_database_connections_delay_but_never_lose_or_dead_letter(pipeline_settings: Settings) -> None:
    observer = pipeline_settings
    service_name = f"ingest-under-test-{observer.database.database_schema}"
    service = observer.model_copy(
        update={"database": observer.database.model_copy(update={"database_application_name": service_name})}
    )
    service.consumer.batch_max_records = 5
    articles = [
        json.dumps({"id": f"outage-{i}", "body": f"The agency opened data centre {i} on Friday.", "language": "en"})
        for i in range(ARTICLES)
    ]
    stored = select(func.count()).select_from(Article)
    async with running_services(service, "ingest"):
        await publish(service, [a.encode() for a in articles])
        killed = await _keep_killing(observer, service_name, OUTAGE_SECONDS)

        async def all_in() -> bool:
            return int(await scalar(observer, stored)) == ARTICLES

        await eventually(all_in, within=60)
    assert killed > 0, "the outage never hit the service's connections"
    assert await read_topic(observer, observer.topics.dlq, count=1, within=3) == []
    accepted = await read_topic(observer, observer.topics.accepted, count=ARTICLES, within=30)
    assert {r.key for r in accepted} >= {f"outage-{i}".encode() for i in range(ARTICLES)}
