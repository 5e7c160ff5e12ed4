"""Modality of English triggers: tense, modals, planning verbs, negation."""

from __future__ import annotations

from datetime import date

import pytest

from services.core.contracts import Modality
from services.extract.english.modality import modality_of
from services.extract.english.tokens import tokenize


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The ministry signed the pact", "signed", Modality.OCCURRED),
        ("The ministry will sign the pact", "sign", Modality.PLANNED),
        ("The minister plans to visit Paris", "visit", Modality.PLANNED),
        ("Seoul is set to host the forum", "host", Modality.PLANNED),
        ("The leaders are expected to adopt a declaration", "adopt", Modality.PLANNED),
        ("Japan to build a lunar rover", "build", Modality.PLANNED),
        ("The minister did not attend the meeting", "attend", Modality.NEGATED),
        ("The country refused to sign the declaration", "sign", Modality.NEGATED),
        ("The government won't fund the project", "fund", Modality.NEGATED),
        ("The agency has launched a programme", "launched", Modality.OCCURRED),
    ],
)
def test_modality_from_the_verb_group(sentence: str, trigger: str, expected: Modality) -> None:
    tokens = tokenize(sentence, 0)
    index = next(i for i, t in enumerate(tokens) if t.text == trigger)
    assert modality_of(tokens, index, 0, None, None) is expected


def test_a_present_tense_verb_dated_after_publication_is_planned() -> None:
    tokens = tokenize("when the two leaders meet on Thursday", 0)
    index = next(i for i, t in enumerate(tokens) if t.text == "meet")
    assert modality_of(tokens, index, 0, date(2024, 5, 16), date(2024, 5, 14)) is Modality.PLANNED
    assert modality_of(tokens, index, 0, date(2024, 5, 10), date(2024, 5, 14)) is Modality.OCCURRED
