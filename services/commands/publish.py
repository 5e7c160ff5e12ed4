"""`policy-events publish`: raw article lines → `articles.raw`, keyed by id or url."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from tqdm import tqdm

from services.core.messages import Outgoing
from services.core.producer import create_producer
from services.core.settings import Settings


def message_key(line: str) -> bytes | None:
    """The article's id, else its url; None when the line has neither (or is not JSON)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    for field in ("id", "url"):
        value = data.get(field)
        if isinstance(value, str) and value.strip():
            return value.strip().encode()
    return None


def raw_records(lines: Iterable[str], topic: str) -> Iterator[Outgoing]:
    """Every non-blank line is published as it is: ingest, not the publisher, judges it."""
    for line in lines:
        text = line.rstrip("\n")
        if text.strip():
            yield Outgoing(topic=topic, key=message_key(text), value=text.encode("utf-8"))


async def publish(stream: TextIO, settings: Settings, *, topic: str | None = None) -> int:
    producer = create_producer(settings.kafka, settings.consumer)
    await producer.start()
    sent = 0
    try:
        records = raw_records(stream, topic or settings.topics.raw)
        for record in tqdm(records, unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty()):
            await producer.send_and_wait(record.topic, value=record.value, key=record.key)
            sent += 1
    finally:
        await producer.stop()
    return sent
