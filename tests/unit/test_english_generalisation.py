"""General English rules, checked end to end (real gazetteer, dates and pipeline) on sentences of our own.

Each case: an article body and its publication time, then the events expected as
(type, modality, agent country, counterpart countries, location country, event date).
`ANY` leaves a field unchecked.
"""

from __future__ import annotations

import pytest

from tests.unit.english_cases import ANY, Expected, assert_events


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a US state's governor acts for the USA; a veto is a negated regulation
        (
            "Ohio Governor Mark Dale on Monday vetoed a bill on facial recognition in schools.",
            [("REGULATION", "NEGATED", "USA", [], "USA", "2026-03-09")],
        ),
        # a region named alone is a sub-national government of its country
        (
            "Bavaria passed a law on Tuesday that limits the use of AI in public hiring.",
            [("REGULATION", "OCCURRED", "DEU", [], "DEU", "2026-03-10")],
        ),
        # a dateline places the opening act and gives an untitled official a country
        (
            "TOKYO - Digital Minister Aiko Sato on Tuesday signed an order tightening rules on cloud security.",
            [("REGULATION", "OCCURRED", "JPN", [], "JPN", "2026-03-10")],
        ),
        # "said on Monday" after a future act is the Monday just past
        (
            "Canada will put C$300 million into quantum research, the industry ministry said on Monday.",
            [("INVESTMENT", ANY, "CAN", [], "CAN", "2026-03-09")],
        ),
        # approving a chip plant commits public support; a background act keeps its own month
        (
            "India approved a new semiconductor plant in Gujarat in January 2025.",
            [("INVESTMENT", "OCCURRED", "IND", [], "IND", "2025-01-01")],
        ),
        # lifting a moratorium changes a binding rule
        (
            "Ireland lifted its moratorium on new data centres in 2024.",
            [("REGULATION", "OCCURRED", "IRL", [], "IRL", "2024-01-01")],
        ),
        # submitting work to a standards body
        (
            "Korea will submit its AI test methods to the ISO committee on AI next year.",
            [("STANDARDIZATION", "PLANNED", "KOR", [], ANY, "2027-01-01")],
        ),
        # "agreed to launch joint work" is the planned joint work, not a separate agreement
        (
            "Canada and Japan agreed to launch a joint research programme on batteries next year.",
            [("COOPERATION", "PLANNED", "CAN", ["JPN"], ANY, "2027-01-01")],
        ),
        # ... but a generic "agreed to work together" stays the agreement
        (
            "Canada and Japan agreed on Monday to work together on battery supply chains.",
            [("AGREEMENT", ANY, "CAN", ["JPN"], ANY, "2026-03-09")],
        ),
        # the two governments meeting in a committee of their own hold talks
        (
            "Japan and France signed a memorandum on AI safety on Monday. "
            "The two governments will hold the first meeting of a joint committee in Paris in May.",
            [
                ("AGREEMENT", "OCCURRED", "JPN", ["FRA"], ANY, "2026-03-09"),
                ("BILATERAL_TALKS", "PLANNED", "JPN", ["FRA"], "FRA", "2026-05-01"),
            ],
        ),
        # joint work set up under a deal is an act of its own
        (
            "Korea and France signed an agreement on chips on Monday. "
            "Under the agreement, the two countries will set up a joint working group on supply chains.",
            [
                ("AGREEMENT", "OCCURRED", "KOR", ["FRA"], ANY, "2026-03-09"),
                ("COOPERATION", "PLANNED", "KOR", ["FRA"], ANY, ANY),
            ],
        ),
        # a quote "at the signing ceremony" takes the signing's day and place
        (
            "Japan and France signed a pact on quantum research in Paris on Monday.\n\n"
            '"This pact will bring our laboratories much closer together," '
            "Japan's Science Minister Aiko Sato said at the signing ceremony.",
            [
                ("AGREEMENT", "OCCURRED", "JPN", ["FRA"], "FRA", "2026-03-09"),
                ("STATEMENT", "OCCURRED", "JPN", [], "FRA", "2026-03-09"),
            ],
        ),
        # "after the talks" points at the talks held, not at talks planned later
        (
            "Japan and France held talks in Paris on Monday. The next talks will be held in Tokyo in June.\n\n"
            '"France is one of our closest partners in technology," Japanese Minister Aiko Sato told reporters '
            "after the talks.",
            [
                ("BILATERAL_TALKS", "OCCURRED", "JPN", ["FRA"], "FRA", "2026-03-09"),
                ("BILATERAL_TALKS", "PLANNED", ANY, ANY, "JPN", "2026-06-01"),
                ("STATEMENT", "OCCURRED", "JPN", [], "FRA", "2026-03-09"),
            ],
        ),
        # "said in the statement" points back at the statement the speaker made earlier
        (
            "Australia's Minister for Science, Ann Cole, will visit Tokyo next month, "
            "she said in a statement on Monday.\n\n"
            '"Japan is our closest partner in quantum research and we want to do much more," '
            "Cole said in the statement.",
            [
                ("VISIT", "PLANNED", "AUS", ["JPN"], "JPN", "2026-04-01"),
                ("STATEMENT", "OCCURRED", "AUS", [], ANY, "2026-03-09"),
            ],
        ),
        # talks with an EU commissioner, in a city, on a weekday after a comma-clause
        (
            "Korea and the European Union agreed to open a joint research call on 6G next year, "
            "after Korea's Science Minister Park Min-su held talks with EU commissioner Anna Berg "
            "in Brussels on Tuesday.",
            [
                ("COOPERATION", "PLANNED", "KOR", ["EUU"], ANY, "2027-01-01"),
                ("BILATERAL_TALKS", "OCCURRED", "KOR", ["EUU"], "BEL", "2026-03-10"),
            ],
        ),
        # the next meeting of a pair's council, held in one side's city, is talks hosted by that side
        (
            "Korea and Canada held talks at their digital council in Ottawa on Monday.\n\n"
            "The next council meeting will be held in Seoul in 2027, the ministry said.",
            [
                ("BILATERAL_TALKS", "OCCURRED", "KOR", ["CAN"], "CAN", "2026-03-09"),
                ("BILATERAL_TALKS", "PLANNED", "KOR", ["CAN"], "KOR", "2027-01-01"),
            ],
        ),
        # a meeting held "with" one other country is bilateral
        (
            "SEOUL - Korea will hold the first joint steering committee meeting with Vietnam in Hanoi next month.",
            [("BILATERAL_TALKS", "PLANNED", "KOR", ["VNM"], "VNM", "2026-04-01")],
        ),
        # two countries convening a summit still hold a meeting; talks on its sidelines are bilateral
        (
            "Britain and France will convene a summit on AI safety in Paris next month. "
            "The two leaders will also hold bilateral talks on the sidelines.",
            [
                ("MEETING", "PLANNED", "GBR", [], "FRA", "2026-04-01"),
                ("BILATERAL_TALKS", "PLANNED", "GBR", ["FRA"], ANY, ANY),
            ],
        ),
        # what a bill does ("a bill to fund …") is its content, not an investment
        (
            "The U.S. Senate on Tuesday passed a bill to fund quantum research with $2.7 billion.",
            [("REGULATION", "OCCURRED", "USA", [], "USA", "2026-03-10")],
        ),
        # "at the announcement" points at the act announced; "last week" beats the day of saying
        (
            "OTTAWA - Canada's Industry Minister Ann Roy on Thursday unveiled a C$2 billion compute strategy.\n\n"
            '"This is about giving our researchers the machines they need," Roy told reporters at the announcement.',
            [
                ("INVESTMENT", "OCCURRED", "CAN", [], "CAN", "2026-03-05"),
                ("STATEMENT", "OCCURRED", "CAN", [], "CAN", "2026-03-05"),
            ],
        ),
        (
            "Korea's science ministry said on Sunday it had signed a memorandum on AI with Saudi Arabia "
            "in Riyadh last week.",
            [("AGREEMENT", "OCCURRED", "KOR", ["SAU"], "SAU", "2026-03-01")],
        ),
        # "told Reuters" after a reported act is an attribution, not a statement
        (
            "Japan will invest 900 billion yen in data centres, Economy Minister Ken Ito told Reuters on Tuesday.",
            [("INVESTMENT", ANY, "JPN", [], "JPN", "2026-03-10")],
        ),
        # a weekday far after the verb of saying, behind a future-tense quote, is still the past one
        (
            '"These rules will protect citizens without choking new ideas," said EU commissioner Anna Berg '
            "at a news conference in Brussels on Monday.",
            [("STATEMENT", "OCCURRED", "EUU", [], "BEL", "2026-03-09")],
        ),
        # "X and her counterpart Y agreed": the first named acts
        (
            "Norwegian Digital Minister Kari Dahl and her Swedish counterpart Erik Lund on Monday signed "
            "a memorandum on data centre energy use.",
            [("AGREEMENT", "OCCURRED", "NOR", ["SWE"], ANY, "2026-03-09")],
        ),
        # "agreed Tuesday to launch joint work", a date between the verb and "to"
        (
            "Korea and Britain agreed Tuesday to launch a joint research programme on AI safety.",
            [("COOPERATION", "PLANNED", "KOR", ["GBR"], ANY, "2026-03-10")],
        ),
        # rupee amounts are money; a date inside what was said dates the act said, not the saying
        (
            "India on Tuesday unveiled a quantum mission roadmap. "
            "Minister Raj Singh said the government had already sanctioned 6,000 crore rupees for it in 2023.",
            [
                ("POLICY_ANNOUNCEMENT", "OCCURRED", "IND", [], "IND", "2026-03-10"),
                ("INVESTMENT", "OCCURRED", "IND", [], "IND", "2023-01-01"),
            ],
        ),
        # a governor named without a state takes the country of the places in the sentence
        (
            "Governor Kathy Lane signed the Chatbot Act into law on Friday, making Texas the third state to act.",
            [("REGULATION", "OCCURRED", "USA", [], "USA", "2026-03-06")],
        ),
        # an understanding reached is an agreement; a law "applying in full" takes effect
        (
            "Japan and the Netherlands reached an understanding in January on chip equipment.",
            [("AGREEMENT", "OCCURRED", "JPN", ["NLD"], ANY, "2026-01-01")],
        ),
        # a region after "in" is a place; where a company is based is not
        (
            "Japan's Digital Minister Aiko Sato toured a chip plant in Kumamoto on Saturday.",
            [("VISIT", "OCCURRED", "JPN", [], "JPN", "2026-03-07")],
        ),
        (
            "Canada on Tuesday agreed to invest C$90 million in Qubitco, a start-up headquartered in California.",
            [("INVESTMENT", ANY, "CAN", ANY, "CAN", "2026-03-10")],
        ),
        # restrictions "put" on exports are a regulation
        (
            "The U.S. Commerce Department on Friday put new export restrictions on memory chips.",
            [("REGULATION", "OCCURRED", "USA", [], "USA", "2026-03-06")],
        ),
        # a capital as the subject of reported speech after "that"
        (
            "Canada's Innovation Minister Sara Lee said on Monday that Ottawa would put C$2 billion into compute.",
            [("INVESTMENT", ANY, "CAN", [], "CAN", "2026-03-09")],
        ),
        # "told reporters" after a reported act is its attribution; "told reporters in Tokyo" places a quote
        (
            "India's cabinet on Wednesday approved a 7,000 crore rupee package for chip fabs, "
            "Information Minister Raj Kumar told reporters.",
            [("INVESTMENT", "OCCURRED", "IND", [], "IND", "2026-03-11")],
        ),
        (
            '"We will not let other countries write the rules for our chips," '
            "Japan's Digital Minister Aiko Sato told reporters in Tokyo on Monday.",
            [("STATEMENT", "OCCURRED", "JPN", [], "JPN", "2026-03-09")],
        ),
        # companies, counterfactuals and a law's passage by a legislature
        (
            "French chipmakers, which have announced three new fabs this year, welcomed the plan.",
            [],
        ),
        (
            "The bill would also have created a new AI licensing office.",
            [],
        ),
        # "last week" wholly inside one month is dated by that month; "there" is the place before
        (
            "Japan's Digital Minister Aiko Sato met French Digital Minister Paul Roux in Paris last week. "
            "The two ministers signed a memorandum on AI there.",
            [
                ("BILATERAL_TALKS", "OCCURRED", "JPN", ["FRA"], "FRA", "2026-03-01"),
                ("AGREEMENT", "OCCURRED", "JPN", ["FRA"], "FRA", "2026-03-01"),
            ],
        ),
    ],
)
def test_general_rules(body: str, expected: list[Expected]) -> None:
    assert_events(body, expected)


def test_state_senator_plans_to_reintroduce_a_bill() -> None:
    body = (
        "SACRAMENTO, Calif. - California Governor Ann Lee on Monday vetoed a bill on AI chatbots.\n\n"
        "State Senator Tom Berg, who wrote the bill, said he would reintroduce it next year."
    )
    assert_events(
        body,
        [
            ("REGULATION", "NEGATED", "USA", [], "USA", "2026-03-09"),
            ("REGULATION", "PLANNED", "USA", [], ANY, "2027-01-01"),
        ],
    )


def test_passage_by_a_legislature_is_a_background_regulation() -> None:
    body = (
        "SACRAMENTO, Calif. - California Governor Ann Lee on Monday vetoed a bill on AI chatbots.\n\n"
        "The Chatbot Safety Act, passed by the state legislature in January, would also have created a new office."
    )
    assert_events(
        body,
        [
            ("REGULATION", "NEGATED", "USA", [], "USA", "2026-03-09"),
            ("REGULATION", "OCCURRED", "USA", [], ANY, "2026-01-01"),
        ],
    )
