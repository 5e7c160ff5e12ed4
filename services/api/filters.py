"""The /events filters as plain values, parsed and checked without any I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from services.core.contracts import EventType, Topic

COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")

E = TypeVar("E", bound=StrEnum)


class FilterError(ValueError):
    """A query parameter that cannot be used; `param` names it for the error response."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message


@dataclass(frozen=True)
class EventFilters:
    """Every filter is optional; several values of one filter match any of them."""

    event_types: tuple[EventType, ...] = ()
    countries: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    language: str | None = None
    article_id: str | None = None


def split_values(values: Iterable[str] | None) -> list[str]:
    """Repeated parameters and comma lists alike, trimmed, without blanks or repeats."""
    parts = (part.strip() for value in values or () for part in value.split(","))
    return list(dict.fromkeys(part for part in parts if part))


def parse_enum_values(param: str, values: Iterable[str] | None, enum: type[E]) -> tuple[E, ...]:
    parsed: list[E] = []
    for value in split_values(values):
        try:
            parsed.append(enum(value.upper()))
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise FilterError(param, f"unknown {param} {value!r}; expected one of: {allowed}") from None
    return tuple(parsed)


def parse_countries(values: Iterable[str] | None) -> tuple[str, ...]:
    countries = tuple(value.upper() for value in split_values(values))
    for country in countries:
        if not COUNTRY_PATTERN.match(country):
            raise FilterError(
                "country", f"invalid country {country!r}; expected an ISO 3166-1 alpha-3 code such as KOR"
            )
    return countries


def parse_language(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    language = value.strip().lower()
    if not LANGUAGE_PATTERN.match(language):
        raise FilterError("language", f"invalid language {value!r}; expected a code such as ko or en")
    return language


def check_date_range(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise FilterError("date_from", f"date_from ({date_from}) is after date_to ({date_to})")


def check_limit(limit: int, max_limit: int) -> int:
    if limit > max_limit:
        raise FilterError("limit", f"limit {limit} is above the maximum of {max_limit}")
    return limit


def build_event_filters(
    *,
    event_types: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    topics: Iterable[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    language: str | None = None,
    article_id: str | None = None,
) -> EventFilters:
    check_date_range(date_from, date_to)
    return EventFilters(
        event_types=parse_enum_values("event_type", event_types, EventType),
        countries=parse_countries(countries),
        topics=parse_enum_values("topic", topics, Topic),
        date_from=date_from,
        date_to=date_to,
        language=parse_language(language),
        article_id=article_id or None,
    )
