"""The ingest adapter: a Kafka message becomes an `articles` row and an `articles.accepted` record."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.consumer import ConsumerSpec, Decoded
from services.core.contracts import AcceptedArticle
from services.core.db.models import Article
from services.core.db.rows import article_row
from services.core.messages import Outgoing, SourceRecord
from services.core.settings import Settings
from services.ingest.accept import accept
from services.ingest.validate import parse_raw_article

SERVICE = "ingest"
_UPDATED_ON_CHANGE = (
    "url", "source", "title", "body", "language", "published_at", "fetched_at", "metadata", "content_hash"
)


def ingest_spec(settings: Settings) -> ConsumerSpec[AcceptedArticle]:
    max_bytes = settings.consumer.max_message_bytes

    def decode(source: SourceRecord) -> AcceptedArticle:
        return accept(parse_raw_article(source.value, max_bytes=max_bytes))

    async def handle(items: Sequence[Decoded[AcceptedArticle]], session: AsyncSession) -> list[Outgoing]:
        articles = _last_per_id(item.value for item in items)
        changed = await upsert_articles(session, articles)
        return [_accepted_record(a, settings.topics.accepted) for a in articles if a.article_id in changed]

    return ConsumerSpec(
        service=SERVICE,
        topic=settings.topics.raw,
        group_id=f"{settings.consumer.group_prefix}-{SERVICE}",
        decode=decode,
        handle=handle,
    )


async def upsert_articles(session: AsyncSession, articles: Sequence[AcceptedArticle]) -> set[str]:
    """Insert new articles and update changed ones; returns the ids that were inserted or changed."""
    if not articles:
        return set()
    insert_rows = insert(Article).values([article_row(a) for a in articles])
    excluded = insert_rows.excluded
    upsert = insert_rows.on_conflict_do_update(
        index_elements=[Article.article_id],
        set_={**{name: excluded[name] for name in _UPDATED_ON_CHANGE}, "updated_at": func.now()},
        where=Article.content_hash.is_distinct_from(excluded.content_hash),
    ).returning(Article.article_id)
    return set((await session.execute(upsert)).scalars())


def _last_per_id(articles: Iterable[AcceptedArticle]) -> list[AcceptedArticle]:
    latest: dict[str, AcceptedArticle] = {}
    for article in articles:
        latest[article.article_id] = article
    return list(latest.values())


def _accepted_record(article: AcceptedArticle, topic: str) -> Outgoing:
    return Outgoing(topic=topic, key=article.article_id.encode(), value=article.model_dump_json().encode())
