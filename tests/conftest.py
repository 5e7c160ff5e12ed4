"""Shared fixtures: the real Kafka and Postgres, and a private corner of each per test.

Where the servers come from, in order: KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL
when set; else testcontainers when a Docker engine answers; else the project's
no-Docker local stack (`policy-events dev up`). Nothing is skipped: a server
that does not answer fails the tests that need it. `migrated_schema(url)` makes
a schema with a random name, migrates it to head and drops it afterwards, and
`pipeline_settings` adds topics and consumer groups of the test's own, so tests
never see each other's data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import NullPool, text
from sqlalchemy.ext.asyncio import create_async_engine

from services.core.db.migrate import quoted_schema, upgrade_to_head
from services.core.settings import ConsumerSettings, DatabaseSettings, KafkaSettings, Settings, TopicSettings

POSTGRES_CONNECT_TIMEOUT_SECONDS = 5


async def postgres_problem(url: str) -> str | None:
    """None when Postgres answers at `url`, else why not."""
    engine = create_async_engine(url, poolclass=NullPool, connect_args={"timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS})
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        await engine.dispose()
    return None


@dataclass(frozen=True)
class Servers:
    bootstrap_servers: str
    database_url: str


def _docker_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    kafka_env = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    db_env = os.environ.get("DATABASE_URL")
    if kafka_env and db_env:
        yield Servers(kafka_env, db_env)
    elif _docker_answers():
        yield from _containers()
    else:
        yield _local_stack()


def _containers() -> Iterator[Servers]:
    from testcontainers.kafka import KafkaContainer
    from testcontainers.postgres import PostgresContainer

    with (
        KafkaContainer("apache/kafka:4.1.1").with_kraft() as kafka,
        PostgresContainer("postgres:16", driver="asyncpg") as postgres,
    ):
        yield Servers(kafka.get_bootstrap_server(), postgres.get_connection_url())


def _local_stack() -> Servers:
    from services.devstack.stack import up

    settings = Settings()
    up(settings)
    return Servers(settings.kafka.bootstrap_servers, settings.database.database_url)


@pytest.fixture
def isolated_settings(servers: Servers) -> Settings:
    """Settings whose topics, groups and schema belong to this test alone."""
    suffix = uuid.uuid4().hex[:10]
    return Settings(
        kafka=KafkaSettings(bootstrap_servers=servers.bootstrap_servers, client_id=f"test-{suffix}"),
        topics=TopicSettings(
            raw=f"articles.raw.{suffix}",
            accepted=f"articles.accepted.{suffix}",
            events=f"policy-events.{suffix}",
            dlq=f"articles.dlq.{suffix}",
            partitions=2,
        ),
        database=DatabaseSettings(database_url=servers.database_url, database_schema=f"test_{suffix}"),
        consumer=ConsumerSettings(group_prefix=f"test-{suffix}", batch_timeout_ms=200),
    )


@pytest.fixture
async def pipeline_settings(isolated_settings: Settings) -> AsyncIterator[Settings]:
    """Isolated settings with the schema migrated and the topics created; the schema is dropped after."""
    from services.core.topics import ensure_topics

    await upgrade_to_head(isolated_settings.database)
    await ensure_topics(isolated_settings.kafka, isolated_settings.topics, isolated_settings.consumer)
    yield isolated_settings
    await drop_schema(isolated_settings.database)


@pytest.fixture(scope="session")
async def postgres_url(servers: Servers) -> str:
    problem = await postgres_problem(servers.database_url)
    if problem:
        pytest.fail(f"Postgres does not answer at {servers.database_url}: {problem}")
    return servers.database_url


def random_schema_name(prefix: str = "test") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


async def drop_schema(settings: DatabaseSettings) -> None:
    engine = create_async_engine(settings.database_url, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f"DROP SCHEMA IF EXISTS {quoted_schema(settings)} CASCADE"))
    finally:
        await engine.dispose()


@asynccontextmanager
async def migrated_schema(url: str, *, prefix: str = "test") -> AsyncIterator[DatabaseSettings]:
    """Database settings for a new schema at the latest migration, dropped on exit."""
    settings = DatabaseSettings(database_url=url, database_schema=random_schema_name(prefix), database_pool_size=2)
    await upgrade_to_head(settings)
    try:
        yield settings
    finally:
        await drop_schema(settings)


@pytest.fixture(scope="module")
async def module_database(postgres_url: str) -> AsyncIterator[DatabaseSettings]:
    """One migrated schema shared by the tests of a module."""
    async with migrated_schema(postgres_url) as settings:
        yield settings


@pytest.fixture
async def test_database(postgres_url: str) -> AsyncIterator[DatabaseSettings]:
    """A migrated schema for this test alone."""
    async with migrated_schema(postgres_url) as settings:
        yield settings
