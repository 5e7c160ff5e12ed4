"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.api.deps import AppState
from services.api.errors import install_error_handlers
from services.api.routes import articles, events, health
from services.core.db import create_engine, create_session_factory
from services.core.settings import Settings, get_settings

DESCRIPTION = """\
Tech-policy events extracted from Korean and English news.

Errors are always `{"error": {"code", "message", "details"?}}`.
Lists are keyset-paginated: pass `next_cursor` back as `cursor`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; its lifespan opens the database engine and disposes of it on shutdown."""
    state = AppState(settings=settings or get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(state.settings.database)
        state.session_factory = create_session_factory(engine)
        try:
            yield
        finally:
            state.session_factory = None
            await engine.dispose()

    app = FastAPI(title="policy-events", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.policy_events = state
    install_error_handlers(app)
    for module in (health, events, articles):
        app.include_router(module.router)
    return app
