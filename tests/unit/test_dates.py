"""Date resolution: Korean and English forms against the publication date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from services.core.contracts import DatePrecision
from services.extract.dates import find_dates
from services.extract.model import DateMention

KST = timezone(timedelta(hours=9))
D, M, Y = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
# A Tuesday.
PUB = datetime(2025, 12, 9, 15, 0, tzinfo=KST)


def dates(text: str, published_at: datetime | None = PUB, language: str = "ko") -> list[tuple[str, date, str]]:
    return [
        (m.text, m.value, m.precision.value) for m in find_dates(text, published_at=published_at, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("장관은 8일 회의에 참석했다", [("8일", date(2025, 12, 8), "DAY")]),
        ("8일(현지시간) 회의가 열렸다", [("8일(현지시간)", date(2025, 12, 8), "DAY")]),
        ("8~9일 열리는 회의", [("8~9일", date(2025, 12, 8), "DAY")]),
        ("8∼9일 이틀간", [("8∼9일", date(2025, 12, 8), "DAY")]),
        ("8일부터 이틀간 열린다", [("8일", date(2025, 12, 8), "DAY")]),
        ("지난 3일 발표했다", [("지난 3일", date(2025, 12, 3), "DAY")]),
        ("오는 15일 열린다", [("오는 15일", date(2025, 12, 15), "DAY")]),
        ("지난달 28일 서명했다", [("지난달 28일", date(2025, 11, 28), "DAY")]),
        ("다음 달 5일 출범한다", [("다음 달 5일", date(2026, 1, 5), "DAY")]),
        ("이달 14일 열린 회의", [("이달 14일", date(2025, 12, 14), "DAY")]),
        ("3월 5일 공개했다", [("3월 5일", date(2025, 3, 5), "DAY")]),
        ("2024년 3월 5일 체결", [("2024년 3월 5일", date(2024, 3, 5), "DAY")]),
        ("2021년 서명했다", [("2021년", date(2021, 1, 1), "YEAR")]),
        ("지난해 협정을 맺었다", [("지난해", date(2024, 1, 1), "YEAR")]),
        ("올해 예산", [("올해", date(2025, 1, 1), "YEAR")]),
        ("내년 시행", [("내년", date(2026, 1, 1), "YEAR")]),
        ("지난해 11월 정상회의", [("지난해 11월", date(2024, 11, 1), "MONTH")]),
        ("6월 정상회의에서", [("6월", date(2025, 6, 1), "MONTH")]),
        ("지난 6월 참석했던 회의", [("지난 6월", date(2025, 6, 1), "MONTH")]),
        ("오는 2월 열린다", [("오는 2월", date(2026, 2, 1), "MONTH")]),
        ("오는 8월 15일부터 시행된다", [("오는 8월 15일", date(2026, 8, 15), "DAY")]),
        ("2025.3.5 발표", [("2025.3.5", date(2025, 3, 5), "DAY")]),
    ],
)
def test_korean_forms(text: str, expected: list[tuple[str, date, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after the publication day: past clause → previous month, future clause → this month
        ("28일 서명했다", date(2025, 11, 28)),
        ("28일 서울에서 열린다", date(2025, 12, 28)),
        ("28일 개최할 예정이다", date(2025, 12, 28)),
        # no tense cue: at most two days ahead stays in the month
        ("11일 회의", date(2025, 12, 11)),
        ("20일 회의", date(2025, 11, 20)),
    ],
)
def test_bare_day_month_choice(text: str, expected: date) -> None:
    [(_, value, _)] = dates(text)
    assert value == expected


@pytest.mark.parametrize(
    "text",
    [
        "24억캐나다달러를 투자한다",
        "15,000명의 인력",
        "G7과 6G 기술",
        "제2차관과 2차관",
        "제3차 회의와 3차 회의",
        "30% 늘었다",
        "3일간 열렸다",
        "5일 이내에 답한다",
        "3일 만에 합의",
        "12개국이 참석",
        "3개월 동안",
        "코로나19 대유행",
        "2024∼2025 회계연도",
        "7년 만이다",
    ],
)
def test_korean_non_dates(text: str) -> None:
    assert dates(text) == []


def test_same_day_uses_the_anchor_or_the_publication_date() -> None:
    assert dates("이날 오후 만났다") == [("이날", date(2025, 12, 9), "DAY")]
    anchor = DateMention(0, 3, "8일", date(2025, 12, 8), D)
    found = find_dates("같은 날 서명했다", published_at=PUB, language="ko", anchor=anchor)
    assert [(m.text, m.value) for m in found] == [("같은 날", date(2025, 12, 8))]
    found = find_dates("이날", published_at=PUB, language="ko", anchor=date(2025, 12, 1))
    assert found[0].value == date(2025, 12, 1)


def test_publication_local_date_is_used() -> None:
    # 23:30 UTC on the 8th is already the 9th in Seoul.
    late = datetime(2025, 12, 8, 23, 30, tzinfo=UTC).astimezone(KST)
    assert dates("9일 밝혔다", published_at=late) == [("9일", date(2025, 12, 9), "DAY")]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert dates("8일 회의와 2024년 3월 5일 회의", published_at=None) == [("2024년 3월 5일", date(2024, 3, 5), "DAY")]


def test_offsets() -> None:
    text = "장관은 지난달 28일 서명했다"
    [found] = find_dates(text, offset=50, published_at=PUB, language="ko")
    assert (found.start, found.end) == (54, 61)
    assert text[found.start - 50 : found.end - 50] == found.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Tuesday.", [("Tuesday", date(2025, 12, 9), "DAY")]),
        ("The ministers met on Monday.", [("Monday", date(2025, 12, 8), "DAY")]),
        ("The two leaders will meet on Thursday.", [("Thursday", date(2025, 12, 11), "DAY")]),
        ("They signed it last Tuesday.", [("last Tuesday", date(2025, 12, 2), "DAY")]),
        ("It was signed on March 3.", [("March 3", date(2025, 3, 3), "DAY")]),
        ("It was signed on 3 March 2024.", [("3 March 2024", date(2024, 3, 3), "DAY")]),
        ("It was signed on March 3, 2024.", [("March 3, 2024", date(2024, 3, 3), "DAY")]),
        ("On April 1st, they agreed.", [("April 1st", date(2025, 4, 1), "DAY")]),
        ("The forum ran 24-25 November.", [("24-25 November", date(2025, 11, 24), "DAY")]),
        ("The deal was signed on the 5th.", [("the 5th", date(2025, 12, 5), "DAY")]),
        ("He spoke yesterday.", [("yesterday", date(2025, 12, 8), "DAY")]),
        ("The rules arrived last month.", [("last month", date(2025, 11, 1), "MONTH")]),
        ("It starts next month.", [("next month", date(2026, 1, 1), "MONTH")]),
        ("The plan was introduced in 2019.", [("2019", date(2019, 1, 1), "YEAR")]),
        ("A similar pact was signed last year.", [("last year", date(2024, 1, 1), "YEAR")]),
        ("Prices rose earlier this year.", [("earlier this year", date(2025, 1, 1), "YEAR")]),
        ("It takes effect next year.", [("next year", date(2026, 1, 1), "YEAR")]),
        ("The summit was held in November.", [("November", date(2025, 11, 1), "MONTH")]),
        ("It was announced in May 2022.", [("May 2022", date(2022, 5, 1), "MONTH")]),
        ("The first summit was held last November.", [("last November", date(2025, 11, 1), "MONTH")]),
        ("The first summit was held last December.", [("last December", date(2024, 12, 1), "MONTH")]),
        ("The review is due next March.", [("next March", date(2026, 3, 1), "MONTH")]),
        ("Published 2024-04-01 in print.", [("2024-04-01", date(2024, 4, 1), "DAY")]),
    ],
)
def test_english_forms(text: str, expected: list[tuple[str, date, str]]) -> None:
    assert dates(text, language="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "They may sign it soon.",
        "A fine of up to 7% of turnover.",
        "Funding of $940 million and 15,000 practitioners.",
        "The G7 and 6G networks.",
        "Last week officials met.",
        "The National AI Strategy 2.0.",
    ],
)
def test_english_non_dates(text: str) -> None:
    assert dates(text, language="en") == []


def test_precisions_store_the_first_day() -> None:
    for _, value, precision in dates("지난해 11월과 2021년", language="ko"):
        assert value.day == 1
        if precision == Y:
            assert value.month == 1
    assert M.value == "MONTH"
