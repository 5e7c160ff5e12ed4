"""Pure helpers of the English analyser: datelines, occasions pointed at, weeks and past weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from services.extract.english.dateline import dateline_place
from services.extract.english.occasions import past_weekdays, pointed_occasion, week_date
from services.extract.english.tokens import tokenize
from services.extract.english.view import DateSpan
from services.extract.gazetteer import default_gazetteer
from services.extract.model import DateMention, DatePrecision


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("OTTAWA - Canada will fund a quantum hub.", "Ottawa", "CAN"),
        ("NEW DELHI, March 3 (Reuters) - India's cabinet approved …", "New Delhi", "IND"),
        ("SACRAMENTO, Calif. - The governor signed …", "Sacramento", "USA"),
        ("BRUSSELS — The Commission opened …", "Brussels", "BEL"),
        ("Tokyo, March 3 (Kyodo) -- Japan will fund …", "Tokyo", "JPN"),
        ("LONDON (Reuters) - Britain said …", "London", "GBR"),
        ("Canada will fund a quantum hub - officials said.", None, None),
        ("Japan, Korea and China - the three neighbours - met.", None, None),
        ("UNKNOWNVILLE - Someone did something.", None, None),
    ],
)
def test_dateline_place(text: str, city: str | None, country: str | None) -> None:
    found = dateline_place(text, 0, default_gazetteer().find)
    assert (found.entity.name if found else None) == city
    assert (found.entity.country if found else None) == country


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("said at the signing ceremony .", "signing"),
        ("told reporters after the meeting .", "meeting"),
        ("wrote in his veto message .", "veto"),
        ("said in the statement .", "statement"),
        ("said in Seoul .", None),
        ("said the meeting would be held in May .", None),
    ],
)
def test_pointed_occasion(text: str, noun: str | None) -> None:
    words = text.lower().split()
    assert pointed_occasion(words, 1) == noun


def _span(text: str, phrase: str, value: date) -> DateSpan:
    tokens = tokenize(text, 0)
    start = text.index(phrase)
    first = next(i for i, t in enumerate(tokens) if t.start == start)
    last = next(i for i, t in enumerate(tokens) if t.end == start + len(phrase)) + 1
    mention = DateMention(start, start + len(phrase), phrase, value, DatePrecision.DAY)
    return DateSpan(first, last, mention)


@pytest.mark.parametrize(
    ("text", "resolved", "expected"),
    [
        # published Wednesday 2026-03-11; the resolver put Monday in the future because of "will"
        ("Korea will fund labs, the minister said on Monday.", date(2026, 3, 16), date(2026, 3, 9)),
        ("Korea will fund labs, she said in a statement on Monday.", date(2026, 3, 16), date(2026, 3, 9)),
        ("The minister will travel to Paris on Monday.", date(2026, 3, 16), date(2026, 3, 16)),
        ("The minister on Monday signed the order.", date(2026, 3, 16), date(2026, 3, 9)),
        ("The two leaders will sign the deal in Paris on Monday.", date(2026, 3, 16), date(2026, 3, 16)),
        (
            '"We will act," said Minister Ann Berg at a news conference in Oslo on Monday.',
            date(2026, 3, 16),
            date(2026, 3, 9),
        ),
    ],
)
def test_past_weekdays(text: str, resolved: date, expected: date) -> None:
    span = _span(text, "Monday", resolved)
    (fixed,) = past_weekdays(tokenize(text, 0), [span], date(2026, 3, 11))
    assert fixed.mention.value == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("They met in Ottawa last week .", date(2026, 5, 19), date(2026, 5, 1)),  # 11-17 May
        ("They met in Ottawa last week .", date(2026, 6, 3), date(2026, 5, 1)),  # 25-31 May
        ("They met in Ottawa last week .", date(2026, 7, 1), date(2026, 6, 1)),  # 22-28 June
        ("They met in Ottawa last week .", date(2026, 4, 8), None),  # 30 March - 5 April
        ("They met in Ottawa this week .", date(2026, 4, 1), None),  # 30 March - 5 April
        ("They met in Ottawa .", date(2026, 5, 19), None),
    ],
)
def test_week_date(text: str, published: date, expected: date | None) -> None:
    tokens = tokenize(text, 0)
    words = [t.lower for t in tokens]
    found = week_date(words, tokens, 0, len(tokens), published)
    assert (found.value if found else None) == expected
