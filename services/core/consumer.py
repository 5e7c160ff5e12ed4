"""THE batch consumer loop: the delivery semantics of every service live here.

Per batch: decode each message (bad ones become dead letters), let the
service's handler write its rows in one transaction and return what to
produce, produce it and wait for the acks, store the next offsets in the same
transaction, commit. Offsets live in Postgres, and the consumer seeks to them
on assignment, so a crash neither loses nor repeats a row; produced messages
may repeat after a crash, so their consumers are idempotent.

Failures: a message that cannot be processed is dead-lettered and the batch
goes on; a broker or database outage rolls the batch back and retries it
after a back-off, and never dead-letters anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.core.dlq import dead_letter
from services.core.errors import is_transient
from services.core.messages import Outgoing, RejectedMessage, SourceRecord
from services.core.metrics import DEAD_LETTERS, MESSAGES, PRODUCED, RETRIES
from services.core.offsets import TopicPartitionKey, load_offsets, store_offsets
from services.core.producer import produce_all
from services.core.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decoded(Generic[T]):
    source: SourceRecord
    value: T


Decoder = Callable[[SourceRecord], T]
Handler = Callable[[Sequence[Decoded[T]], AsyncSession], Awaitable[list[Outgoing]]]


@dataclass(frozen=True, slots=True)
class ConsumerSpec(Generic[T]):
    """What makes one service's consumer: where it reads, how it decodes, what it does."""

    service: str
    topic: str
    group_id: str
    decode: Decoder[T]
    handle: Handler[T]


