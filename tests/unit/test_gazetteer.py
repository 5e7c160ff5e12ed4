"""Gazetteer: aliases, boundaries, particles, compounds, generic bodies."""

from __future__ import annotations

import pytest

from services.extract.gazetteer import Gazetteer, default_gazetteer, find_mentions
from services.extract.model import EntityKind


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def ids(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity.id) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean particles and suffixes
        ("한국은 캐나다를 방문했다", [("한국", "country:KOR"), ("캐나다", "country:CAN")]),
        ("미국과 중국의 경쟁", [("미국", "country:USA"), ("중국", "country:CHN")]),
        ("과기정통부는 밝혔다", [("과기정통부", "gov:KOR:msit")]),
        ("과학기술정보통신부가 공개했다", [("과학기술정보통신부", "gov:KOR:msit")]),
        ("우주항공청과 NASA가 서명했다", [("우주항공청", "gov:KOR:kasa"), ("NASA", "gov:USA:nasa")]),
        # suffixes that make another word
        ("미국산 장비를 들여왔다", []),
        ("한국어 교육 과정", []),
        ("인도태평양 지역", []),
        ("인도태평양 전략", [("인도태평양 전략", "init:indo-pacific-strategy")]),
        ("인도적 지원", []),
        ("인도를 찾았다", [("인도", "country:IND")]),
        ("인도네시아 정부", [("인도네시아", "country:IDN"), ("정부", "gov:IDN:government")]),
        # Hangul before the alias: not a token start
        ("대한국민 여러분", []),
        # the family name 한 is not Korea
        ("한 국장은 강조했다", [("국장", "title:director-general")]),
        # English word boundaries and case
        ("UNESCO and the UN fund", [("UNESCO", "org:unesco"), ("UN", "org:un")]),
        ("Thailand SAID", [("Thailand", "country:THA")]),
        ("let us talk", []),
        ("the US and the U.K. agreed", [("US", "country:USA"), ("U.K.", "country:GBR")]),
        ("the British Prime Minister", [("British", "country:GBR"), ("Prime Minister", "title:prime-minister")]),
        ("federal industry minister", [("minister", "title:minister")]),
        # stop phrases
        ("across North America and the Indo-Pacific", []),
        ("an op-ed in The Washington Post", []),
        # cities
        ("몬트리올에서 열린 회의", [("몬트리올", "city:montreal")]),
        ("talks in Washington and Beijing", [("Washington", "city:washington"), ("Beijing", "city:beijing")]),
        ("Bletchley Park in the U.K.", [("Bletchley Park", "city:bletchley-park"), ("U.K.", "country:GBR")]),
        # international organisations and forums
        ("경제협력개발기구(OECD) 회의", [("경제협력개발기구", "org:oecd"), ("OECD", "org:oecd")]),
        ("G7 정상회의에 참석", [("G7 정상회의", "org:g7-summit")]),
        ("the G7 and G20", [("G7", "org:g7"), ("G20", "org:g20")]),
        ("퀀텀개발그룹(QDG) 회의", [("퀀텀개발그룹", "org:qdg"), ("QDG", "org:qdg")]),
        ("the AI Seoul Summit", [("AI Seoul Summit", "org:ai-seoul-summit")]),
        # initiatives
        ("EU AI법이 발효됐다", [("EU AI법", "init:eu-ai-act")]),
        ("the CHIPS and Science Act", [("CHIPS and Science Act", "init:chips-act")]),
        # companies are recognised (and are not governments)
        ("삼성전자와 엔비디아", [("삼성전자", "co:samsung"), ("엔비디아", "co:nvidia")]),
    ],
)
def test_find(text: str, expected: list[tuple[str, str]]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한미 정상회담", [("한", "country:KOR"), ("미", "country:USA")]),
        ("한·미·일 협력", [("한", "country:KOR"), ("미", "country:USA"), ("일", "country:JPN")]),
        (
            "한중일 장관",
            [("한", "country:KOR"), ("중", "country:CHN"), ("일", "country:JPN"), ("장관", "title:minister")],
        ),
        ("미·중 갈등", [("미", "country:USA"), ("중", "country:CHN")]),
        ("미-중 갈등", [("미", "country:USA"), ("중", "country:CHN")]),
        ("한-EU 협력", [("한", "country:KOR"), ("EU", "country:EUU")]),
        ("한-캐나다 협력", [("한", "country:KOR"), ("캐나다", "country:CAN")]),
        ("韓美 동맹", [("韓", "country:KOR"), ("美", "country:USA")]),
        ("한미약품 주가", []),
        ("미미한 효과", []),
        ("중·고등학교", []),
        # a compound starts a word; one glued to a word may still hold a compound further on
        ("어미·중·일 협력", [("중", "country:CHN"), ("일", "country:JPN")]),
        ("XUS-Japan talks", [("Japan", "country:JPN")]),
        ("강한미중 경쟁", []),
    ],
)
def test_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert ids(text) == expected


