from services.commands.publish import message_key, raw_records
from services.core.dlq import dead_letter, reason_headers
from services.core.messages import RejectedMessage, SourceRecord


def test_dead_letter_keeps_the_message_and_says_why() -> None:
    source = SourceRecord(topic="articles.raw", partition=3, offset=41, key=b"k", value=b"{oops",
                          headers=(("trace", b"1"),))
    letter = dead_letter(source, RejectedMessage("not_json", "the message is not JSON"),
                         dlq_topic="articles.dlq", service="ingest")
    assert (letter.topic, letter.key, letter.value) == ("articles.dlq", b"k", b"{oops")
    assert ("trace", b"1") in letter.headers
    why = reason_headers(letter.headers)
    assert why["topic"] == "articles.raw"
    assert (why["partition"], why["offset"]) == ("3", "41")
    assert why["reason"] == "not_json"
    assert why["exception.class.name"] == "RejectedMessage"
    assert why["exception.message"] == "the message is not JSON"
    assert why["stage"] == "ingest"


def test_publish_keys_by_id_then_url() -> None:
    assert message_key('{"id": "a1", "url": "https://x"}') == b"a1"
    assert message_key('{"url": "https://x", "body": "b"}') == b"https://x"
    assert message_key('{"body": "b"}') is None
    assert message_key("not json") is None


def test_publish_sends_every_non_blank_line_as_is() -> None:
    records = list(raw_records(['{"id": "a", "body": "x"}\n', "\n", "garbage\n"], "articles.raw"))
    assert [r.value for r in records] == [b'{"id": "a", "body": "x"}', b"garbage"]
    assert [r.key for r in records] == [b"a", None]
