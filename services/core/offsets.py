"""Consumer offsets kept in Postgres, written in the same transaction as the rows they cover."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func, select, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.db.models import ConsumerOffset

TopicPartitionKey = tuple[str, int]


async def load_offsets(
    session: AsyncSession, group_id: str, partitions: Iterable[TopicPartitionKey]
) -> dict[TopicPartitionKey, int]:
    wanted = list(partitions)
    if not wanted:
        return {}
    rows = await session.execute(
        select(ConsumerOffset.topic, ConsumerOffset.partition, ConsumerOffset.next_offset).where(
            ConsumerOffset.group_id == group_id,
            tuple_(ConsumerOffset.topic, ConsumerOffset.partition).in_(wanted),
        )
    )
    return {(topic, partition): offset for topic, partition, offset in rows.all()}


async def store_offsets(
    session: AsyncSession, group_id: str, next_offsets: Mapping[TopicPartitionKey, int]
) -> None:
    if not next_offsets:
        return
    values = [
        {"group_id": group_id, "topic": topic, "partition": partition, "next_offset": offset}
        for (topic, partition), offset in next_offsets.items()
    ]
    stmt = insert(ConsumerOffset).values(values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[ConsumerOffset.group_id, ConsumerOffset.topic, ConsumerOffset.partition],
            set_={"next_offset": stmt.excluded.next_offset, "updated_at": func.now()},
        )
    )
