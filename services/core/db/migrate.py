"""Run the Alembic migrations programmatically and tell whether a database is at head."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, NullPool, text
from sqlalchemy.dialects.postgresql.base import PGDialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.orm import Session

from services.core.db.session import connect_args
from services.core.settings import DatabaseSettings

# Resolved from this file, not the working directory: services/core/db/ -> repo root.
MIGRATIONS_DIR = Path(__file__).resolve().parents[3] / "migrations"


def quoted_schema(settings: DatabaseSettings) -> str:
    preparer = PGDialect().identifier_preparer  # type: ignore[no-untyped-call]
    return preparer.quote_schema(settings.database_schema)


def alembic_config(settings: DatabaseSettings | None = None) -> Config:
    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise FileNotFoundError(f"Alembic migrations not found at {MIGRATIONS_DIR}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if settings is not None:
        config.attributes["database_settings"] = settings
    return config


def _engine(settings: DatabaseSettings, arguments: dict[str, Any]) -> AsyncEngine:
    return create_async_engine(settings.database_url, poolclass=NullPool, connect_args=arguments)


async def ensure_schema(settings: DatabaseSettings) -> None:
    """Create the configured schema if it does not exist yet."""
    engine = _engine(settings, {})
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {quoted_schema(settings)}"))
    finally:
        await engine.dispose()


def _upgrade(connection: Connection, settings: DatabaseSettings) -> None:
    # Serialises concurrent migrators of the same schema (e.g. several containers starting).
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:schema))"), {"schema": settings.database_schema})
    config = alembic_config(settings)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def upgrade_to_head(settings: DatabaseSettings) -> None:
    """Create the schema if needed and apply every migration up to head, in one transaction."""
    await ensure_schema(settings)
    engine = _engine(settings, connect_args(settings))
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_upgrade, settings)
    finally:
        await engine.dispose()


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def _current_revisions(bound: Connection | Session) -> frozenset[str]:
    connection = bound.connection() if isinstance(bound, Session) else bound
    # No version_table_schema: the version table is found through the connection's search_path.
    return frozenset(MigrationContext.configure(connection).get_current_heads())


async def current_revisions(session_or_conn: AsyncSession | AsyncConnection) -> frozenset[str]:
    return await session_or_conn.run_sync(_current_revisions)


async def current_is_head(session_or_conn: AsyncSession | AsyncConnection) -> bool:
    """True when the schema the connection sees has every migration applied."""
    return await current_revisions(session_or_conn) == head_revisions()
