"""Liveness (/healthz: the process answers) and readiness (/readyz: the database is usable)."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from services.api import queries
from services.api.deps import SessionDep
from services.api.schemas import HealthOut, ReadinessOut
from services.core.db.migrate import current_is_head

logger = logging.getLogger(__name__)
router = APIRouter(tags=["health"])

READINESS_TIMEOUT_SECONDS = 5.0


@router.get("/healthz", response_model=HealthOut, summary="The process is up")
async def healthz() -> HealthOut:
    return HealthOut()


@router.get(
    "/readyz",
    response_model=ReadinessOut,
    responses={503: {"model": ReadinessOut}},
    summary="The database answers and its schema is migrated to head",
)
async def readyz(session: SessionDep) -> JSONResponse:
    reason = await readiness_problem(session)
    body = ReadinessOut(status="ready" if reason is None else "unavailable", reason=reason)
    return JSONResponse(status_code=200 if reason is None else 503, content=body.model_dump())


async def readiness_problem(session: AsyncSession) -> str | None:
    """None when ready, else why not (without internals such as hosts or credentials)."""
    try:
        async with asyncio.timeout(READINESS_TIMEOUT_SECONDS):
            await queries.ping(session)
            at_head = await current_is_head(session)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        logger.warning("readiness check failed: %r", exc)
        return f"database unavailable ({type(exc).__name__})"
    if not at_head:
        return "database schema is not at the latest migration; run `policy-events migrate`"
    return None
