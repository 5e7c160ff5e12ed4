"""Running one consumer service as a process: topics, engine, producer, runner, clean shutdown."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import TypeVar

from services.core.consumer import BatchRunner, ConsumerSpec
from services.core.db.session import create_engine, create_session_factory
from services.core.metrics import serve_metrics
from services.core.producer import create_producer
from services.core.settings import Settings
from services.core.topics import ensure_topics

log = logging.getLogger(__name__)
T = TypeVar("T")


async def run_consumer_service(spec: ConsumerSpec[T], settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Consume `spec.topic` until SIGTERM/SIGINT (or `stop`), then close everything in order."""
    stop = stop or stop_on_signals()
    serve_metrics(settings.metrics_port, settings.metrics_host)
    await ensure_topics(settings.kafka, settings.topics, settings.consumer)
    engine = create_engine(settings.database)
    producer = create_producer(settings.kafka, settings.consumer)
    await producer.start()
    try:
        runner = BatchRunner(spec, settings=settings, sessions=create_session_factory(engine), producer=producer)
        log.info("%s: consuming %s as group %s", spec.service, spec.topic, spec.group_id)
        await runner.run(stop)
    finally:
        await producer.stop()
        await engine.dispose()
        log.info("%s: stopped", spec.service)


def stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop
