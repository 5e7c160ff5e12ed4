"""`policy-events serve ingest`."""

from __future__ import annotations

import asyncio

from services.core.service import run_consumer_service
from services.core.settings import Settings
from services.ingest.handler import ingest_spec


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    await run_consumer_service(ingest_spec(settings), settings, stop)
