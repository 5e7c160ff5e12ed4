"""Date expressions in Korean and English news, resolved against the publication date.

The reference day is the publication's own local date (`published_at` keeps its UTC
offset; a Korean report published on the 9th KST about "8일(현지시간)" means the 8th).
Rules that need a decision (see docs/gazetteer.md, "Dates"):

- A bare day ("8일", "on the 9th") is in the publication month when it is not after the
  publication day. A later day is in the previous month when marked as past ("지난") or
  when its clause is in the past tense; in the publication month when marked as future
  ("오는") or the clause is future; otherwise in the publication month only when at most
  two days after the publication day.
- A month or month-day without a year takes the year that puts it nearest to the
  publication date, or the nearest in the past/future when "지난"/"last" or
  "오는"/"next" says so.
- A range ("8~9일", "24-25 May") is dated by its first day.
- Weeks ("지난주", "last week") have no precision of their own and are skipped.
- MONTH and YEAR precision store the first day of the period.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from services.core.contracts import DatePrecision
from services.extract.model import DateMention

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


class Direction(Enum):
    PAST = "past"
    FUTURE = "future"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    reference: date | None  # the publication's local date
    anchor: DateMention | None  # what "이날" / "the same day" refers to


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: date
    precision: DatePrecision


# ------------------------------------------------------------------ calendar help


def _month_start(year: int, month: int, shift: int = 0) -> date:
    index = year * 12 + (month - 1) + shift
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, reference: date, direction: Direction) -> date | None:
    """The (month, day) nearest to the reference, or nearest on the side `direction` asks for."""
    options = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _safe_date(y, month, day))]
    if direction is Direction.PAST:
        options = [d for d in options if d <= reference]
    elif direction is Direction.FUTURE:
        options = [d for d in options if d >= reference]
    if not options:
        return None
    # Ties go to the past: news reports more than it previews.
    return min(options, key=lambda d: (abs((d - reference).days), d > reference))


def _nearest_month(month: int, reference: date, direction: Direction, strict: bool = False) -> date:
    """The first day of the named month nearest to the reference month (ties: the past).

    `strict`: a stated direction ("지난 12월", "last December") excludes the current month.
    """
    here = reference.year * 12 + reference.month - 1
    options = [(y * 12 + month - 1) for y in (reference.year - 1, reference.year, reference.year + 1)]
    if direction is Direction.PAST:
        options = [o for o in options if o < here or (o == here and not strict)]
    elif direction is Direction.FUTURE:
        options = [o for o in options if o > here or (o == here and not strict)]
    best = min(options, key=lambda o: (abs(o - here), o > here))
    return date(best // 12, best % 12 + 1, 1)


def _bare_day(day: int, reference: date, said: Direction, tense: Callable[[], Direction]) -> date | None:
    """Day N of the publication month, or of the previous/next month (rules in the module doc).

    `said` is the direction the text states ("지난", "오는", "last"); `tense` is asked only
    when the day is after the publication day.
    """
    this_month = _safe_date(reference.year, reference.month, day)
    previous = _month_start(reference.year, reference.month, -1)
    following = _month_start(reference.year, reference.month, 1)
    if day <= reference.day:
        if said is Direction.FUTURE and day < reference.day:
            return _safe_date(following.year, following.month, day)
        return this_month
    direction = said if said is not Direction.NONE else tense()
    if direction is Direction.PAST or (direction is Direction.NONE and day > reference.day + 2):
        return _safe_date(previous.year, previous.month, day)
    return this_month


# -------------------------------------------------------------------- tense cues

_KO_FUTURE_WORDS = ("예정", "계획", "방침", "할 것", "될 것", "전망")
_EN_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is due to|are due to|is set to|are set to|is expected to|are expected to|"
    r"plans? to|to be held|scheduled|upcoming|is to|are to)\b",
    re.IGNORECASE,
)
_EN_SENTENCE_END = re.compile(r"[.!?]\s")


def _korean_tense(text: str, end: int) -> Direction:
    """Past or future from the first tense marker after a date, within its sentence."""
    window = text[end : end + 120].split(". ", 1)[0].split("\n", 1)[0]
    for index, char in enumerate(window):
        if window.startswith(_KO_FUTURE_WORDS, index):
            return Direction.FUTURE
        if "\uac00" <= char <= "\ud7a3":
            final = (ord(char) - 0xAC00) % 28
            if final == 20:  # ㅆ: 했다, 열었다, 참석했던
                return Direction.PAST
            if final == 4 and window[index + 1 : index + 2] == "다":  # ㄴ다: 열린다, 참석한다
                return Direction.FUTURE
    return Direction.NONE


def _english_tense(text: str, start: int) -> Direction:
    """Future when the clause before a date carries a future cue, past otherwise."""
    window = text[max(0, start - 160) : start]
    ends = list(_EN_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return Direction.FUTURE if _EN_FUTURE.search(window) else Direction.PAST


# ------------------------------------------------------------------------ Korean

_KO_DASH = "~∼〜～\\-–"
_KO_PATTERN = re.compile(
    rf"""
    (?<![0-9가-힣.,])
    (?=[0-9]|지난|오는|올|재작년|작년|금년|내년|이듬해|이달|이번|다음|내달|전달)  # cheap first-character filter
    (?:(?P<dir>지난|오는|올)(?!\s?달|해)\s*)?
    (?:(?P<year>(?:19|20)\d{{2}})\s*년(?!\s*(?:대|생|간))\s*
       |(?P<relyear>재작년|지난해|작년|올해|금년|내년|이듬해)\s*)?
    (?:(?P<month>1[0-2]|0?[1-9])\s*월\s*
       |(?P<relmonth>지난\s?달|이달|이번\s?달|다음\s?달|내달|전달)\s*)?
    (?:(?P<day>3[01]|[12][0-9]|0?[1-9])\s*(?:일\s*)?
       (?:[{_KO_DASH}]\s*(?:\d{{1,2}}\s*월\s*)?\d{{1,2}}\s*)?일
       (?!\s*(?:간|째|동안|이내|만에|내에|후|뒤|전|씩|치|분|이상|이하|가량|정도|미만|초과|[0-9]))
       (?:\s*\(현지\s*시간\))?)?
    """,
    re.VERBOSE,
)
_KO_RELATIVE_DAY = re.compile(r"(?<![가-힣])(?P<word>이날|같은\s?날|당일|그날|전날|다음\s?날|이튿날|어제|오늘|내일)")
_KO_DAY_SHIFT = {"이날": 0, "같은날": 0, "당일": 0, "그날": 0, "전날": -1, "다음날": 1, "이튿날": 1}
_KO_TODAY_SHIFT = {"어제": -1, "오늘": 0, "내일": 1}
_KO_YEAR_SHIFT = {"재작년": -2, "지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1, "이듬해": 1}
_KO_MONTH_SHIFT = {"지난달": -1, "전달": -1, "이달": 0, "이번달": 0, "다음달": 1, "내달": 1}
_NUMERIC_DATE = re.compile(
    r"(?<![0-9.])(?P<year>(?:19|20)\d{2})[.\-/]\s?(?P<month>1[0-2]|0?[1-9])[.\-/]\s?"
    r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)


def _korean(context: Context) -> Iterator[_Found]:
    for match in _KO_PATTERN.finditer(context.text):
        if match.group(0).strip() and (found := _resolve_korean(match, context)) is not None:
            yield found
    for match in _KO_RELATIVE_DAY.finditer(context.text):
        if (found := _relative_day(match, context)) is not None:
            yield found


def _resolve_korean(match: re.Match[str], context: Context) -> _Found | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    if set(groups) <= {"dir"}:
        return None
    start = match.start() if "dir" not in groups or len(groups) > 1 else match.start("dir")
    end = match.end()
    while end > start and match.string[end - 1].isspace():
        end -= 1
    direction = {"지난": Direction.PAST, "오는": Direction.FUTURE}.get(groups.get("dir", ""), Direction.NONE)
    if groups.get("dir") == "올" and "year" not in groups and "relyear" not in groups:
        groups["relyear"] = "올해"
    value = _korean_value(groups, direction, context, end)
    return None if value is None else _Found(start, end, value[0], value[1])


def _korean_value(
    groups: dict[str, str], direction: Direction, context: Context, end: int
) -> tuple[date, DatePrecision] | None:
    reference = context.reference
    year = int(groups["year"]) if "year" in groups else None
    if "relyear" in groups:
        if reference is None:
            return None
        year = reference.year + _KO_YEAR_SHIFT[groups["relyear"]]
    month = int(groups["month"]) if "month" in groups else None
    day = int(groups["day"]) if "day" in groups else None
    if "relmonth" in groups:
        if reference is None:
            return None
        shifted = _month_start(reference.year, reference.month, _KO_MONTH_SHIFT[re.sub(r"\s", "", groups["relmonth"])])
        year, month = shifted.year, shifted.month
    return _combine(year, month, day, direction, reference, lambda: _korean_tense(context.text, end))


def _combine(
    year: int | None,
    month: int | None,
    day: int | None,
    direction: Direction,
    reference: date | None,
    tense: Callable[[], Direction],
) -> tuple[date, DatePrecision] | None:
    """Year/month/day pieces (any may be missing) to a date and precision."""
    if day is not None and month is None and year is not None:
        return None
    if year is None and (day is not None or month is not None) and reference is None:
        return None
    if day is not None and month is not None:
        if year is not None:
            value = _safe_date(year, month, day)
        else:
            assert reference is not None
            value = _nearest_year(month, day, reference, direction if direction is not Direction.NONE else tense())
        return None if value is None else (value, DAY)
    if day is not None:
        assert reference is not None
        value = _bare_day(day, reference, direction, tense)
        return None if value is None else (value, DAY)
    if month is not None:
        if year is not None:
            return date(year, month, 1), MONTH
        assert reference is not None
        if direction is not Direction.NONE:
            return _nearest_month(month, reference, direction, strict=True), MONTH
        return _nearest_month(month, reference, tense()), MONTH
    if year is not None:
        return date(year, 1, 1), YEAR
    return None


def _relative_day(match: re.Match[str], context: Context) -> _Found | None:
    word = re.sub(r"\s", "", match.group("word"))
    if word in _KO_TODAY_SHIFT:
        if context.reference is None:
            return None
        return _Found(match.start(), match.end(), context.reference + timedelta(days=_KO_TODAY_SHIFT[word]), DAY)
    if context.anchor is not None:
        base, precision = context.anchor.value, context.anchor.precision
    elif context.reference is not None:
        base, precision = context.reference, DAY
    else:
        return None
    shift = _KO_DAY_SHIFT[word]
    if shift and precision is not DAY:
        return None
    return _Found(match.start(), match.end(), base + timedelta(days=shift), precision)


def _numeric(context: Context) -> Iterator[_Found]:
    for match in _NUMERIC_DATE.finditer(context.text):
        value = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if value is not None:
            yield _Found(match.start(), match.end(), value, DAY)


# ----------------------------------------------------------------------- English

_MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"  # fmt: skip
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ORD = r"(?:st|nd|rd|th)?"
_DAY_NUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
_YEAR_NUM = r"(?:19|20)\d{2}"
_EN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(
        rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY_NUM}){_ORD}"
        rf"(?:\s*[-–]\s*{_DAY_NUM}{_ORD})?(?:,?\s+(?P<year>{_YEAR_NUM}))?(?![0-9])(?!\s*(?:%|percent|per cent))")),
    ("day_month", re.compile(
        rf"(?<![0-9.,$])\b(?P<day>{_DAY_NUM}){_ORD}(?:\s*[-–]\s*{_DAY_NUM}{_ORD})?\s+(?:of\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?P<year>{_YEAR_NUM}))?(?![0-9])")),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR_NUM})\b")),
    ("month", re.compile(
        rf"(?:\b(?P<rel>last|next|this|early|late|mid|earlier this|later this)[\s-]+"
        rf"|\b(?P<prep>in|by|since|until|from|of|during)\s+)"
        rf"(?P<month>{_FULL_MONTH})\b(?!\s+{_DAY_NUM}\b)")),
    ("bare_month", re.compile(rf"(?<![\w.])(?P<month>(?:January|February|April|June|July|August|September|October|"
                              rf"November|December))\b(?!\s+{_DAY_NUM}\b)(?!,?\s+{_YEAR_NUM})")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("weekday", re.compile(
        r"\b(?:(?P<rel>last|next|this|coming|this coming|on)\s+)?"
        r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("today", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.IGNORECASE)),
    ("relative_period", re.compile(
        r"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|past)\s+(?P<unit>month|year)\b", re.IGNORECASE)),
    ("year", re.compile(
        rf"\b(?P<prep>in|In|since|Since|by|By|from|From|until|till|through|during|of|before|after|around|"
        rf"circa|early|late|mid)[\s-]+(?P<year>{_YEAR_NUM})\b(?!\s*(?:%|percent|people|units|[0-9]))")),
    ("ordinal_day", re.compile(rf"(?<=\bon\s)the\s+(?P<day>{_DAY_NUM})(?:st|nd|rd|th)\b")),
]  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_TODAY_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1}


# Every English pattern needs one of these (a month, weekday, today, month/year, a year number or
# "the 9th"); every Korean date holds one of these syllables (년 월 일 of a number, 해 달 날 of a
# relative word, 제 and 늘 of 어제 and 오늘): a text without them skips that grammar.
_EN_GATE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow"
    r"|year|month)|(?<![0-9])(?:19|20)\d\d\b|the\s+\d"
)
_KO_GATE = re.compile(r"[년월일해달날제늘]")


_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR_PREFIXES = ("19", "20")
_YEAR_PREPOSITIONS = (
    "in", "In", "since", "Since", "by", "By", "from", "From", "until", "till", "through", "during", "of",
    "before", "after", "around", "circa", "early", "late", "mid",
)  # fmt: skip
# Per pattern, groups of substrings: every match contains one word of each group (in the lower-cased
# text for the case-insensitive patterns, whose words hold no letter that folds from a non-ASCII one).
# A pattern whose groups are not all present cannot match, and its regular-expression scan (the
# bulk of the dates' cost) is skipped.
_EN_PATTERN_WORDS: dict[str, tuple[tuple[tuple[str, ...], ...], bool]] = {
    "month_day": ((_MONTH_PREFIXES,), False),
    "day_month": ((_MONTH_PREFIXES,), False),
    "month_year": ((_MONTH_PREFIXES, _YEAR_PREFIXES), False),
    "month": ((_MONTH_PREFIXES,), False),
    "bare_month": ((_MONTH_PREFIXES,), False),
    "iso": ((("-",), _YEAR_PREFIXES), False),
    "weekday": ((("day",),), False),
    "today": ((("day", "tomorrow"),), True),
    "relative_period": ((("month", "year"),), True),
    "year": ((_YEAR_PREFIXES, _YEAR_PREPOSITIONS), False),
    "ordinal_day": ((("the",),), False),
}


def _runnable_english(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The English patterns that can match `text` (a Korean text seldom has the words they need)."""
    haystacks = (text, text.lower())
    present: dict[tuple[int, bool], bool] = {}  # by (id of a word group, folded): the month group serves five
    runnable: list[tuple[str, re.Pattern[str]]] = []
    for name, pattern in _EN_PATTERNS:
        groups, folded = _EN_PATTERN_WORDS[name]
        for words in groups:
            key = (id(words), folded)
            if key not in present:
                haystack = haystacks[folded]
                present[key] = any(map(haystack.__contains__, words))
            if not present[key]:
                break
        else:
            runnable.append((name, pattern))
    return runnable


