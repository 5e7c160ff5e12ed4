"""`policy-events serve extract`: the consumer loop plus a process pool for the CPU-bound extractor."""

from __future__ import annotations

import asyncio

from services.core.service import run_consumer_service
from services.core.settings import Settings
from services.extract.handler import extract_spec
from services.extract.worker import create_pool


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    with create_pool(settings.extract.workers) as pool:
        await run_consumer_service(extract_spec(settings, pool), settings, stop)