class BatchRunner(Generic[T]):
    def __init__(
        self,
        spec: ConsumerSpec[T],
        *,
        settings: Settings,
        sessions: async_sessionmaker[AsyncSession],
        producer: AIOKafkaProducer,
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.sessions = sessions
        self.producer = producer
        self.consumer = _create_consumer(spec, settings)
        self._failures = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until `stop` is set; the consumer is closed on the way out."""
        self.consumer.subscribe([self.spec.topic], listener=_SeekOnAssignment(self.seek_to_stored))
        await self.consumer.start()
        try:
            while not stop.is_set():
                batch = await self.consumer.getmany(
                    timeout_ms=self.settings.consumer.batch_timeout_ms,
                    max_records=self.settings.consumer.batch_max_records,
                )
                records = [r for part in batch.values() for r in part]
                if records:
                    await self._process_or_rewind(records, stop)
        finally:
            await self.consumer.stop()

    async def _process_or_rewind(
        self, records: list[ConsumerRecord[bytes, bytes]], stop: asyncio.Event
    ) -> None:
        try:
            await self.process(records)
            self._failures = 0
        except Exception as error:
            if not is_transient(error):
                raise
            self._failures += 1
            RETRIES.labels(self.spec.service).inc()
            delay = _backoff(self._failures, self.settings.consumer.retry_max_seconds)
            log.warning("%s: batch failed (%s); retrying in %.1fs", self.spec.service, error, delay)
            self._rewind(records)
            await _sleep_unless_stopped(stop, delay)

    async def process(self, records: Sequence[ConsumerRecord[bytes, bytes]]) -> None:
        """One batch, start to commit. Raises only on transient failures."""
        sources = [_source_of(r) for r in records]
        decoded, dead = self._decode_all(sources)
        async with self.sessions() as session, session.begin():
            outgoing, more_dead = await self._handle(decoded, session)
            dead.extend(more_dead)
            letters = [self._dead_letter(src, err) for src, err in dead]
            await produce_all(self.producer, [*outgoing, *letters])
            await store_offsets(session, self.spec.group_id, _next_offsets(sources))
        service = self.spec.service
        MESSAGES.labels(service).inc(len(sources))
        DEAD_LETTERS.labels(service).inc(len(letters))
        PRODUCED.labels(service).inc(len(outgoing))

    def _decode_all(
        self, sources: list[SourceRecord]
    ) -> tuple[list[Decoded[T]], list[tuple[SourceRecord, BaseException]]]:
        decoded: list[Decoded[T]] = []
        dead: list[tuple[SourceRecord, BaseException]] = []
        for source in sources:
            try:
                decoded.append(Decoded(source, self.spec.decode(source)))
            except RejectedMessage as error:
                dead.append((source, error))
        return decoded, dead

    async def _handle(
        self, items: list[Decoded[T]], session: AsyncSession
    ) -> tuple[list[Outgoing], list[tuple[SourceRecord, BaseException]]]:
        """The whole batch at once; if it fails for a message's fault, one message at a time."""
        if not items:
            return [], []
        try:
            async with session.begin_nested():
                return await self.spec.handle(items, session), []
        except Exception as error:
            if is_transient(error):
                raise
            if len(items) == 1:
                return [], [(items[0].source, error)]
            log.info("%s: batch of %d failed (%s); isolating", self.spec.service, len(items), error)
        return await self._handle_one_by_one(items, session)

    async def _handle_one_by_one(
        self, items: list[Decoded[T]], session: AsyncSession
    ) -> tuple[list[Outgoing], list[tuple[SourceRecord, BaseException]]]:
        outgoing: list[Outgoing] = []
        dead: list[tuple[SourceRecord, BaseException]] = []
        for item in items:
            try:
                async with session.begin_nested():
                    outgoing.extend(await self.spec.handle([item], session))
            except Exception as error:
                if is_transient(error):
                    raise
                log.warning("%s: dead-lettering offset %d: %s", self.spec.service, item.source.offset, error)
                dead.append((item.source, error))
        return outgoing, dead

    def _dead_letter(self, source: SourceRecord, error: BaseException) -> Outgoing:
        return dead_letter(source, error, dlq_topic=self.settings.topics.dlq, service=self.spec.service)

    def _rewind(self, records: Sequence[ConsumerRecord[bytes, bytes]]) -> None:
        first: dict[TopicPartition, int] = {}
        for r in records:
            tp = TopicPartition(r.topic, r.partition)
            first[tp] = min(first.get(tp, r.offset), r.offset)
        assigned = self.consumer.assignment()
        for tp, offset in first.items():
            if tp in assigned:
                self.consumer.seek(tp, offset)

    async def seek_to_stored(self, assigned: set[TopicPartition]) -> None:
        # Paused before the first await: the fetcher must not hand out records from the
        # reset position while the stored offsets are still being read.
        self.consumer.pause(*assigned)
        keys = [(tp.topic, tp.partition) for tp in assigned]
        stored = await self._load_offsets_patiently(keys)
        for tp in assigned:
            offset = stored.get((tp.topic, tp.partition))
            if offset is None:
                await self.consumer.seek_to_beginning(tp)
            else:
                self.consumer.seek(tp, offset)
        self.consumer.resume(*assigned)
        log.info("%s: assigned %s", self.spec.service, sorted(tp.partition for tp in assigned))

    async def _load_offsets_patiently(
        self, keys: list[TopicPartitionKey]
    ) -> dict[TopicPartitionKey, int]:
        attempt = 0
        while True:
            try:
                async with self.sessions() as session:
                    return await load_offsets(session, self.spec.group_id, keys)
            except Exception as error:
                if not is_transient(error):
                    raise
                attempt += 1
                delay = _backoff(attempt, self.settings.consumer.retry_max_seconds)
                log.warning("%s: offsets unreadable (%s); retry in %.1fs", self.spec.service, error, delay)
                await asyncio.sleep(delay)


class _SeekOnAssignment(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, seek: Callable[[set[TopicPartition]], Awaitable[None]]) -> None:
        self.seek = seek

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        return None  # every batch is committed before the next poll: nothing is pending

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        await self.seek(assigned)


def _create_consumer(spec: ConsumerSpec[T], settings: Settings) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        bootstrap_servers=settings.kafka.bootstrap_servers,
        client_id=f"{settings.kafka.client_id}-{spec.service}",
        group_id=spec.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=settings.consumer.max_message_bytes + 64 * 1024,
        fetch_max_bytes=max(52428800, 2 * settings.consumer.max_message_bytes),
    )


def _source_of(record: ConsumerRecord[bytes, bytes]) -> SourceRecord:
    return SourceRecord(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        headers=tuple((k, bytes(v)) for k, v in (record.headers or ())),
    )


def _next_offsets(sources: Sequence[SourceRecord]) -> dict[TopicPartitionKey, int]:
    nxt: dict[TopicPartitionKey, int] = {}
    for s in sources:
        key = (s.topic, s.partition)
        nxt[key] = max(nxt.get(key, 0), s.offset + 1)
    return nxt


def _backoff(attempt: int, cap: float) -> float:
    base: float = min(cap, 0.5 * 2 ** min(attempt, 10))
    return base * random.uniform(0.5, 1.0)


async def _sleep_unless_stopped(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
