"""Helpers on actor mentions: a country's canonical mention, person keys, kinds."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from services.core.contracts import ActorKind
from services.extract.gazetteer import get_gazetteer
from services.extract.model import Entity, EntityKind, Mention

_SPECIAL_NAMES = {"EUU": "European Union"}

ACTOR_KINDS: dict[EntityKind, ActorKind] = {
    EntityKind.COUNTRY: ActorKind.COUNTRY,
    EntityKind.GOVERNMENT: ActorKind.GOVERNMENT,
    EntityKind.PERSON_TITLE: ActorKind.PERSON,
    EntityKind.INTL_ORG: ActorKind.INTL_ORG,
    EntityKind.RESEARCH_ORG: ActorKind.RESEARCH_ORG,
    EntityKind.COMPANY: ActorKind.COMPANY,
    EntityKind.CITY: ActorKind.OTHER,
    EntityKind.INITIATIVE: ActorKind.OTHER,
}

# Kinds that can act in a policy event (companies act only as counterparts).
POLICY_ACTOR_KINDS = frozenset(
    {EntityKind.COUNTRY, EntityKind.GOVERNMENT, EntityKind.PERSON_TITLE, EntityKind.INTL_ORG}
)
PARTY_KINDS = frozenset(
    {
        EntityKind.COUNTRY,
        EntityKind.GOVERNMENT,
        EntityKind.PERSON_TITLE,
        EntityKind.INTL_ORG,
        EntityKind.RESEARCH_ORG,
        EntityKind.COMPANY,
    }
)


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    if code in _SPECIAL_NAMES:
        return _SPECIAL_NAMES[code]
    known = get_gazetteer().country(code)
    if known is not None:
        return known.name  # the gazetteer's English name: "South Korea", not "Korea, Republic of"
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


# Groups of countries whose members a text can address as a whole ("G7 국가들과", "the G7 countries").
BLOC_MEMBERS: dict[str, tuple[str, ...]] = {
    "org:g7": ("CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"),
    "org:quad": ("AUS", "IND", "JPN", "USA"),
}


def member_mentions(bloc: Mention) -> list[Mention]:
    """One government mention per member of a bloc (empty for an organisation that is no bloc)."""
    members = BLOC_MEMBERS.get(bloc.entity.id, ())
    return [Mention(bloc.start, bloc.end, bloc.text, government_entity(code)) for code in members]


def country_entity(code: str) -> Entity:
    return Entity(id=f"country:{code}", kind=EntityKind.COUNTRY, name=country_name(code), country=code)


def government_entity(code: str) -> Entity:
    return Entity(
        id=f"gov:{code}", kind=EntityKind.GOVERNMENT, name=f"Government of {country_name(code)}", country=code
    )


def synthetic_mention(entity: Entity, text: str, at: int) -> Mention:
    """A mention for an actor the text implies but does not name at this spot."""
    return Mention(start=at, end=at, text=text, entity=entity)


def person_key(person: str) -> str:
    """What later references keep of a name: '류제명' → '류', '쥐스탱 트뤼도' → '트', 'Gina Raimondo' → 'raimondo'.

    A one-word Korean name starts with the family name; a foreign name written in
    Hangul ends with it, and later references use its first syllable as well.
    """
    words = person.split()
    if not words:
        return person
    if "\uac00" <= words[-1][0] <= "\ud7a3":
        return words[-1][0]
    return words[-1].lower()
