import pytest

from services.ingest.identity import article_id_for, canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.com/news/1/", "https://example.com/news/1"),
        ("https://example.com:443/a?b=2&a=1#top", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?utm_source=x&id=7&fbclid=abc", "https://example.com/a?id=7"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_given_id_wins() -> None:
    assert article_id_for(given_id=" ko-1 ", url="https://x.org/a", title=None, body="b") == "ko-1"


def test_same_story_under_tracking_variants_gets_one_id() -> None:
    a = article_id_for(given_id=None, url="https://www.x.org/a?utm_medium=rss", title=None, body="one")
    b = article_id_for(given_id=None, url="https://x.org/a/", title=None, body="two")
    assert a == b
    assert a.startswith("url-")


def test_content_hash_is_the_last_resort() -> None:
    a = article_id_for(given_id=None, url=None, title="t", body="body")
    assert a == article_id_for(given_id="", url="  ", title="t", body="body")
    assert a != article_id_for(given_id=None, url=None, title="t", body="other body")
    assert a.startswith("sha-")
