"""The English analyser on sentences of our own, with a small hand-made gazetteer.

Each case: a short article, then the cues expected from it as
(type, modality, agent country, counterpart countries).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from services.core.contracts import DatePrecision, EventType, Modality
from services.extract.english import EnglishAnalyzer
from services.extract.model import ActionCue, DateMention, Entity, EntityKind, Mention

_ENTITIES = {
    "United States": ("country:USA", EntityKind.COUNTRY, "USA"),
    "U.S.": ("country:USA", EntityKind.COUNTRY, "USA"),
    "American": ("country:USA", EntityKind.COUNTRY, "USA"),
    "Japan": ("country:JPN", EntityKind.COUNTRY, "JPN"),
    "Japanese": ("country:JPN", EntityKind.COUNTRY, "JPN"),
    "Korea": ("country:KOR", EntityKind.COUNTRY, "KOR"),
    "Korean": ("country:KOR", EntityKind.COUNTRY, "KOR"),
    "Canada": ("country:CAN", EntityKind.COUNTRY, "CAN"),
    "France": ("country:FRA", EntityKind.COUNTRY, "FRA"),
    "French": ("country:FRA", EntityKind.COUNTRY, "FRA"),
    "Commerce Department": ("gov:USA:doc", EntityKind.GOVERNMENT, "USA"),
    "science ministry": ("gov:KOR:msit", EntityKind.GOVERNMENT, "KOR"),
    "Denver": ("city:denver", EntityKind.CITY, "USA"),
    "Paris": ("city:paris", EntityKind.CITY, "FRA"),
    "Ottawa": ("city:ottawa", EntityKind.CITY, "CAN"),
    "Minister": ("title:minister", EntityKind.PERSON_TITLE, None),
    "Secretary": ("title:secretary", EntityKind.PERSON_TITLE, None),
    "chief executive": ("title:ceo", EntityKind.PERSON_TITLE, None),
    "Acme Chips": ("company:acme", EntityKind.COMPANY, "USA"),
    "OECD": ("org:OECD", EntityKind.INTL_ORG, None),
    "Data Act": ("initiative:data-act", EntityKind.INITIATIVE, "KOR"),
}
_PATTERN = re.compile("|".join(re.escape(alias) for alias in sorted(_ENTITIES, key=len, reverse=True)))
_PUBLISHED = datetime(2024, 3, 13, 9, 0, tzinfo=UTC)  # a Wednesday
_DATES = {
    "next month": (date(2024, 4, 1), DatePrecision.MONTH),
    "on Monday": (date(2024, 3, 11), DatePrecision.DAY),
    "on Friday": (date(2024, 3, 15), DatePrecision.DAY),
    "in 2021": (date(2021, 1, 1), DatePrecision.YEAR),
}


def _mentions(text: str) -> list[Mention]:
    found = []
    for match in _PATTERN.finditer(text):
        key, kind, country = _ENTITIES[match.group()]
        entity = Entity(key, kind, match.group(), country)
        found.append(Mention(match.start(), match.end(), match.group(), entity))
    return found


def _dates(text: str) -> list[DateMention]:
    found = []
    for phrase, (value, precision) in _DATES.items():
        for match in re.finditer(re.escape(phrase), text):
            found.append(DateMention(match.start(), match.end(), phrase, value, precision))
    return found


def analyse(body: str) -> list[ActionCue]:
    analyzer = EnglishAnalyzer()
    mentions, dates = _mentions(body), _dates(body)
    cues: list[ActionCue] = []
    for sentence in analyzer.sentences(body):
        inside = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
        cues += analyzer.cues(sentence, mentions, inside, _PUBLISHED)
    return cues


def summary(cue: ActionCue) -> tuple[EventType, Modality, str | None, list[str]]:
    agent = cue.agent.entity.country if cue.agent else None
    return cue.event_type, cue.modality, agent, sorted(m.entity.country or "" for m in cue.counterparts)


M, P, N = Modality.OCCURRED, Modality.PLANNED, Modality.NEGATED
T = EventType


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Commerce Department will host a summit on quantum computing in Denver next month.",
            [(T.MEETING, P, "USA", [])],
        ),
        (
            "The United States and Japan signed a memorandum of understanding on chip research on Monday.",
            [(T.AGREEMENT, M, "USA", ["JPN"])],
        ),
        (
            "Korean Minister Park Soyeon met her French counterpart in Paris on Monday.",
            [(T.BILATERAL_TALKS, M, "KOR", ["FRA"])],
        ),
        (
            "Korea's science ministry plans to invest $300 million in quantum computing.",
            [(T.INVESTMENT, P, "KOR", [])],
        ),
        ("Japan did not sign the declaration on military AI.", [(T.AGREEMENT, N, "JPN", [])]),
        ("The Commerce Department vetoed the export bill.", [(T.REGULATION, N, "USA", [])]),
        ("Canada urged Japan to join the chip alliance.", [(T.PROPOSAL, M, "CAN", ["JPN"])]),
        ("The U.S. Secretary toured a chip plant in Ottawa on Friday.", [(T.VISIT, M, "USA", ["CAN"])]),
        ("The Data Act took effect on Friday.", [(T.REGULATION, M, "KOR", [])]),
        ("Japan launched a joint research centre with France.", [(T.COOPERATION, M, "JPN", ["FRA"])]),
    ],
)
def test_one_clause_one_cue(body: str, expected: list[tuple[EventType, Modality, str | None, list[str]]]) -> None:
    assert [summary(cue) for cue in analyse(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Analysts said the chip market would recover next year.",
        "Acme Chips chief executive Jane Doe said the company would build a new plant.",
        "Will the new rules change how we write? Nobody knows.",
        "Under the deal, Japan will build a lunar rover and the United States will launch it.",
        "The strategy says the government will fund new research centres.",
    ],
)
def test_no_policy_event(body: str) -> None:
    assert [cue for cue in analyse(body) if cue.agent is not None or cue.agent_hint.value != "NON_ACTOR"] == []


def test_a_quote_said_by_an_official_is_a_statement_and_its_speaker_is_remembered() -> None:
    body = (
        "U.S. Secretary Jane Roe visited Japan on Monday.\n"
        '"We will deepen our work on chips with our closest partners," Roe said.'
    )
    cues = analyse(body)
    assert [c.event_type for c in cues] == [T.VISIT, T.STATEMENT]
    statement = cues[1]
    assert statement.agent is not None and statement.agent.entity.country == "USA"
    assert statement.agent_person == "Jane Roe"
    assert statement.counterparts == []


def test_a_trailing_attribution_of_reported_facts_is_no_statement() -> None:
    cues = analyse("Japan will host the OECD forum next month, the science ministry said in a statement.")
    assert [c.event_type for c in cues] == [T.MEETING]


def test_each_of_two_parties_gives_one_cue_per_party() -> None:
    body = "Japan and Canada signed a pact on Monday. Each of the two countries has set up its own AI institute."
    cues = analyse(body)
    announcements = [summary(c) for c in cues if c.event_type is T.POLICY_ANNOUNCEMENT]
    assert announcements == [(T.POLICY_ANNOUNCEMENT, M, "JPN", []), (T.POLICY_ANNOUNCEMENT, M, "CAN", [])]


def test_the_two_refers_to_the_last_pair() -> None:
    body = "Japan signed a pact with France on Monday. The two countries will also launch a joint research programme."
    cues = analyse(body)
    assert summary(cues[-1]) == (T.COOPERATION, P, "JPN", ["FRA"])


def test_a_passive_follow_up_takes_the_actor_and_date_of_the_act_it_refers_to() -> None:
    body = "Korea's science ministry unveiled a national AI strategy. The strategy was first introduced in 2021."
    cues = analyse(body)
    assert [(c.event_type, c.agent.entity.country if c.agent else None) for c in cues] == [
        (T.POLICY_ANNOUNCEMENT, "KOR"),
        (T.POLICY_ANNOUNCEMENT, "KOR"),
    ]
    assert cues[1].date is not None and cues[1].date.value == date(2021, 1, 1)


def test_evidence_offsets_point_at_the_trigger() -> None:
    body = "Intro line.\nThe Commerce Department will host a summit on quantum computing in Denver next month."
    cue = analyse(body)[0]
    assert body[cue.start : cue.end] == "host"
    assert body[cue.sentence.start : cue.sentence.end] == cue.sentence.text
    assert cue.location is not None and cue.location.entity.country == "USA"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # reported speech: a pronoun subject is the official who speaks
        (
            "Korea's science ministry said it will invest $50 million in chip design next year.",
            [(T.INVESTMENT, P, "KOR", [])],
        ),
        # an announced commitment has happened; the bare "announced" adds nothing
        (
            "Canada will invest $2 billion in computing, the Commerce Department announced on Monday.",
            [(T.INVESTMENT, M, "CAN", [])],
        ),
        # advice is no action
        ("The Commerce Department should invest more in chips.", []),
        # a request's content is part of the request
        ("France urged Japan to invest in joint research.", [(T.PROPOSAL, M, "FRA", ["JPN"])]),
        # agreeing to do something is the agreement; a second verb of its own is another act
        (
            "Japan and France agreed to expand chip research and launched a joint research centre.",
            [(T.AGREEMENT, M, "JPN", ["FRA"]), (T.COOPERATION, M, "JPN", ["FRA"])],
        ),
    ],
)
def test_clause_structure_decides(body: str, expected: list[tuple[EventType, Modality, str | None, list[str]]]) -> None:
    assert [summary(cue) for cue in analyse(body) if cue.agent is not None] == expected


def test_a_company_chief_is_not_an_official() -> None:
    body = '"Demand for chips is strong," Acme Chips chief executive Jane Doe said.'
    assert [c for c in analyse(body) if c.event_type is T.STATEMENT] == []


def test_a_known_leader_brings_a_country() -> None:
    cues = analyse("Prime Minister Kishida visited Ottawa on Monday.")
    assert summary(cues[0]) == (T.VISIT, M, "JPN", ["CAN"])
    assert cues[0].agent_person == "Fumio Kishida"


def test_a_first_person_column_reports_no_event() -> None:
    body = (
        "I have written about chips for years, and my view is simple.\n"
        "Japan signed a pact with France on Monday, which surprised me.\n"
        "I think the deal matters less than my colleagues believe."
    )
    assert analyse(body) == []


def test_first_person_words_inside_quotes_do_not_make_a_column() -> None:
    body = '"I am proud that my team and I delivered this for me and my country," Secretary Jane Roe said.'
    assert [c.event_type for c in analyse(body)] == [T.STATEMENT]


def test_an_unnamed_ministry_quoted_is_a_statement_left_to_context() -> None:
    cues = analyse('"We will work closely with France on chips," the ministry said in a statement.')
    assert [(c.event_type, c.agent, c.agent_hint.value) for c in cues] == [(T.STATEMENT, None, "OMITTED")]


def test_a_relative_pronoun_stands_for_the_actor_before_it() -> None:
    cues = analyse("The strategy was drafted with Canada, which hosted the OECD forum on Monday.")
    assert [summary(c) for c in cues] == [(T.MEETING, M, "CAN", [])]


def test_a_participle_after_the_main_act_elaborates_it() -> None:
    body = "The United States passed the chips law in 2022, offering $52 billion in subsidies."
    assert [c.event_type for c in analyse(body)] == [T.REGULATION]


@pytest.mark.parametrize(
    ("body", "statements"),
    [
        ("The science ministry added 10 new members to the committee.", 0),
        ("Secretary Jane Roe added that the plan would help chip makers.", 1),
        ("Secretary Jane Roe noted a rise in chip investment.", 0),
    ],
)
def test_verbs_with_other_senses_are_speech_only_when_they_introduce_it(body: str, statements: int) -> None:
    assert sum(c.event_type is T.STATEMENT for c in analyse(body)) == statements
