"""An English date pattern is skipped when the text lacks a word every match needs; results are unchanged."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from services.extract import dates
from services.extract.dates import find_dates
from services.extract.model import DateMention

PUBLISHED = datetime(2025, 5, 20, 9, 0, tzinfo=timezone(timedelta(hours=9)))

TEXTS = [
    "The agency signed the pact on May 14, 2025 in Seoul.",
    "Officials met on the 3rd of June and again late in 2024.",
    "The rules, first drafted on 2 October 2023, take effect in March.",
    "Talks resumed last Thursday and continue TOMORROW.",
    "The budget for next Year was set on 2025-03-09 by the cabinet.",
    "Ministers will meet again on the 9th, the spokesperson said yesterday.",
    "Since 2019 the fund has grown, and earlier this month it doubled.",
    "장관은 지난 2025년 5월 14일 회의에 참석했다.",
    "양국은 2024-11-02 협정에 서명했고 in 2023 공동연구를 시작했다.",
    "The forum opened in September; 회의는 이날 끝났다.",
    "No date at all: the ministry reviewed the plan.",
    "The minister said the accord (서명일: 2024년 3월 8일) took effect 이튿날.",
    "Officials called it 올해 최대 회의, held 지난달 and again 어제.",
    "The 9일 session, a 오늘 briefing and the 3~4일 talks were all cited.",
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("text", TEXTS)
def test_gated_patterns_find_what_all_patterns_find(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated: list[DateMention] = find_dates(text, published_at=PUBLISHED, language=language)
    monkeypatch.setattr(dates, "_runnable_english", lambda _text: list(dates._EN_PATTERNS))
    assert find_dates(text, published_at=PUBLISHED, language=language) == gated


@pytest.mark.parametrize("text", TEXTS)
def test_the_korean_gate_of_an_english_text_loses_no_korean_date(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated: list[DateMention] = find_dates(text, published_at=PUBLISHED, language="en")
    monkeypatch.setattr(dates, "_KO_GATE", re.compile(""))
    assert find_dates(text, published_at=PUBLISHED, language="en") == gated


def test_an_english_text_with_numbers_but_no_korean_date_word_skips_the_korean_grammar() -> None:
    assert dates._KO_GATE.search("On 14 May 2025, 3 ministers met at 10:00 in Room 2.") is None


def test_a_korean_text_without_english_words_runs_no_english_pattern() -> None:
    assert dates._runnable_english("장관은 14일 서울에서 회의를 열었다.") == []
