"""General English rules added while studying a fresh held-out set, checked end to end on our own sentences.

Each case: an article body, then the events expected as
(type, modality, agent country, counterpart countries, location country, event date).
`ANY` leaves a field unchecked.
"""

from __future__ import annotations

import pytest

from tests.unit.english_cases import ANY, Expected, assert_events

CASES: list[tuple[str, list[Expected]]] = [
    # a country adjective owns a title behind a portfolio of several capitalised words
    (
        "Korean Trade, Industry and Energy Minister Kim Dong-su signed a memorandum with Vietnam on Monday.",
        [("AGREEMENT", "OCCURRED", "KOR", ["VNM"], ANY, "2026-03-09")],
    ),
    (
        "Canadian Innovation and Science Minister Paul Girard signed an agreement with Germany on Monday.",
        [("AGREEMENT", "OCCURRED", "CAN", ["DEU"], ANY, "2026-03-09")],
    ),
    # a bare "Congress" is the legislature of the article's own country, not the US Congress
    (
        "LIMA, March 10 - Peru's president on Tuesday signed a law on facial recognition. "
        "Congress passed the bill in January.",
        [
            ("REGULATION", "OCCURRED", "PER", [], ANY, "2026-03-10"),
            ("REGULATION", "OCCURRED", "PER", [], ANY, "2026-01-01"),
        ],
    ),
    # signing a law and vetoing one of its parts are two acts
    (
        "Chile's president on Monday signed a data protection law but vetoed an article on biometric data.",
        [
            ("REGULATION", "OCCURRED", "CHL", [], ANY, "2026-03-09"),
            ("REGULATION", "NEGATED", "CHL", [], ANY, "2026-03-09"),
        ],
    ),
    # sending or submitting a bill to the legislature is a (planned) regulation
    (
        "The Spanish government will submit a bill on algorithmic transparency to parliament in April.",
        [("REGULATION", "PLANNED", "ESP", [], ANY, ANY)],
    ),
    # "it" after a subordinator is the country the main clause is about
    (
        "Kenya drew investors to its data centres when it hosted the Africa AI Summit in Nairobi in May 2025.",
        [("MEETING", "OCCURRED", "KEN", [], "KEN", "2025-05-01")],
    ),
    # holding a forum's presidency or chair is a role, not a meeting
    ("Italy, which holds the G7 presidency this year, released a report on AI safety.", []),
    ("Chile, which holds the APEC chair this year, welcomed the decision.", []),
    # travelling for a meeting is taking part in it; travelling to meet someone stays a visit
    (
        "Vietnamese Science Minister Tran Van Long will fly to Tokyo next month "
        "for a meeting of ASEAN digital ministers.",
        [("MEETING", "PLANNED", "VNM", [], "JPN", "2026-04-01")],
    ),
    (
        "The Korean trade minister will travel to Paris on Friday to meet French officials.",
        [("VISIT", "PLANNED", "KOR", ["FRA"], "FRA", ANY), ("BILATERAL_TALKS", "PLANNED", "KOR", ["FRA"], "FRA", ANY)],
    ),
    # "after talks" next to a two-sided act: talks of the same sides
    (
        "Korean Science Minister Park Ji-won signed a memorandum with Indonesia on Monday after talks in Jakarta.",
        [
            ("AGREEMENT", "OCCURRED", "KOR", ["IDN"], ANY, "2026-03-09"),
            ("BILATERAL_TALKS", "OCCURRED", "KOR", ["IDN"], "IDN", "2026-03-09"),
        ],
    ),
    ("The deal was announced after talks.", []),
    # hosting a foreign official is talks with that side; hosting a summit of ministers stays a meeting
    (
        "Mexican Economy Minister Ana Ruiz is due to host her Canadian counterpart in Monterrey on Friday.",
        [("BILATERAL_TALKS", "PLANNED", "MEX", ["CAN"], ANY, "2026-03-13")],
    ),
    (
        "Portugal will host a summit of European digital ministers in Lisbon on Friday.",
        [("MEETING", "PLANNED", "PRT", [], "PRT", "2026-03-13")],
    ),
    # a president or chairman of a company or an industry body is no official
    ('"Farmers need water, and this year they got less of it," the association\'s president said.', []),
    ('"Our members will keep building," the group\'s chairman said.', []),
    ('"We will protect our farmers," the minister said.', [("STATEMENT", "OCCURRED", None, [], None, None)]),
    # an annex is a signed instrument too; not signing it is a negated agreement
    (
        "Norway did not sign an annex on data sharing with other Arctic states.",
        [("AGREEMENT", "NEGATED", "NOR", [], ANY, None)],
    ),
    # a weekday already past in the publication week but told as a plan is next week's
    (
        "On Monday, the Thai digital minister is scheduled to visit Singapore.",
        [("VISIT", "PLANNED", "THA", ["SGP"], "SGP", "2026-03-16")],
    ),
    (
        "On Monday, the Thai digital minister visited Singapore.",
        [("VISIT", "OCCURRED", "THA", ["SGP"], "SGP", "2026-03-09")],
    ),
    # a forum's meeting that ends with a joint text: the forum adopts it (collective, no country)
    (
        "The OECD meeting, chaired by Japan, ended on Tuesday with a joint declaration on AI audits.",
        [("AGREEMENT", "OCCURRED", None, [], ANY, "2026-03-10")],
    ),
    ("The OECD forum closed with a communique on data flows.", [("AGREEMENT", "OCCURRED", None, [], ANY, None)]),
    # the host or chair of a meeting already told is a participant, not a meeting of its own
    ("The G20 meeting, hosted by Italy, opened in Rome on Monday.", []),
    (
        "Korean Science Minister Park Ji-won attended a G20 digital ministers' meeting in Rome on Monday. "
        "Italy hosted the meeting.",
        [("MEETING", "OCCURRED", "KOR", [], "ITA", "2026-03-09")],
    ),
    (
        "Italy hosted a meeting of G20 digital ministers in Rome on Monday.",
        [("MEETING", "OCCURRED", "ITA", [], "ITA", "2026-03-09")],
    ),
    # "they" after a subordinator is the body named before it; a body's members meeting is a meeting
    (
        "The report will be presented to ASEAN leaders when they meet in Hanoi in June.",
        [("MEETING", "PLANNED", None, [], "VNM", "2026-06-01")],
    ),
    (
        "Japan and Korea signed a pact on Monday. They will meet again in Seoul in June.",
        [
            ("AGREEMENT", "OCCURRED", "JPN", ["KOR"], ANY, "2026-03-09"),
            ("BILATERAL_TALKS", "PLANNED", "JPN", ["KOR"], "KOR", "2026-06-01"),
        ],
    ),
    # drafting or tabling a resolution is a proposal; what the resolution does is its content,
    # and a participle aside takes only its own date
    (
        "The resolution, drafted by Chile and Kenya, sets up a fund for AI skills.",
        [("PROPOSAL", "OCCURRED", "CHL", ANY, None, None)],
    ),
    (
        "The resolution, drafted by Chile in May, sets up a fund for AI skills next year.",
        [("PROPOSAL", "OCCURRED", "CHL", [], None, "2025-05-01")],
    ),
    (
        "Chile tabled a resolution on AI skills at the assembly on Monday.",
        [("PROPOSAL", "OCCURRED", "CHL", [], None, "2026-03-09")],
    ),
    # a capitalised word ending in "-ing" before a verb is a name, not a gerund ("Beijing signed")
    (
        "Chinese Premier Li Qiang signed the memorandum with Laos on Monday.",
        [("AGREEMENT", "OCCURRED", "CHN", ["LAO"], ANY, "2026-03-09")],
    ),
    ("Beijing signed a pact with Laos on Monday.", [("AGREEMENT", "OCCURRED", "CHN", ["LAO"], ANY, "2026-03-09")]),
    ("Involving banned AI systems is forbidden.", []),
    # the same side announcing an act already reported tells it again; another side's is its own
    (
        "India has launched the Global Data Commons Initiative. "
        "Indian Prime Minister Ravi Kumar announced the initiative in a speech in Delhi.",
        [("PROPOSAL", "OCCURRED", "IND", [], ANY, None)],
    ),
    (
        "India has launched the Global Data Commons Initiative. Japan announced the initiative in Tokyo.",
        [("PROPOSAL", "OCCURRED", "IND", [], ANY, None), ("PROPOSAL", "OCCURRED", "JPN", [], ANY, None)],
    ),
    # an undated past act "in the debate" or "after the vote" takes the day of that vote
    (
        "The U.N. General Assembly on Monday adopted a resolution on AI skills. "
        "In the debate, Brazil's ambassador urged rich countries to share computing power.",
        [
            ("AGREEMENT", "OCCURRED", None, [], None, "2026-03-09"),
            ("PROPOSAL", "OCCURRED", "BRA", [], None, "2026-03-09"),
        ],
    ),
    (
        "The U.N. General Assembly on Monday adopted a resolution on AI skills. "
        "Japan pledged 10 million dollars to the fund after the vote.",
        [
            ("AGREEMENT", "OCCURRED", None, [], None, "2026-03-09"),
            ("INVESTMENT", "OCCURRED", "JPN", [], ANY, "2026-03-09"),
        ],
    ),
    # a passive meeting with no actor named is skipped; held by a pair reported before, it is their talks
    ("The first meeting of the new AI advisory panel will be held in Geneva in October.", []),
    (
        "Japan and Korea signed a pact on Monday. The next round of talks will be held in Seoul in June.",
        [
            ("AGREEMENT", "OCCURRED", "JPN", ["KOR"], ANY, "2026-03-09"),
            ("BILATERAL_TALKS", "PLANNED", "KOR", ["JPN"], "KOR", "2026-06-01"),
        ],
    ),
    # ", and <another subject> <past verb>" starts another actor's act, with its own date and sides
    (
        "Britain signed a similar testing agreement with the United States in April 2024, "
        "and Singapore hosted a meeting of AI safety institutes last year.",
        [
            ("AGREEMENT", "OCCURRED", "GBR", ["USA"], ANY, "2024-04-01"),
            ("MEETING", "OCCURRED", "SGP", [], ANY, "2025-01-01"),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_rules_found_on_unseen_articles(body: str, expected: list[Expected]) -> None:
    assert_events(body, expected)
