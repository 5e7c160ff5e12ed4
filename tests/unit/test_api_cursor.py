"""Pagination cursors round-trip and reject anything they did not produce."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from services.api.cursor import InvalidCursorError, SortKey, decode_cursor, encode_cursor


@pytest.mark.parametrize(
    "key",
    [
        SortKey(event_date=date(2025, 12, 8), event_id="ev-1"),
        SortKey(event_date=None, event_id="ev-undated"),
        SortKey(event_date=date(2025, 1, 1), event_id="한국-이벤트/with,odd=chars"),
    ],
)
def test_a_cursor_decodes_to_the_key_it_was_made_from(key: SortKey) -> None:
    assert decode_cursor(encode_cursor(key)) == key


def test_cursors_are_url_safe_without_padding() -> None:
    cursor = encode_cursor(SortKey(event_date=date(2025, 12, 8), event_id="??>>"))
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _b64(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "x" * 5000,
        "not base64!",
        _b64("not json"),
        _b64('{"date": "2025-01-01"}'),
        _b64('["2025-01-01"]'),
        _b64('["2025-01-01", ""]'),
        _b64('["2025-02-30", "ev-1"]'),
        _b64('[20250101, "ev-1"]'),
        _b64('["2025-01-01", "ev-1", "extra"]'),
    ],
)
def test_anything_else_is_an_invalid_cursor(cursor: str) -> None:
    with pytest.raises(InvalidCursorError):
        decode_cursor(cursor)
