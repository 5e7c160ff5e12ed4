"""Opaque pagination cursors: the base64url-encoded sort key of the last row served."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date

MAX_CURSOR_LENGTH = 1024


class InvalidCursorError(ValueError):
    """The cursor was not produced by this API (or was altered)."""


@dataclass(frozen=True)
class SortKey:
    """Where a row sits in the listing order: newest `event_date` first, undated last, then `event_id`."""

    event_date: date | None
    event_id: str


def encode_cursor(key: SortKey) -> str:
    day = key.event_date.isoformat() if key.event_date else None
    raw = json.dumps([day, key.event_id], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> SortKey:
    if not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise InvalidCursorError("cursor is empty or too long")
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        raw = base64.b64decode(padded.encode("ascii"), altchars=b"-_", validate=True)
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeError, binascii.Error, json.JSONDecodeError) as exc:
        raise InvalidCursorError("cursor is not valid base64url-encoded JSON") from exc
    return _sort_key_from(value)


def _sort_key_from(value: object) -> SortKey:
    match value:
        case [str() | None as day, str() as event_id] if event_id:
            return SortKey(event_date=_parse_day(day), event_id=event_id)
    raise InvalidCursorError("cursor does not hold a sort key")


def _parse_day(day: str | None) -> date | None:
    if day is None:
        return None
    try:
        return date.fromisoformat(day)
    except ValueError as exc:
        raise InvalidCursorError("cursor holds an invalid date") from exc
