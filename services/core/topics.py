"""Create the pipeline's topics when they are missing (idempotent)."""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from services.core.settings import ConsumerSettings, KafkaSettings, TopicSettings

log = logging.getLogger(__name__)


def topic_names(topics: TopicSettings) -> list[str]:
    return [topics.raw, topics.accepted, topics.events, topics.dlq]


async def ensure_topics(kafka: KafkaSettings, topics: TopicSettings, consumer: ConsumerSettings) -> list[str]:
    """Create whichever of the four topics do not exist yet; returns the ones created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers, client_id=kafka.client_id)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [name for name in topic_names(topics) if name not in existing]
        created: list[str] = []
        for name in missing:
            new = NewTopic(
                name=name,
                num_partitions=topics.partitions,
                replication_factor=topics.replication_factor,
                topic_configs={"max.message.bytes": str(consumer.max_message_bytes + 64 * 1024)},
            )
            try:
                await admin.create_topics([new])
                created.append(name)
            except TopicAlreadyExistsError:
                pass  # another process won the race
        if created:
            log.info("created topics %s", created)
        return created
    finally:
        await admin.close()
