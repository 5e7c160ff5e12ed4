"""Response models, separate from the table models: what clients see."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from services.core.contracts import Event


class EventOut(Event):
    """A stored event as the contract `Event`, plus where it came from."""

    article_id: str
    language: str


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")


class ArticleOut(BaseModel):
    article_id: str
    url: str | None
    source: str | None
    title: str | None
    body: str
    language: str
    published_at: datetime | None
    fetched_at: datetime | None
    metadata: dict[str, Any] | None
    content_hash: str
    ingested_at: datetime
    extractor_version: str | None
    event_count: int | None
    extracted_at: datetime | None
    events: list[EventOut]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"


class ReadinessOut(BaseModel):
    status: Literal["ready", "unavailable"]
    reason: str | None = None
