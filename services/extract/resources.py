"""The knowledge the pipeline uses: gazetteer mentions, dates and topics.

`Knowledge` bundles three plain functions so tests can swap them;
`load_knowledge` binds them to the gazetteer, dates and topics modules and
loads their data once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from services.core.contracts import Topic
from services.extract.dates import find_dates
from services.extract.gazetteer import get_gazetteer
from services.extract.model import DateMention, Mention
from services.extract.topics import find_topics

MentionFinder = Callable[[str, int], list[Mention]]
DateFinder = Callable[[str, int, datetime | None, str, DateMention | None], list[DateMention]]
TopicFinder = Callable[[str], set[Topic]]


@dataclass(frozen=True, slots=True)
class Knowledge:
    """The loaded knowledge functions, built once per process."""

    mentions: MentionFinder  # (text, offset) -> mentions with body offsets
    dates: DateFinder  # (text, offset, published_at, language, anchor) -> dates
    topics: TopicFinder  # text -> topics


def _find_dates(
    text: str, offset: int, published_at: datetime | None, language: str, anchor: DateMention | None
) -> list[DateMention]:
    return find_dates(text, offset=offset, published_at=published_at, language=language, anchor=anchor)


def load_knowledge() -> Knowledge:
    """Bind the knowledge modules (loading the gazetteer and topic lexicon now, not on first use)."""
    gazetteer = get_gazetteer()
    find_topics("")
    return Knowledge(mentions=gazetteer.find, dates=_find_dates, topics=find_topics)
