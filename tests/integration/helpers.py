"""Small helpers for the pipeline tests: run the services, publish, poll, read a topic."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

from services.core.db.session import create_engine, create_session_factory
from services.core.settings import Settings

T = TypeVar("T")
REPO = Path(__file__).resolve().parents[2]


def devset_article(article_id: str) -> dict[str, Any]:
    for name in ("dev_ko.jsonl", "dev_en.jsonl"):
        for line in (REPO / "devset" / name).read_text(encoding="utf-8").splitlines():
            article: dict[str, Any] = json.loads(line)
            if article["id"] == article_id:
                return article
    raise KeyError(article_id)


@contextlib.asynccontextmanager
async def session_for(settings: Settings) -> AsyncIterator[AsyncSession]:
    """A session on the test's own schema, with its engine disposed afterwards."""
    engine = create_engine(settings.database)
    try:
        async with create_session_factory(engine)() as session:
            yield session
    finally:
        await engine.dispose()


async def scalar(settings: Settings, query: Executable) -> Any:
    async with session_for(settings) as session:
        return await session.scalar(query)


@contextlib.asynccontextmanager
async def running_services(settings: Settings, *names: str) -> AsyncIterator[None]:
    """Run the named consumer services in this process until the block ends."""
    from services.extract.service import serve as serve_extract
    from services.ingest.service import serve as serve_ingest

    serve = {"ingest": serve_ingest, "extract": serve_extract}
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve[name](settings, stop)) for name in names]
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=60)


async def publish(settings: Settings, values: list[bytes], *, keys: list[bytes | None] | None = None) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka.bootstrap_servers, max_request_size=settings.consumer.max_message_bytes
    )
    await producer.start()
    try:
        for value, key in zip(values, keys or [None] * len(values), strict=True):
            await producer.send_and_wait(settings.topics.raw, value=value, key=key)
    finally:
        await producer.stop()


async def eventually(probe: Callable[[], Awaitable[T | None]], *, within: float = 30.0) -> T:
    """Poll `probe` until it returns something truthy, or fail after `timeout` seconds."""
    deadline = time.monotonic() + within
    while True:
        result = await probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within:.0f}s")
        await asyncio.sleep(0.3)


async def read_topic(
    settings: Settings, topic: str, *, count: int, within: float = 30.0
) -> list[ConsumerRecord[bytes, bytes]]:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka.bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=settings.consumer.max_message_bytes + 64 * 1024,
    )
    await consumer.start()
    records: list[ConsumerRecord[bytes, bytes]] = []
    try:
        deadline = time.monotonic() + within
        while len(records) < count and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            records.extend(r for part in batch.values() for r in part)
    finally:
        await consumer.stop()
    return records
