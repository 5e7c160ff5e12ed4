"""End-to-end checks of English rules: an article body in, its events as comparable rows out.

A row is (type, modality, agent country, counterpart countries, location country,
event date); `ANY` in an expected row leaves that field unchecked.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.core.contracts import AcceptedArticle, Event
from services.extract.pipeline import get_extractor

ANY: Any = object()
WEDNESDAY = "2026-03-11T10:00:00+00:00"

Expected = tuple[str, str, str | None, Any, Any, Any]


def events_of(body: str, published: str = WEDNESDAY) -> list[Event]:
    article = AcceptedArticle(
        article_id="t-en", language="en", body=body, title=None, published_at=datetime.fromisoformat(published)
    )
    return get_extractor().extract(article)


def row_of(event: Event) -> Expected:
    agent = next((a for a in event.actors if a.role == "AGENT"), None)
    counterparts = sorted({a.country for a in event.actors if a.role == "COUNTERPART" and a.country})
    location = event.location.country if event.location else None
    day = event.event_date.isoformat() if event.event_date else None
    return (event.event_type, event.modality, agent.country if agent else None, counterparts, location, day)


def assert_events(body: str, expected: list[Expected], published: str = WEDNESDAY) -> None:
    """Exactly as many events as expected, each expected row matched by one of them."""
    rows = [row_of(e) for e in events_of(body, published)]
    assert len(rows) == len(expected), rows
    for want in expected:
        assert any(_matches(row, want) for row in rows), (want, rows)


def _matches(row: Expected, expected: Expected) -> bool:
    return all(want is ANY or got == want for got, want in zip(row, expected, strict=True))
