"""The English trigger lexicon: inflection rules and which rule a trigger's object selects."""

from __future__ import annotations

import pytest

from services.core.contracts import EventType, Modality
from services.extract.english.lexicon import default_lexicon, inflect
from services.extract.english.triggers import choose_rule


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("attend", {"attend", "attends", "attended", "attending"}),
        ("sign", {"sign", "signs", "signed", "signing"}),
        ("convene", {"convene", "convenes", "convened", "convening"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("plan", {"plan", "plans", "planned", "planning"}),
        ("commit", {"commit", "commits", "committed", "committing"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
        ("apply", {"apply", "applies", "applied", "applying"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("open", {"open", "opens", "opened", "opening"}),
        ("ban", {"ban", "bans", "banned", "banning"}),
    ],
)
def test_regular_inflection(lemma: str, forms: set[str]) -> None:
    assert inflect(lemma) == forms


def test_irregular_forms_come_from_the_lexicon_file() -> None:
    assert "met" in inflect("meet", {"meet": ["met"]})


@pytest.mark.parametrize(
    ("words", "lemma"),
    [
        ("the act entered into force today", "enter into force"),
        ("officials held talks with", "hold"),
        ("the minister called on partners", "call on"),
        ("it toured a chip plant", "tour"),
    ],
)
def test_lookup_finds_inflected_phrases(words: str, lemma: str) -> None:
    tokens = words.split()
    found = [entry for i in range(len(tokens)) for entry in default_lexicon().lookup(tokens, i)]
    assert lemma in {entry.lemma for entry in found}


def test_nouns_that_look_like_verb_forms_are_not_triggers() -> None:
    assert default_lexicon().lookup(["meeting"], 0) == []


@pytest.mark.parametrize(
    ("words", "following", "expected"),
    [
        ("signed", "a memorandum of understanding on chips", EventType.AGREEMENT),
        ("signed", "an executive order on AI safety", EventType.REGULATION),
        ("launched", "a joint research centre for batteries", EventType.COOPERATION),
        ("launched", "a national quantum strategy", EventType.POLICY_ANNOUNCEMENT),
        ("launched", "the Global Partnership initiative for AI", EventType.PROPOSAL),
        ("pledged", "$2 billion for semiconductor research", EventType.INVESTMENT),
        ("adopted", "the Seoul Declaration", EventType.AGREEMENT),
        ("imposed", "new export controls on chips", EventType.REGULATION),
        ("hosted", "the AI safety summit", EventType.MEETING),
        ("said", "on Tuesday", EventType.STATEMENT),
        ("voted", "to approve the data bill", EventType.REGULATION),
        ("fined", "the platform $20 million", EventType.REGULATION),
        ("opened", "an antitrust investigation into the deal", EventType.REGULATION),
        ("held", "talks with his Japanese counterpart", EventType.BILATERAL_TALKS),
        ("held", "the first ministerial meeting", EventType.MEETING),
        ("toured", "a research centre", EventType.VISIT),
        ("called for", "stronger export controls", EventType.PROPOSAL),
    ],
)
def test_the_object_selects_the_rule(words: str, following: str, expected: EventType) -> None:
    lexicon = default_lexicon()
    entry = lexicon.lookup(words.split(), 0)[0]
    rule = choose_rule(entry, following, lexicon)
    assert rule is not None and rule.event_type is expected


def test_a_veto_is_a_negated_regulation() -> None:
    lexicon = default_lexicon()
    rule = choose_rule(lexicon.lookup(["vetoed"], 0)[0], "the bill", lexicon)
    assert rule is not None and rule.event_type is EventType.REGULATION and rule.modality is Modality.NEGATED


def test_launching_something_that_is_not_a_programme_is_no_event() -> None:
    lexicon = default_lexicon()
    rule = choose_rule(lexicon.lookup(["launch"], 0)[0], "the rover into orbit", lexicon)
    assert rule is None or rule.nominal  # only the noun reading ("the launch of …") is left
