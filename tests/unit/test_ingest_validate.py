import json

import pytest

from services.core.messages import RejectedMessage
from services.ingest.accept import accept
from services.ingest.validate import parse_raw_article

LIMIT = 1024 * 1024


def _reason(value: bytes | None) -> str:
    with pytest.raises(RejectedMessage) as caught:
        parse_raw_article(value, max_bytes=LIMIT)
    return caught.value.reason


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "empty_message"),
        (b"", "empty_message"),
        (b"\xff\xfe\x00garbage", "not_utf8"),
        (b"not json at all", "not_json"),
        (b"[1, 2, 3]", "not_an_object"),
        (b'{"title": "no body"}', "invalid_article"),
        (b'{"body": ""}', "invalid_article"),
        (b'{"body": "x", "published_at": "yesterday"}', "invalid_article"),
        (b'{"body": "x", "published_at": "2025-01-01T10:00:00"}', "invalid_article"),
        (b'{"body": "x", "language": "Korean"}', "invalid_article"),
        (b'{"body": 42}', "invalid_article"),
    ],
)
def test_bad_messages_are_rejected_with_a_reason(value: bytes | None, reason: str) -> None:
    assert _reason(value) == reason


def test_oversized_message_is_rejected_before_parsing() -> None:
    with pytest.raises(RejectedMessage) as caught:
        parse_raw_article(b"x" * 2000, max_bytes=1000)
    assert caught.value.reason == "too_large"
    assert "2000" in str(caught.value)


def test_the_error_names_the_field() -> None:
    with pytest.raises(RejectedMessage) as caught:
        parse_raw_article(b'{"title": "no body"}', max_bytes=LIMIT)
    assert "body" in str(caught.value)


def test_minimal_article_is_accepted_with_detected_language_and_content_id() -> None:
    raw = parse_raw_article(json.dumps({"body": "The ministry said on Tuesday it would fund labs."}).encode(),
                            max_bytes=LIMIT)
    article = accept(raw)
    assert article.language == "en"
    assert article.article_id.startswith("sha-")


def test_korean_article_keeps_extra_fields_and_given_language() -> None:
    message = {
        "id": "k1", "body": "<p>과기정통부는 8일 밝혔다.</p>", "language": "ko-KR",
        "published_at": "2025-12-08T15:33:00+09:00", "gold": [],
    }
    article = accept(parse_raw_article(json.dumps(message, ensure_ascii=False).encode(), max_bytes=LIMIT))
    assert (article.article_id, article.language, article.body) == ("k1", "ko", "과기정통부는 8일 밝혔다.")
    assert article.published_at is not None and article.published_at.utcoffset() is not None


def test_markup_only_body_is_rejected() -> None:
    raw = parse_raw_article(b'{"body": "<p> </p><script>x()</script>"}', max_bytes=LIMIT)
    with pytest.raises(RejectedMessage) as caught:
        accept(raw)
    assert caught.value.reason == "empty_body"
