"""The Alembic migrations against a real Postgres: they build exactly the table models."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, NullPool, inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

from services.core.db.migrate import (
    alembic_config,
    current_is_head,
    head_revisions,
    upgrade_to_head,
)
from services.core.db.models import Base
from services.core.db.session import connect_args
from services.core.settings import DatabaseSettings

pytestmark = pytest.mark.integration


def differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
    return list(compare_metadata(context, Base.metadata))


def table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def downgrade_to_base(connection: Connection, settings: DatabaseSettings) -> None:
    config = alembic_config(settings)
    config.attributes["connection"] = connection
    command.downgrade(config, "base")


async def run_in_schema(settings: DatabaseSettings, work: Any, *args: Any) -> Any:
    engine = create_async_engine(settings.database_url, poolclass=NullPool, connect_args=connect_args(settings))
    try:
        async with engine.begin() as connection:
            return await connection.run_sync(work, *args)
    finally:
        await engine.dispose()


async def test_autogenerate_finds_no_difference_between_models_and_migrations(
    test_database: DatabaseSettings,
) -> None:
    assert await run_in_schema(test_database, differences) == []


async def test_migrations_create_every_table_inside_the_configured_schema(test_database: DatabaseSettings) -> None:
    def tables_in_schema(connection: Connection) -> set[str]:
        return set(inspect(connection).get_table_names(schema=test_database.database_schema))

    expected = {"articles", "events", "consumer_offsets", "alembic_version"}
    assert await run_in_schema(test_database, tables_in_schema) == expected


async def test_upgrade_is_idempotent_and_reports_head(test_database: DatabaseSettings) -> None:
    await upgrade_to_head(test_database)
    engine = create_async_engine(
        test_database.database_url, poolclass=NullPool, connect_args=connect_args(test_database)
    )
    try:
        async with engine.connect() as connection:
            assert await current_is_head(connection)
            version = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
    finally:
        await engine.dispose()
    assert set(version) == head_revisions()


async def test_downgrade_to_base_and_upgrade_again(test_database: DatabaseSettings) -> None:
    await run_in_schema(test_database, downgrade_to_base, test_database)
    assert await run_in_schema(test_database, table_names) == {"alembic_version"}
    await upgrade_to_head(test_database)
    assert await run_in_schema(test_database, differences) == []
