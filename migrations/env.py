"""Alembic environment: async engine, schema-scoped, settings from DatabaseSettings.

Two ways in:
- `services.core.db.migrate.upgrade_to_head` hands over an open connection in
  `config.attributes["connection"]` (already inside the schema);
- the `alembic` command line, which builds its own engine here.
Either way the target schema is created if missing and every statement runs
with search_path set to it. The version table is deliberately left unqualified:
search_path puts it in the schema too, and autogenerate then recognises it as
its own (a schema-qualified version table would show up as a table to drop).
One database can so hold many independent schemas (tests use that).
"""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from services.core.db.migrate import ensure_schema, quoted_schema
from services.core.db.models import Base
from services.core.db.session import connect_args
from services.core.settings import DatabaseSettings

config = context.config
target_metadata = Base.metadata


def database_settings() -> DatabaseSettings:
    given = config.attributes.get("database_settings")
    return given if isinstance(given, DatabaseSettings) else DatabaseSettings()


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine() -> None:
    settings = database_settings()
    await ensure_schema(settings)
    engine = create_async_engine(
        settings.database_url, poolclass=pool.NullPool, connect_args=connect_args(settings)
    )
    try:
        async with engine.connect() as connection:
            await connection.run_sync(run_migrations)
            await connection.commit()
    finally:
        await engine.dispose()


def run_offline() -> None:
    settings = database_settings()
    context.configure(
        url=settings.database_url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        schema = quoted_schema(settings)
        context.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        context.execute(f"SET search_path TO {schema}")
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
elif isinstance(shared := config.attributes.get("connection"), Connection):
    run_migrations(shared)
else:
    if config.config_file_name is not None:
        fileConfig(config.config_file_name)
    asyncio.run(run_with_own_engine())
