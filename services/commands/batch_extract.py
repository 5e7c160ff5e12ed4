"""`policy-events extract`: the same accept + extract path as the services, without Kafka (EVENTS.md §6)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from services.core.contracts import ExtractionResult
from services.core.messages import RejectedMessage
from services.extract.pipeline import extract_events
from services.ingest.accept import accept
from services.ingest.validate import parse_raw_article


@dataclass(frozen=True, slots=True)
class LineError:
    line_number: int
    reason: str
    message: str


def extract_lines(lines: Iterable[str], *, max_bytes: int) -> Iterator[ExtractionResult | LineError]:
    """One result per non-blank input line, in input order; a bad line yields a LineError."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = accept(parse_raw_article(line.encode("utf-8"), max_bytes=max_bytes))
        except RejectedMessage as error:
            yield LineError(number, error.reason, str(error))
            continue
        yield ExtractionResult(
            article_id=article.article_id, language=article.language, events=extract_events(article)
        )
