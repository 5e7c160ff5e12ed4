"""The `articles` row both services write, and its fingerprint of what the extractor reads."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from services.core.contracts import AcceptedArticle
from services.core.db.rows import article_row, fingerprint

PUBLISHED = datetime(2025, 12, 9, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def _article(**changes: object) -> AcceptedArticle:
    fields: dict[str, object] = {
        "article_id": "a1",
        "language": "ko",
        "title": "G7 장관회의 참석",
        "body": "과기정통부는 9일 G7 장관회의에 참석했다고 밝혔다.",
        "published_at": PUBLISHED,
    }
    return AcceptedArticle.model_validate({**fields, **changes})


def test_fingerprint_changes_with_what_the_extractor_reads() -> None:
    base = {"title": "t", "body": "b", "language": "en", "published_at": "2025-01-01T00:00:00+00:00"}
    assert fingerprint(**base) == fingerprint(**base)
    for field in base:
        assert fingerprint(**{**base, field: "changed"}) != fingerprint(**base)


def test_an_edit_the_extractor_reads_changes_the_rows_content_hash_and_metadata_does_not() -> None:
    row = article_row(_article())
    assert row["article_id"] == "a1" and row["body"] == _article().body
    assert article_row(_article(body="과기정통부는 10일 밝혔다."))["content_hash"] != row["content_hash"]
    assert article_row(_article(metadata={"section": "IT"}))["content_hash"] == row["content_hash"]
