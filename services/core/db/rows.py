"""Rows built from the contract objects, for the services that write the same table."""

from __future__ import annotations

import hashlib

from services.core.contracts import AcceptedArticle


def fingerprint(*, title: str | None, body: str, language: str, published_at: str | None) -> str:
    """Changes whenever anything the extractor reads changes, so only real edits are re-extracted."""
    content = "\x1f".join((title or "", language, published_at or "", body))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def article_row(article: AcceptedArticle) -> dict[str, object]:
    """The `articles` row of an accepted article (ingest upserts it; extract makes sure it exists)."""
    published = article.published_at.isoformat() if article.published_at else None
    return {
        "article_id": article.article_id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "body": article.body,
        "language": article.language,
        "published_at": article.published_at,
        "fetched_at": article.fetched_at,
        "metadata": article.metadata,
        "content_hash": fingerprint(
            title=article.title, body=article.body, language=article.language, published_at=published
        ),
    }
