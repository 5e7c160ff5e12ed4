"""The producer every service uses: idempotent, acks from all replicas."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from aiokafka import AIOKafkaProducer

from services.core.messages import Outgoing
from services.core.settings import ConsumerSettings, KafkaSettings


def create_producer(kafka: KafkaSettings, consumer: ConsumerSettings) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=kafka.bootstrap_servers,
        client_id=kafka.client_id,
        acks="all",
        enable_idempotence=True,
        # dead-lettered messages keep their original bytes, so allow the largest accepted size
        max_request_size=consumer.max_message_bytes + 64 * 1024,
        linger_ms=5,
    )


async def produce_all(producer: AIOKafkaProducer, records: Iterable[Outgoing]) -> None:
    """Send every record and wait until the broker acknowledged each one."""
    pending = [
        await producer.send(r.topic, value=r.value, key=r.key, headers=list(r.headers)) for r in records
    ]
    if pending:
        await asyncio.gather(*pending)
