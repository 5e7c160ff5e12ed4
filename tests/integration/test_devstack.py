"""The no-Docker stack really serves Kafka and Postgres (starts it when it is not running yet)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from services.core.settings import Settings, get_settings
from services.devstack import stack
from services.devstack.config import parse_database_url
from services.devstack.status import StackStatus

pytestmark = pytest.mark.integration

BIG_MESSAGE_BYTES = 3 * 1024 * 1024


@pytest.fixture(scope="module")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="module")
def running_stack(settings: Settings) -> StackStatus:
    return stack.up(settings)


@pytest.fixture
async def scratch_topic(settings: Settings, running_stack: StackStatus) -> AsyncIterator[str]:
    name = f"devstack-test-{uuid.uuid4().hex[:10]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap_servers)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name=name, num_partitions=1, replication_factor=1)])
        yield name
        await admin.delete_topics([name])
    finally:
        await admin.close()


def test_up_reports_both_components_running(running_stack: StackStatus) -> None:
    assert running_stack.all_running
    assert running_stack.kafka.pid is not None
    assert running_stack.postgres.pid is not None


def test_second_up_reuses_the_running_processes(settings: Settings, running_stack: StackStatus) -> None:
    again = stack.up(settings)

    assert again.kafka.pid == running_stack.kafka.pid
    assert again.postgres.pid == running_stack.postgres.pid
    assert "reused" in again.kafka.detail
    assert "reused" in again.postgres.detail


def test_status_matches_what_up_started(settings: Settings, running_stack: StackStatus) -> None:
    current = stack.status(settings)

    assert current.all_running
    assert current.kafka.pid == running_stack.kafka.pid


async def test_kafka_round_trips_a_three_megabyte_message(settings: Settings, scratch_topic: str) -> None:
    payload = b"x" * BIG_MESSAGE_BYTES
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka.bootstrap_servers, max_request_size=2 * BIG_MESSAGE_BYTES
    )
    await producer.start()
    try:
        await producer.send_and_wait(scratch_topic, payload, key=b"big")
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        scratch_topic,
        bootstrap_servers=settings.kafka.bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=2 * BIG_MESSAGE_BYTES,
    )
    await consumer.start()
    try:
        record = await consumer.getone()
    finally:
        await consumer.stop()

    assert record.key == b"big"
    assert record.value == payload


async def test_app_role_can_use_its_database(settings: Settings, running_stack: StackStatus) -> None:
    target = parse_database_url(settings.database.database_url)
    connection = await asyncpg.connect(
        host=target.host,
        port=target.port,
        user=target.user,
        password=target.password,
        database=target.database,
    )
    try:
        table = f"devstack_probe_{uuid.uuid4().hex[:8]}"
        await connection.execute(f"CREATE TEMPORARY TABLE {table} (note text)")
        await connection.execute(f"INSERT INTO {table} VALUES ($1)", "정책 이벤트")
        assert await connection.fetchval(f"SELECT note FROM {table}") == "정책 이벤트"
        assert await connection.fetchval("SELECT current_user") == target.user
    finally:
        await connection.close()


def test_logs_dir_holds_the_broker_log(settings: Settings, running_stack: StackStatus) -> None:
    directory = stack.logs_dir(settings)

    assert (directory / "kafka.log").stat().st_size > 0
    assert (directory / "postgres.log").exists()
