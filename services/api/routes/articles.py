"""GET /articles/{article_id}: the stored article with its events."""

from __future__ import annotations

from fastapi import APIRouter

from services.api import queries
from services.api.convert import article_out
from services.api.deps import SessionDep
from services.api.errors import not_found
from services.api.schemas import ArticleOut, ErrorResponse

router = APIRouter(tags=["articles"])


# `:path` because article ids may be URLs, slashes included.
@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleOut,
    responses={404: {"model": ErrorResponse}},
    summary="One article and its events (in text order)",
)
async def get_article(session: SessionDep, article_id: str) -> ArticleOut:
    article = await queries.get_article(session, article_id)
    if article is None:
        raise not_found("article", article_id)
    return article_out(article, await queries.list_article_events(session, article_id))
