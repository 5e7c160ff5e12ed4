"""The SQL behind the API: set-based reads, keyset pagination, no business logic."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Row, Select, literal, literal_column, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import Date

from services.api.cursor import SortKey
from services.api.filters import EventFilters
from services.core.db.models import Article, EventRow, event_sort_date

EventColumns = tuple[dict[str, Any], str, str, date | None, str]
EventRecord = Row[EventColumns]


def _event_columns() -> Select[EventColumns]:
    """payload, article_id, language, then the sort key columns."""
    return select(EventRow.payload, EventRow.article_id, EventRow.language, EventRow.event_date, EventRow.event_id)


def filter_conditions(filters: EventFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.event_types:
        conditions.append(EventRow.event_type.in_([value.value for value in filters.event_types]))
    if filters.countries:
        conditions.append(EventRow.agent_country.in_(filters.countries))
    if filters.topics:
        conditions.append(EventRow.topics.overlap([value.value for value in filters.topics]))
    if filters.date_from:
        conditions.append(event_sort_date() >= filters.date_from)
    if filters.date_to:
        conditions.append(event_sort_date() <= filters.date_to)
        conditions.append(EventRow.event_date.is_not(None))
    if filters.language:
        conditions.append(EventRow.language == filters.language)
    if filters.article_id:
        conditions.append(EventRow.article_id == filters.article_id)
    return conditions


def after_condition(key: SortKey) -> ColumnElement[bool]:
    """Rows strictly after `key` in the order (sort date DESC, event_id DESC)."""
    day = literal(key.event_date, Date) if key.event_date else literal_column("'-infinity'::date")
    return tuple_(event_sort_date(), EventRow.event_id) < tuple_(day, literal(key.event_id))


def sort_key_of(record: EventRecord) -> SortKey:
    return SortKey(event_date=record.event_date, event_id=record.event_id)


async def list_events(
    session: AsyncSession, filters: EventFilters, *, after: SortKey | None, limit: int
) -> Sequence[EventRecord]:
    """Up to `limit` events in listing order, starting after `after`."""
    conditions = filter_conditions(filters)
    if after is not None:
        conditions.append(after_condition(after))
    statement = (
        _event_columns().where(*conditions).order_by(event_sort_date().desc(), EventRow.event_id.desc()).limit(limit)
    )
    return (await session.execute(statement)).all()


async def get_event(session: AsyncSession, event_id: str) -> EventRecord | None:
    statement = _event_columns().where(EventRow.event_id == event_id)
    return (await session.execute(statement)).first()


async def get_article(session: AsyncSession, article_id: str) -> Article | None:
    return await session.get(Article, article_id)


async def list_article_events(session: AsyncSession, article_id: str) -> Sequence[EventRecord]:
    """The article's events in text order (by evidence offset)."""
    evidence_start = EventRow.payload["evidence"]["start"].astext.cast(Integer)
    statement = _event_columns().where(EventRow.article_id == article_id).order_by(evidence_start, EventRow.event_id)
    return (await session.execute(statement)).all()


async def ping(session: AsyncSession) -> None:
    await session.execute(select(1))
