"""GET /events (filtered, keyset-paginated) and GET /events/{event_id}."""

from __future__ import annotations

from fastapi import APIRouter

from services.api import queries
from services.api.convert import event_out
from services.api.cursor import encode_cursor
from services.api.deps import SessionDep
from services.api.errors import not_found
from services.api.params import EventFiltersDep, PageRequestDep
from services.api.schemas import ErrorResponse, EventOut, EventPage

router = APIRouter(tags=["events"])


@router.get(
    "/events",
    response_model=EventPage,
    responses={400: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
    summary="List events, newest first (undated last), filtered and paginated",
)
async def list_events(session: SessionDep, filters: EventFiltersDep, page: PageRequestDep) -> EventPage:
    # One row more than the page tells whether another page follows.
    records = await queries.list_events(session, filters, after=page.after, limit=page.limit + 1)
    shown = records[: page.limit]
    has_more = len(records) > page.limit
    next_cursor = encode_cursor(queries.sort_key_of(shown[-1])) if has_more else None
    return EventPage(items=[event_out(record) for record in shown], next_cursor=next_cursor)


@router.get(
    "/events/{event_id}",
    response_model=EventOut,
    responses={404: {"model": ErrorResponse}},
    summary="One event by id",
)
async def get_event(session: SessionDep, event_id: str) -> EventOut:
    record = await queries.get_event(session, event_id)
    if record is None:
        raise not_found("event", event_id)
    return event_out(record)
