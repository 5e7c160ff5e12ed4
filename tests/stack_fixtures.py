"""Fixtures for tests against the real Kafka and Postgres.

Where the servers come from, in order: KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL
when set; else testcontainers when a Docker engine answers; else the project's
no-Docker local stack (`policy-events dev up`). Each test then gets its own
topics, consumer groups and database schema, so tests never see each other's data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest

from services.core.settings import (
    ConsumerSettings,
    DatabaseSettings,
    KafkaSettings,
    Settings,
    TopicSettings,
)


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
    from sqlalchemy import text

    from services.core.db.migrate import upgrade_to_head
    from services.core.db.session import create_engine
    from services.core.topics import ensure_topics

    await upgrade_to_head(isolated_settings.database)
    await ensure_topics(isolated_settings.kafka, isolated_settings.topics, isolated_settings.consumer)
    yield isolated_settings
    engine = create_engine(isolated_settings.database)
    async with engine.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{isolated_settings.database.database_schema}" CASCADE'))
    await engine.dispose()
