"""The async engine and session factory; every connection uses the configured schema."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from services.core.settings import DatabaseSettings


def connect_args(settings: DatabaseSettings) -> dict[str, Any]:
    """asyncpg arguments that put every session inside the configured schema, under our name."""
    return {
        "server_settings": {
            "search_path": settings.database_schema,
            "application_name": settings.database_application_name,
        }
    }


def create_engine(settings: DatabaseSettings) -> AsyncEngine:
    return create_async_engine(
        settings.database_url,
        pool_size=settings.database_pool_size,
        pool_pre_ping=True,
        connect_args=connect_args(settings),
    )


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