def _english(context: Context, patterns: list[tuple[str, re.Pattern[str]]]) -> Iterator[_Found]:
    for name, pattern in patterns:
        for match in pattern.finditer(context.text):
            found = _resolve_english(name, match, context)
            if found is not None:
                yield found


def _resolve_english(name: str, match: re.Match[str], context: Context) -> _Found | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    reference = context.reference
    start, end = match.start(), match.end()
    if name == "weekday":
        return _weekday(groups, context, match)
    if name == "today":
        if reference is None:
            return None
        return _Found(start, end, reference + timedelta(days=_EN_TODAY_SHIFT[groups["word"].lower()]), DAY)
    if name == "relative_period":
        return _relative_period(groups, reference, start, end)
    direction = _english_direction(groups.get("rel"))
    month = _month_number(groups["month"]) if "month" in groups else None
    if "prep" in groups:  # "in 2021", "by May": the preposition is not part of the date
        start = match.start("year") if "year" in groups else match.start("month")
    year = int(groups["year"]) if "year" in groups else None
    day = int(groups["day"]) if "day" in groups else None
    if name == "ordinal_day":
        month = None
    if groups.get("rel") in ("this", "early", "late", "mid", "earlier this", "later this") and year is None:
        year = reference.year if reference else None
    value = _combine(year, month, day, direction, reference, lambda: _english_tense(context.text, start))
    return None if value is None else _Found(start, end, value[0], value[1])


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTH_NUMBERS[text.rstrip(".").lower()]


