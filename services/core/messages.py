"""What a handler returns for the runner to produce, and why a message was refused."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One record to produce once the batch's rows are written."""

    topic: str
    value: bytes
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = ()


class RejectedMessage(Exception):
    """A message that can never be processed: it goes to the dead-letter topic.

    `reason` is a short machine-readable class ("not_json", "invalid_article", …);
    the exception text says what exactly is wrong.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Where a message came from: enough to dead-letter it faithfully."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = field(default=())
