"""RawArticle → AcceptedArticle: the one path every article takes, streamed or batched."""

from __future__ import annotations

from services.core.contracts import AcceptedArticle, RawArticle
from services.core.messages import RejectedMessage
from services.extract.language import detect_language
from services.ingest.identity import article_id_for
from services.ingest.normalise import normalise_body, normalise_title


def accept(raw: RawArticle) -> AcceptedArticle:
    body = normalise_body(raw.body)
    if not body:
        raise RejectedMessage("empty_body", "the body has no text once markup and white space are removed")
    title = normalise_title(raw.title)
    return AcceptedArticle(
        article_id=article_id_for(given_id=raw.id, url=raw.url, title=title, body=body),
        url=raw.url,
        source=raw.source,
        title=title,
        body=body,
        language=_language_of(raw.language, title, body),
        published_at=raw.published_at,
        fetched_at=raw.fetched_at,
        metadata=raw.metadata,
    )


def _language_of(given: str | None, title: str | None, body: str) -> str:
    if given:
        return given.split("-")[0].lower()
    return detect_language(f"{title or ''}\n{body}")
