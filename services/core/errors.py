"""Which failures are the infrastructure's fault (retry) rather than the message's (dead-letter)."""

from __future__ import annotations

import asyncio

from aiokafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

_TRANSIENT_TYPES: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    asyncio.TimeoutError,
    OSError,
    KafkaConnectionError,
    KafkaTimeoutError,
    OperationalError,
    InterfaceError,
)


def is_transient(error: BaseException) -> bool:
    """True when retrying the same message later may succeed (broker or database unavailable)."""
    if isinstance(error, _TRANSIENT_TYPES):
        return True
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, KafkaError) and getattr(error, "retriable", False):
        return True
    cause = error.__cause__ or error.__context__
    return cause is not None and cause is not error and _is_transient_cause(cause)


def _is_transient_cause(cause: BaseException) -> bool:
    # asyncpg raises its own connection errors, wrapped by SQLAlchemy; look one level down.
    name = type(cause).__name__
    return isinstance(cause, _TRANSIENT_TYPES) or name in {
        "ConnectionDoesNotExistError",
        "CannotConnectNowError",
        "TooManyConnectionsError",
        "ConnectionFailureError",
    }
