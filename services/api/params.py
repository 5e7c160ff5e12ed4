"""Query parameters of /events, turned into checked values (422/400 on bad input)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from services.api.cursor import InvalidCursorError, SortKey, decode_cursor
from services.api.deps import ApiSettingsDep
from services.api.errors import ApiError, invalid_query_parameter
from services.api.filters import EventFilters, FilterError, build_event_filters, check_limit
from services.core.contracts import EventType, Topic

EVENT_TYPES = ", ".join(member.value for member in EventType)
TOPICS = ", ".join(member.value for member in Topic)


@dataclass(frozen=True)
class PageRequest:
    limit: int
    after: SortKey | None


def event_filters(
    event_type: Annotated[
        list[str] | None,
        Query(description=f"Repeat or comma-separate; any of: {EVENT_TYPES}.", examples=["MEETING,AGREEMENT"]),
    ] = None,
    country: Annotated[
        list[str] | None,
        Query(description="Agent country, ISO 3166-1 alpha-3 (EUU for the EU); repeat or comma-separate."),
    ] = None,
    topic: Annotated[
        list[str] | None,
        Query(description=f"Events with any of these topics; repeat or comma-separate: {TOPICS}."),
    ] = None,
    date_from: Annotated[date | None, Query(description="Earliest event_date (inclusive), YYYY-MM-DD.")] = None,
    date_to: Annotated[date | None, Query(description="Latest event_date (inclusive), YYYY-MM-DD.")] = None,
    language: Annotated[str | None, Query(max_length=16, description="Article language, e.g. ko or en.")] = None,
    article_id: Annotated[str | None, Query(max_length=512, description="Only this article's events.")] = None,
) -> EventFilters:
    try:
        return build_event_filters(
            event_types=event_type,
            countries=country,
            topics=topic,
            date_from=date_from,
            date_to=date_to,
            language=language,
            article_id=article_id,
        )
    except FilterError as exc:
        raise invalid_query_parameter(exc.param, exc.message) from exc


def page_request(
    settings: ApiSettingsDep,
    limit: Annotated[int | None, Query(ge=1, description="Page size; default and maximum are configured.")] = None,
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page.")] = None,
) -> PageRequest:
    if limit is None:
        return PageRequest(limit=min(settings.default_limit, settings.max_limit), after=_decode(cursor))
    try:
        checked = check_limit(limit, settings.max_limit)
    except FilterError as exc:
        raise invalid_query_parameter(exc.param, exc.message, limit) from exc
    return PageRequest(limit=checked, after=_decode(cursor))


def _decode(cursor: str | None) -> SortKey | None:
    if cursor is None:
        return None
    try:
        return decode_cursor(cursor)
    except InvalidCursorError as exc:
        raise ApiError(400, "invalid_cursor", f"invalid cursor: {exc}") from exc


EventFiltersDep = Annotated[EventFilters, Depends(event_filters)]
PageRequestDep = Annotated[PageRequest, Depends(page_request)]
