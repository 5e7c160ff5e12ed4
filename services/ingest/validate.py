"""Bytes from `articles.raw` → a RawArticle, or a RejectedMessage saying exactly why not."""

from __future__ import annotations

import json

from pydantic import ValidationError

from services.core.contracts import RawArticle
from services.core.messages import RejectedMessage

MAX_ERRORS_REPORTED = 5


def parse_raw_article(value: bytes | None, *, max_bytes: int) -> RawArticle:
    if value is None or not value:
        raise RejectedMessage("empty_message", "the message has no value")
    if len(value) > max_bytes:
        raise RejectedMessage("too_large", f"the message is {len(value)} bytes; the limit is {max_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RejectedMessage("not_utf8", f"the message is not UTF-8 text: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedMessage("not_json", f"the message is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise RejectedMessage("not_an_object", f"expected a JSON object, got {type(data).__name__}")
    try:
        return RawArticle.model_validate(data)
    except ValidationError as error:
        raise RejectedMessage("invalid_article", describe(error)) from None


def describe(error: ValidationError) -> str:
    """A one-line account of what is wrong, field by field."""
    parts = []
    for item in error.errors()[:MAX_ERRORS_REPORTED]:
        where = ".".join(str(p) for p in item["loc"]) or "message"
        parts.append(f"{where}: {item['msg']}")
    extra = error.error_count() - MAX_ERRORS_REPORTED
    if extra > 0:
        parts.append(f"and {extra} more")
    return "invalid article: " + "; ".join(parts)
