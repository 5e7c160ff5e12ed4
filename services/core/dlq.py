"""Dead-letter records: the original message plus headers that say why it failed.

Header names follow the Kafka Connect DLQ scheme (`__connect.errors.*`), so
existing tooling that reads Connect's dead-letter topics understands ours.
"""

from __future__ import annotations

from datetime import UTC, datetime

from services.core.messages import Outgoing, RejectedMessage, SourceRecord

HEADER_PREFIX = "__connect.errors."
MAX_MESSAGE_CHARS = 2000


def dead_letter(
    record: SourceRecord, error: BaseException, *, dlq_topic: str, service: str
) -> Outgoing:
    reason = error.reason if isinstance(error, RejectedMessage) else "processing_failed"
    why = {
        "topic": record.topic,
        "partition": str(record.partition),
        "offset": str(record.offset),
        "exception.class.name": type(error).__name__,
        "exception.message": str(error)[:MAX_MESSAGE_CHARS],
        "reason": reason,
        "stage": service,
        "failed_at": datetime.now(UTC).isoformat(),
    }
    headers = record.headers + tuple((HEADER_PREFIX + k, v.encode()) for k, v in why.items())
    return Outgoing(topic=dlq_topic, key=record.key, value=record.value or b"", headers=headers)


def reason_headers(headers: tuple[tuple[str, bytes], ...] | list[tuple[str, bytes]]) -> dict[str, str]:
    """The DLQ headers of a dead-lettered record, without the prefix."""
    return {
        name.removeprefix(HEADER_PREFIX): value.decode()
        for name, value in headers
        if name.startswith(HEADER_PREFIX)
    }
