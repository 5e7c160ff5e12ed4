"""Deterministic event ids: the same article, version and event key give the same id."""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("5b0e4c1e-6f57-4a8e-9a3e-7d1c2f0b9a10")


def event_id(article_id: str, version: str, event_key: str) -> str:
    """A UUID5 over the article, the extractor version and the event's stable key."""
    return str(uuid.uuid5(_NAMESPACE, f"{article_id}\x1f{version}\x1f{event_key}"))


def unique_keys(keys: list[str]) -> list[str]:
    """Make repeated keys distinct by their order of appearance, so no two events share an id."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for key in keys:
        count = seen.get(key, 0)
        seen[key] = count + 1
        out.append(key if count == 0 else f"{key}#{count}")
    return out
