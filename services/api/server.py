"""Run the API under uvicorn on settings.api.host:port."""

from __future__ import annotations

import uvicorn

from services.api.app import create_app
from services.core.settings import Settings


def _config(settings: Settings) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(settings),
        host=settings.api.host,
        port=settings.api.port,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
    )


def run(settings: Settings) -> None:
    """Blocking: serve until interrupted (what `policy-events serve api` calls)."""
    uvicorn.Server(_config(settings)).run()


async def serve(settings: Settings) -> None:
    """The same inside an already running event loop."""
    await uvicorn.Server(_config(settings)).serve()
