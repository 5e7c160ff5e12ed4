"""The extract adapter: an accepted article becomes `events` rows and `policy-events` records."""

from __future__ import annotations

import json
from collections.abc import Sequence
from concurrent.futures import Executor

from pydantic import ValidationError
from sqlalchemy import delete, func, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.consumer import ConsumerSpec, Decoded
from services.core.contracts import AcceptedArticle, Event
from services.core.db.models import Article, EventRow
from services.core.db.rows import article_row
from services.core.messages import Outgoing, RejectedMessage, SourceRecord
from services.core.settings import Settings
from services.extract.version import EXTRACTOR_VERSION
from services.extract.worker import Extraction, extract_in

SERVICE = "extract"


def decode_accepted(source: SourceRecord) -> AcceptedArticle:
    try:
        return AcceptedArticle.model_validate_json(source.value or b"")
    except ValidationError as error:
        raise RejectedMessage("invalid_accepted_article", str(error)) from None


def extract_spec(settings: Settings, executor: Executor) -> ConsumerSpec[AcceptedArticle]:
    async def handle(items: Sequence[Decoded[AcceptedArticle]], session: AsyncSession) -> list[Outgoing]:
        articles = list({item.value.article_id: item.value for item in items}.values())
        extractions = await extract_in(executor, articles)
        _raise_on_failure(extractions)
        await store_extractions(session, articles, extractions)
        return [
            event_record(event, article, settings.topics.events)
            for article, extraction in zip(articles, extractions, strict=True)
            for event in extraction.events or []
        ]

    return ConsumerSpec(
        service=SERVICE,
        topic=settings.topics.accepted,
        group_id=f"{settings.consumer.group_prefix}-{SERVICE}",
        decode=decode_accepted,
        handle=handle,
    )


async def store_extractions(
    session: AsyncSession, articles: Sequence[AcceptedArticle], extractions: Sequence[Extraction]
) -> None:
    """Replace each article's events with the new ones; unchanged events keep their rows."""
    # accepted records can arrive before ingest's transaction commits: make sure the article row exists
    await session.execute(
        insert(Article).values([article_row(a) for a in articles]).on_conflict_do_nothing()
    )
    rows = [
        event_row(event, article)
        for article, extraction in zip(articles, extractions, strict=True)
        for event in extraction.events or []
    ]
    keep = [str(row["event_id"]) for row in rows]
    await session.execute(
        delete(EventRow).where(
            EventRow.article_id.in_([a.article_id for a in articles]), EventRow.event_id.not_in(keep)
        )
    )
    if rows:
        await session.execute(insert(EventRow).values(rows).on_conflict_do_nothing())
    for extraction in extractions:
        await session.execute(
            update(Article)
            .where(Article.article_id == extraction.article_id)
            .values(
                extractor_version=EXTRACTOR_VERSION,
                event_count=len(extraction.events or []),
                extracted_at=func.now(),
            )
        )


def event_row(event: Event, article: AcceptedArticle) -> dict[str, object]:
    agent = event.agent()
    return {
        "event_id": event.event_id,
        "article_id": article.article_id,
        "extractor_version": EXTRACTOR_VERSION,
        "event_type": event.event_type.value,
        "modality": event.modality.value,
        "agent_country": agent.country if agent else None,
        "event_date": event.event_date,
        "topics": [t.value for t in event.topics],
        "language": article.language,
        "confidence": event.confidence,
        "payload": event.model_dump(mode="json"),
    }


def event_record(event: Event, article: AcceptedArticle, topic: str) -> Outgoing:
    message = {
        **event.model_dump(mode="json"),
        "article_id": article.article_id,
        "language": article.language,
        "extractor_version": EXTRACTOR_VERSION,
    }
    value = json.dumps(message, ensure_ascii=False).encode()
    return Outgoing(topic=topic, key=article.article_id.encode(), value=value)


def _raise_on_failure(extractions: Sequence[Extraction]) -> None:
    failed = [e for e in extractions if e.events is None]
    if failed:
        raise RejectedMessage(
            "extraction_failed", "; ".join(f"{e.article_id}: {e.error}" for e in failed)
        )
