"""Parsing and checking the /events filters, without a server."""

from __future__ import annotations

from datetime import date

import pytest

from services.api.filters import (
    EventFilters,
    FilterError,
    build_event_filters,
    check_limit,
    parse_countries,
    parse_enum_values,
    parse_language,
    split_values,
)
from services.core.contracts import EventType, Topic


def test_repeated_and_comma_separated_values_are_merged_without_blanks_or_repeats() -> None:
    assert split_values(["MEETING, VISIT", "", "VISIT,,AGREEMENT "]) == ["MEETING", "VISIT", "AGREEMENT"]
    assert split_values(None) == []


def test_enum_values_are_case_insensitive() -> None:
    assert parse_enum_values("event_type", ["meeting,Visit"], EventType) == (EventType.MEETING, EventType.VISIT)


def test_an_unknown_enum_value_names_the_parameter_and_the_allowed_values() -> None:
    with pytest.raises(FilterError) as caught:
        parse_enum_values("topic", ["AI", "ROBOTICS"], Topic)
    assert caught.value.param == "topic"
    assert "ROBOTICS" in caught.value.message
    assert "AI_SAFETY" in caught.value.message


def test_countries_are_upper_cased_alpha3_codes() -> None:
    assert parse_countries(["kor", "Euu"]) == ("KOR", "EUU")


@pytest.mark.parametrize("value", ["KR", "KORE", "K0R", "한국"])
def test_a_country_that_is_not_alpha3_is_rejected(value: str) -> None:
    with pytest.raises(FilterError) as caught:
        parse_countries([value])
    assert caught.value.param == "country"


def test_language_is_lower_cased_and_blank_means_none() -> None:
    assert parse_language(" KO ") == "ko"
    assert parse_language("zh-Hant") == "zh-hant"
    assert parse_language("  ") is None


def test_a_malformed_language_is_rejected() -> None:
    with pytest.raises(FilterError):
        parse_language("korean")


def test_date_from_after_date_to_is_rejected() -> None:
    with pytest.raises(FilterError) as caught:
        build_event_filters(date_from=date(2025, 12, 9), date_to=date(2025, 12, 8))
    assert caught.value.param == "date_from"


def test_one_day_range_is_allowed() -> None:
    filters = build_event_filters(date_from=date(2025, 12, 8), date_to=date(2025, 12, 8))
    assert filters.date_from == filters.date_to == date(2025, 12, 8)


def test_no_parameters_means_no_filters() -> None:
    assert build_event_filters() == EventFilters()


def test_empty_article_id_is_no_filter() -> None:
    assert build_event_filters(article_id="").article_id is None


def test_limit_up_to_the_maximum_passes_and_above_it_fails() -> None:
    assert check_limit(500, 500) == 500
    with pytest.raises(FilterError) as caught:
        check_limit(501, 500)
    assert caught.value.param == "limit"
