"""Who a noun phrase names: an actor mention, a person's name and title, or a hint."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from services.extract.actors import PARTY_KINDS
from services.extract.gazetteer import get_gazetteer
from services.extract.korean.lexicon import KoreanLexicon
from services.extract.korean.phrases import Phrase
from services.extract.model import AgentHint, EntityKind, Mention

_NAME_WORD = re.compile(r"^(?:[가-힣]{1,6}|[A-Z][A-Za-z.'-]+)$")
_ORDINAL_TAIL = re.compile(r"\s*제?\s*\d*\s*$")
# Preference among the mentions of one subject phrase: the one that carries a country wins.
_AGENT_RANK = {
    EntityKind.GOVERNMENT: 0,
    EntityKind.PERSON_TITLE: 1,
    EntityKind.COUNTRY: 2,
    EntityKind.INTL_ORG: 3,
    EntityKind.RESEARCH_ORG: 4,
    EntityKind.COMPANY: 5,
}


@dataclass(slots=True)
class Party:
    """The reading of one subject phrase."""

    agent: Mention | None
    hint: AgentHint
    person: str | None = None
    title: str | None = None
    others: tuple[Mention, ...] = ()  # further parties joined to the subject ("우주청과 NASA가")


def mentions_in(phrase: Phrase, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if phrase.start <= m.start and m.end <= phrase.end + 1]


def parties_in(phrase: Phrase, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions_in(phrase, mentions) if m.entity.kind in PARTY_KINDS]


def _person_name(text: str, phrase: Phrase, found: list[Mention]) -> str | None:
    """The name written before the title or organisation: '이창윤 과학기술정보통신부 제1차관' → '이창윤'."""
    titles = [m for m in found if m.entity.kind is EntityKind.PERSON_TITLE]
    if not titles:
        return None
    cut = titles[0].start
    previous_end = max((m.end for m in found if m.end <= cut), default=phrase.start)
    before_title = text[previous_end - phrase.start : cut - phrase.start] if previous_end < cut else ""
    leading = text[: min(m.start for m in found) - phrase.start]
    for gap in (leading, before_title):  # "이름 소속 직함" is the usual order; "소속의 이름 직함" the other
        name = _name_in(gap)
        if name is not None:
            return name
    return None


def _name_in(gap: str) -> str | None:
    """The last one or two words of `gap` when they read as a name."""
    gap = _ORDINAL_TAIL.sub("", re.sub(r"\([^)]*\)", " ", gap))
    words = gap.split()[-2:]
    if not words or not all(_NAME_WORD.match(w) for w in words):
        return None
    return " ".join(words)


def _hint_for_head(head: str, lexicon: KoreanLexicon) -> AgentHint:
    compact = head.replace(" ", "")
    if compact in lexicon.pronouns or compact in lexicon.collective_subjects:
        return AgentHint.OMITTED
    if compact in lexicon.joint_subjects:
        return AgentHint.JOINT
    if compact in lexicon.government_nouns:
        return AgentHint.OMITTED
    return AgentHint.NON_ACTOR


_PARTY_JOINT = re.compile(r"(?<=[가-힣A-Za-z)])(?:와|과)\s")


def first_party_end(phrase: Phrase, text: str) -> int:
    """Body offset where the first of several joined parties ends ("메르츠 독일 총리와 마크롱 …")."""
    joint = _PARTY_JOINT.search(text)
    return phrase.start + joint.start() if joint is not None else phrase.end


def read_subject(phrase: Phrase, text: str, mentions: list[Mention], lexicon: KoreanLexicon) -> Party:
    """The agent named by a subject phrase; `text` is the phrase's own text.

    With several parties joined by 와/과, the agent comes from the first one (a
    symmetric act's agent is the party named first) and the rest are counterparts.
    """
    found = parties_in(phrase, mentions)
    cut = first_party_end(phrase, text)
    first_party = [m for m in found if m.start < cut]
    if first_party and len(first_party) < len(found):
        party = read_subject_mentions(phrase, text, first_party, lexicon)
        rest = [m for m in found if m.start >= cut and m.entity.country and m.entity.country != _country(party)]
        party.others = tuple(dict.fromkeys([*party.others, *rest]))
        return party
    return read_subject_mentions(phrase, text, found, lexicon)


def _country(party: Party) -> str | None:
    return party.agent.entity.country if party.agent is not None else None


def title_country(mention: Mention) -> Mention:
    """A title written with its country ("독일 총리" is one gazetteer title) carries that country."""
    if mention.entity.kind is not EntityKind.PERSON_TITLE or mention.entity.country or " " not in mention.text:
        return mention
    words = mention.text.rsplit(" ", 1)[0]
    country = next((m.entity.country for m in get_gazetteer().find(words) if m.entity.kind is EntityKind.COUNTRY), None)
    if country is None:
        return mention
    return Mention(mention.start, mention.end, mention.text, replace(mention.entity, country=country))


def read_subject_mentions(phrase: Phrase, text: str, found: list[Mention], lexicon: KoreanLexicon) -> Party:
    """The agent among the party mentions `found` of a subject phrase."""
    found = [title_country(m) for m in found]
    if phrase.nouns.endswith(tuple(lexicon.joint_subjects)) or text.replace(" ", "") in lexicon.joint_subjects:
        return Party(agent=None, hint=AgentHint.JOINT)  # "양국은", "두 정상은"
    if not found:
        return Party(agent=None, hint=_hint_for_head(phrase.head, lexicon))
    ranked = sorted(found, key=lambda m: (_AGENT_RANK.get(m.entity.kind, 9), m.start))
    if not any(m.entity.country for m in found):
        # "G7 정상들은", "OECD 사무총장은": a collective body (or its officer) acts; no country
        ranked = sorted(found, key=lambda m: (m.entity.kind is not EntityKind.INTL_ORG, m.start))
    agent = ranked[0]
    if agent.entity.kind is EntityKind.COUNTRY:
        agent = next((m for m in ranked if m.entity.kind is EntityKind.GOVERNMENT), agent)
    title = next((m.text for m in found if m.entity.kind is EntityKind.PERSON_TITLE), None)
    first_country = [m for m in found if m.entity.country and m.entity.kind is not EntityKind.PERSON_TITLE]
    if agent.entity.country is None and first_country:
        agent = Mention(agent.start, agent.end, agent.text, first_country[0].entity)
    others = tuple(m for m in found if m.entity.country and m.entity.country != agent.entity.country and m is not agent)
    return Party(agent, AgentHint.EXPLICIT, _person_name(text, phrase, found), title, others)
