"""Running one consumer service as a process: topics, engine, producer, runner, clean shutdown."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_delay, wait_exponential_jitter

from services.core.consumer import BatchRunner, ConsumerSpec
from services.core.db.session import create_engine, create_session_factory
from services.core.errors import is_transient
from services.core.metrics import serve_metrics
from services.core.producer import create_producer
from services.core.settings import Settings
from services.core.topics import ensure_topics

log = logging.getLogger(__name__)
T = TypeVar("T")
STARTUP_PATIENCE_SECONDS = 120


async def run_consumer_service(spec: ConsumerSpec[T], settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Consume `spec.topic` until SIGTERM/SIGINT (or `stop`), then close everything in order."""
    stop = stop or stop_on_signals()
    serve_metrics(settings.metrics_port, settings.metrics_host)
    await _patiently(lambda: ensure_topics(settings.kafka, settings.topics, settings.consumer))
    engine = create_engine(settings.database)
    producer = create_producer(settings.kafka, settings.consumer)
    await _patiently(producer.start)
    try:
        runner = BatchRunner(spec, settings=settings, sessions=create_session_factory(engine), producer=producer)
        log.info("%s: consuming %s as group %s", spec.service, spec.topic, spec.group_id)
        await runner.run(stop)
    finally:
        await producer.stop()
        await engine.dispose()
        log.info("%s: stopped", spec.service)


async def _patiently(start: Callable[[], Awaitable[object]]) -> None:
    """Retry a start-up step while the broker is still coming up (compose starts everything at once)."""
    retrying = AsyncRetrying(
        retry=retry_if_exception(is_transient),
        wait=wait_exponential_jitter(multiplier=0.5, max=10),
        stop=stop_after_delay(STARTUP_PATIENCE_SECONDS),
        before_sleep=_log_retry,
        reraise=True,
    )
    async for attempt in retrying:
        with attempt:
            await start()


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    log.warning("start-up step failed (%s); retrying", error)


def stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop
