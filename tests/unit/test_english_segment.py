"""Sentence segmentation of English bodies: boundaries, abbreviations, offsets."""

from __future__ import annotations

import pytest

from services.extract.english.segment import split_sentences
from services.extract.english.tokens import tokenize


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministry met on Monday. It signed a pact.", ["The ministry met on Monday.", "It signed a pact."]),
        (
            "Mr. Kim and Dr. Lee met in St. Louis. Talks ended.",
            ["Mr. Kim and Dr. Lee met in St. Louis.", "Talks ended."],
        ),
        ("Sen. Warren spoke on Jan. 5 at 9 a.m. in the hall.", ["Sen. Warren spoke on Jan. 5 at 9 a.m. in the hall."]),
        (
            "The U.S. Commerce Department acted. The U.K. followed.",
            ["The U.S. Commerce Department acted.", "The U.K. followed."],
        ),
        ("It moved to the U.S. The plan started.", ["It moved to the U.S.", "The plan started."]),
        ("Bill No. 12 passed. Was it needed? Yes!", ["Bill No. 12 passed.", "Was it needed?", "Yes!"]),
        ('"We will act," she said. "Now."', ['"We will act," she said.', '"Now."']),
        ("A headline without a stop\n\nThe body starts here.", ["A headline without a stop", "The body starts here."]),
        ("President John F. Kennedy spoke.", ["President John F. Kennedy spoke."]),
    ],
)
def test_sentences_split_where_a_reader_would(body: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(body)] == expected


def test_offsets_point_back_into_the_body() -> None:
    body = "  First one here.   Second one, in the U.S. capital.\nThird."
    sentences = split_sentences(body)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert body[sentence.start : sentence.end] == sentence.text


def test_abbreviations_are_read_the_same_deep_into_a_long_body() -> None:
    filler = "The council met again. " * 200
    long_initialism = "A." * 30  # its run of letters and dots is longer than the window searched
    body = f"{filler}Mr. Kim spoke. It went to the {long_initialism} The talks ended."
    tail = [s.text for s in split_sentences(body)][200:]
    assert tail == ["Mr. Kim spoke.", f"It went to the {long_initialism}", "The talks ended."]


def test_empty_body_has_no_sentences() -> None:
    assert split_sentences("   \n\n ") == []


def test_country_compounds_split_but_names_and_lower_case_compounds_do_not() -> None:
    words = [t.text for t in tokenize("the Korea-Japan talks on AI-generated media with Lee Jae-myung", 0)]
    assert words == ["the", "Korea", "-", "Japan", "talks", "on", "AI-generated", "media", "with", "Lee", "Jae-myung"]


def test_quoted_tokens_are_marked_even_when_the_quote_began_in_the_previous_sentence() -> None:
    tokens = tokenize('This is true for Japan," Nelson said.', 0)
    assert [t.text for t in tokens if t.quoted] == ["This", "is", "true", "for", "Japan", ","]
    assert [t.text for t in tokens if t.quote_mark] == ['"']


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The U.S. didn't sign.", ["The", "U.S.", "did", "n't", "sign", "."]),
        ("Seoul won’t wait for Japan’s answer.", ["Seoul", "wo", "n’t", "wait", "for", "Japan", "’s", "answer", "."]),
        ("The minister's plan was not delayed.", ["The", "minister", "'s", "plan", "was", "not", "delayed", "."]),
    ],
)
def test_negation_and_possessives_are_tokens_of_their_own(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0)] == words