def _english_direction(relative: str | None) -> Direction:
    if relative in ("last", "past"):
        return Direction.PAST
    if relative in ("next", "coming", "this coming"):
        return Direction.FUTURE
    return Direction.NONE


def _weekday(groups: dict[str, str], context: Context, match: re.Match[str]) -> _Found | None:
    reference = context.reference
    if reference is None:
        return None
    target = _WEEKDAYS.index(groups["weekday"].lower())
    relative = groups.get("rel", "on")
    direction = _english_direction(relative)
    if direction is Direction.NONE:
        direction = _english_tense(context.text, match.start())
    back = (reference.weekday() - target) % 7
    forward = (target - reference.weekday()) % 7
    if direction is Direction.FUTURE:
        value = reference + timedelta(days=forward or (7 if relative == "next" else 0))
    else:
        value = reference - timedelta(days=back or (7 if relative == "last" else 0))
    start = match.start("weekday") if relative == "on" else match.start()
    return _Found(start, match.end(), value, DAY)


def _relative_period(groups: dict[str, str], reference: date | None, start: int, end: int) -> _Found | None:
    if reference is None:
        return None
    shift = {"this": 0, "last": -1, "past": -1, "next": 1}[groups["rel"].lower()]
    if groups["unit"].lower() == "month":
        return _Found(start, end, _month_start(reference.year, reference.month, shift), MONTH)
    if groups["rel"].lower() == "past":
        return None  # "the past year" is a span, not a year
    return _Found(start, end, date(reference.year + shift, 1, 1), YEAR)