def test_compound_parts_have_their_own_spans() -> None:
    text = "양국은 한·미 협력을"
    parts = find_mentions(text, offset=100)
    assert [(m.start, m.end, m.text) for m in parts] == [(104, 105, "한"), (106, 107, "미")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美 국무부 고문", [("美", "country:USA"), ("국무부", "gov:USA:dos"), ("고문", "title:adviser")]),
        ("미 상무부", [("미", "country:USA"), ("상무부", "gov:USA:doc")]),
        ("미 정부 관계자", [("미", "country:USA"), ("정부", "gov:USA:government")]),
        ("미 해군", [("미", "country:USA")]),
        ("中, 새 규정 발표", [("中", "country:CHN")]),
        ("8日 회의", []),
    ],
)
def test_hanja_and_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "entity_id", "country"),
    [
        ("중국 외교부는", "gov:CHN:foreign-affairs", "CHN"),
        ("China's foreign ministry said", "gov:CHN:foreign-affairs", "CHN"),
        ("the UK government said", "gov:GBR:government", "GBR"),
        ("호주 정부는", "gov:AUS:government", "AUS"),
        ("the Indian Embassy in Seoul", "gov:IND:embassy", "IND"),
        ("외교부는 밝혔다", "gov:KOR:mofa", "KOR"),
        ("한국 외교부는", "gov:KOR:mofa", "KOR"),
        ("중국 상무부는", "gov:CHN:mofcom", "CHN"),
        ("정부는 밝혔다", "gov:generic:government", None),
        ("한·미 정부는", "gov:generic:government", None),
        ("韓美 정부", "gov:generic:government", None),
        ("한국 정부 대표단", "gov:KOR:delegation", "KOR"),
        # a country's own body is preferred to a derived one
        ("Korea's science ministry said", "gov:KOR:msit", "KOR"),
        ("the Japanese foreign ministry", "gov:JPN:mofa", "JPN"),
        ("Britain's government", "gov:GBR:government", "GBR"),
        ("the government said", "gov:generic:government", None),
    ],
)
def test_generic_bodies_bind_to_the_country_before_them(text: str, entity_id: str, country: str | None) -> None:
    bodies = [m for m in find_mentions(text) if m.entity.kind is EntityKind.GOVERNMENT]
    assert [(m.entity.id, m.entity.country) for m in bodies] == [(entity_id, country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("외교부장관이", [("외교부", "gov:KOR:mofa"), ("장관", "title:minister")]),
        ("윤 우주항공청장은", [("우주항공청", "gov:KOR:kasa"), ("장", "title:head")]),
        ("주한캐나다대사도", [("캐나다", "country:CAN"), ("대사", "title:ambassador")]),
        ("주한캐나다대사관", [("캐나다", "country:CAN"), ("대사관", "gov:CAN:embassy")]),
        ("류제명 제2차관이", [("제2차관", "title:second-vice-minister")]),
        ("G7 산업·디지털 장관회의에", [("G7", "org:g7")]),
        ("National Security Advisor Ajit Doval", [("National Security Advisor", "title:national-security-adviser")]),
    ],
)
def test_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert ids(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "On Tuesday the Republic of Korea and Canada met."
    for mention in find_mentions(text, offset=7):
        assert text[mention.start - 7 : mention.end - 7] == mention.text


def test_lookup_and_kinds(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("country:KOR").name == "South Korea"
    assert gazetteer.lookup("country:EUU").country == "EUU"
    assert gazetteer.lookup("gov:EUU:commission").country == "EUU"
    assert gazetteer.lookup("city:montreal").country == "CAN"
    assert gazetteer.lookup("org:g7").country is None
    assert gazetteer.country("DEU") is not None
    assert gazetteer.get("nope") is None
    with pytest.raises(KeyError):
        gazetteer.lookup("nope")
    titles = gazetteer.entities(EntityKind.PERSON_TITLE)
    assert titles and all(t.country is None for t in titles)
    assert "MSIT" in gazetteer.aliases("gov:KOR:msit")


def test_every_government_knows_its_country(gazetteer: Gazetteer) -> None:
    for entity in gazetteer.entities(EntityKind.GOVERNMENT):
        assert entity.country is not None or gazetteer.is_generic(entity), entity.id


def test_pycountry_backbone_covers_iso_countries() -> None:
    assert ids("Ecuador and Viet Nam") == [("Ecuador", "country:ECU"), ("Viet Nam", "country:VNM")]
    assert ids("Chad Smith") == []


def test_default_gazetteer_is_cached() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_no_alias_names_two_entities(gazetteer: Gazetteer) -> None:
    owners: dict[str, str] = {}
    for entity in gazetteer.entities():
        for alias in gazetteer.aliases(entity.id):
            assert owners.setdefault(alias, entity.id) == entity.id, alias


def test_korean_aliases_match_without_their_spaces() -> None:
    assert ids("블레츨리파크에서") == [("블레츨리파크", "city:bletchley-park")]
    assert ids("규제당국은") == [("규제당국", "gov:generic:government")]
