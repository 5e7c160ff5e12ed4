"""Masking before Kiwi: what collapses, what stays, and how offsets map back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from services.extract.korean.masking import PLACEHOLDER, mask
from services.extract.korean.morph import analyse_masked


def _never(_: str) -> bool:
    return False


def _always(_: str) -> bool:
    return True


CASES = [
    # text, holds_trigger, masked text
    ('장관은 "협력의 폭을 넓혀 나가겠다"고 말했다.', _always, f'장관은 "{PLACEHOLDER}"고 말했다.'),
    ("정부는 '국가 인공지능 안전 기본 계획'을 세웠다.", _never, f"정부는 '{PLACEHOLDER} 기본 계획'을 세웠다."),
    ("정부는 '국가 인공지능 안전 기본 계획'을 세웠다.", _always, "정부는 '국가 인공지능 안전 기본 계획'을 세웠다."),
    ("예산(약 3천억원 규모)을 늘렸다.", _never, f"예산({PLACEHOLDER})을 늘렸다."),
    ('그는 "좋다"고 했다.', _never, '그는 "좋다"고 했다.'),  # short quotes stay
    ("미국 국립과학재단(NSF)과 만났다.", _never, "미국 국립과학재단(NSF)과 만났다."),
]


@pytest.mark.parametrize(("text", "holds_trigger", "expected"), CASES)
def test_what_is_masked(text: str, holds_trigger: Callable[[str], bool], expected: str) -> None:
    assert mask(text, holds_trigger).text == expected


def test_offsets_map_back_to_the_original() -> None:
    text = '장관은 "협력의 폭을 넓혀 나가겠다"고 17일 말했다.'
    masked = mask(text, _never)
    morphs = analyse_masked(masked, 100)
    said = next(m for m in morphs if m.form == "말")
    assert text[said.start - 100 : said.end - 100] == "말"
    placeholder = next(m for m in morphs if m.form == PLACEHOLDER)
    assert text[placeholder.start - 100 : placeholder.end - 100] == "협력의 폭을 넓혀 나가겠다"


def test_nothing_to_mask_keeps_the_text() -> None:
    masked = mask("과학기술정보통신부는 3일 일정을 공개했다.", _never)
    assert masked.replaced == () and masked.original_start(5) == 5