# ------------------------------------------------------------------------ public


def _select(found: list[_Found]) -> list[_Found]:
    """Longest first, then leftmost; no overlaps."""
    chosen: list[_Found] = []
    for candidate in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda f: f.start)


def find_dates(
    text: str,
    *,
    offset: int = 0,
    published_at: datetime | None = None,
    language: str = "ko",
    anchor: date | DateMention | None = None,
) -> list[DateMention]:
    """Date expressions in `text` with their resolved values; offsets shifted by `offset`.

    `anchor` is what "이날"/"같은 날" point to (the date of the event being told);
    without it they mean the publication date.
    """
    if isinstance(anchor, date):
        anchor = DateMention(0, 0, "", anchor, DAY)
    context = Context(text, published_at.date() if published_at else None, anchor)
    found = list(_numeric(context))
    # Both grammars run on every text: Korean articles quote English dates and vice versa.
    # The other language's grammar runs only when the text holds a word it needs.
    if language.startswith("ko"):
        found.extend(_korean(context))
        patterns = _runnable_english(text)
        if patterns and _EN_GATE.search(text):
            found.extend(_english(context, patterns))
    else:
        found.extend(_english(context, _runnable_english(text)))
        if _KO_GATE.search(text):
            found.extend(_korean(context))
    return [
        DateMention(f.start + offset, f.end + offset, text[f.start : f.end], f.value, f.precision)
        for f in _select(found)
    ]
