"""From rows to response models."""

from __future__ import annotations

from collections.abc import Sequence

from services.api.queries import EventRecord
from services.api.schemas import ArticleOut, EventOut
from services.core.db.models import Article


def event_out(record: EventRecord) -> EventOut:
    return EventOut.model_validate({**record.payload, "article_id": record.article_id, "language": record.language})


def article_out(article: Article, events: Sequence[EventRecord]) -> ArticleOut:
    return ArticleOut(
        article_id=article.article_id,
        url=article.url,
        source=article.source,
        title=article.title,
        body=article.body,
        language=article.language,
        published_at=article.published_at,
        fetched_at=article.fetched_at,
        metadata=article.metadata_,
        content_hash=article.content_hash,
        ingested_at=article.ingested_at,
        extractor_version=article.extractor_version,
        event_count=article.event_count,
        extracted_at=article.extracted_at,
        events=[event_out(record) for record in events],
    )
