import unicodedata

import pytest

from services.ingest.normalise import looks_like_html, normalise_body, normalise_title


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Plain text stays.", "Plain text stays."),
        ("  spaced   out\t words  ", "spaced out words"),
        ("line one\r\nline two", "line one\nline two"),
        ("para one\n\n\n\n\npara two", "para one\n\npara two"),
        ("no\u00a0break\u3000space", "no break space"),
        ("zero\u200bwidth", "zerowidth"),
        ("AT&amp;T &lt;3", "AT&T <3"),
    ],
)
def test_plain_text_is_tidied(raw: str, expected: str) -> None:
    assert normalise_body(raw) == expected


def test_html_becomes_paragraphs_without_markup_or_scripts() -> None:
    html = "<html><body><p>첫 문단입니다.</p><script>alert(1)</script><p>Second <b>bold</b> one.</p></body></html>"
    assert normalise_body(html) == "첫 문단입니다.\n\nSecond bold one."


def test_korean_is_composed_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "과학기술정보통신부")
    assert decomposed != "과학기술정보통신부"
    assert normalise_body(decomposed) == "과학기술정보통신부"


def test_angle_brackets_in_prose_are_not_mistaken_for_html() -> None:
    assert not looks_like_html("growth of 3 < 5 and 7 > 2")
    assert normalise_body("growth of 3 < 5 and 7 > 2") == "growth of 3 < 5 and 7 > 2"


def test_title_is_one_line() -> None:
    assert normalise_title(" G7  meets\n in Montreal ") == "G7 meets in Montreal"
    assert normalise_title(None) is None
    assert normalise_title("   ") is None
