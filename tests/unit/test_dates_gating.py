"""The other language's date grammar runs only when a text holds a word it needs; results are unchanged."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from services.extract.dates import find_dates

PUBLISHED = datetime(2025, 5, 20, 9, 0, tzinfo=timezone(timedelta(hours=9)))

CASES = [
    # text, language, expected values
    ("회의는 March 3, 2025 워싱턴에서 열렸다.", "ko", [date(2025, 3, 3)]),
    ("장관은 19일 서울에서 회의를 열었다.", "ko", [date(2025, 5, 19)]),
    ("The ministry said on 3 April that it would act.", "en", [date(2025, 4, 3)]),
    ("The forum, known as 한미 포럼, opened on 2025년 5월 1일.", "en", [date(2025, 5, 1)]),
    ("인공지능 반도체 협력을 논의했다.", "ko", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_both_grammars_still_apply(text: str, language: str, expected: list[date]) -> None:
    assert [d.value for d in find_dates(text, published_at=PUBLISHED, language=language)] == expected
