"""FastAPI dependencies: the per-request session and the application's settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.core.settings import ApiSettings, Settings


@dataclass
class AppState:
    """What the application keeps between requests; the session factory exists while it runs."""

    settings: Settings
    session_factory: async_sessionmaker[AsyncSession] | None = None


def app_state(request: Request) -> AppState:
    state = request.app.state.policy_events
    assert isinstance(state, AppState)
    return state


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; the API only reads, so nothing is committed."""
    factory = app_state(request).session_factory
    if factory is None:
        raise RuntimeError("the application's lifespan has not started: no database session factory")
    async with factory() as session:
        yield session


def get_api_settings(request: Request) -> ApiSettings:
    return app_state(request).settings.api


SessionDep = Annotated[AsyncSession, Depends(get_session)]
ApiSettingsDep = Annotated[ApiSettings, Depends(get_api_settings)]
