"""Parties: the actors of one sentence, each a run of tokens with one head mention.

A party joins the gazetteer mentions that describe one actor ("British" +
"Prime Minister" + "Rishi Sunak"; "Japan's Minister of Education … (MEXT)")
and carries the person's name when a title is followed or preceded by one.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from services.extract.english.tokens import Token
from services.extract.english.words import MONTHS_AND_DAYS, SENTENCE_OPENERS
from services.extract.model import Entity, EntityKind, Mention

_HEAD_ORDER = (
    EntityKind.GOVERNMENT,
    EntityKind.INTL_ORG,
    EntityKind.RESEARCH_ORG,
    EntityKind.COMPANY,
    EntityKind.PERSON_TITLE,
    EntityKind.COUNTRY,
    EntityKind.CITY,
    EntityKind.INITIATIVE,
)
_JOINERS = frozenset({"'s", "’s", "'", "’"})
_OWNED_KINDS = frozenset({EntityKind.PERSON_TITLE, EntityKind.GOVERNMENT})
_NAME_BREAKERS = MONTHS_AND_DAYS | SENTENCE_OPENERS | {"i"}


@dataclass(frozen=True, slots=True)
class Unit:
    """One gazetteer (or title) mention placed on the token list."""

    first: int
    last: int  # exclusive
    mention: Mention


@dataclass(frozen=True, slots=True)
class Party:
    first: int
    last: int  # exclusive
    mention: Mention  # the head, its entity carrying the party's country
    person: str | None = None
    title: str | None = None

    @property
    def kind(self) -> EntityKind:
        return self.mention.entity.kind

    @property
    def country(self) -> str | None:
        return self.mention.entity.country


def place_mentions(tokens: list[Token], mentions: list[Mention]) -> list[Unit]:
    """Token spans of the mentions that cover whole tokens, in order."""
    units: list[Unit] = []
    starts = [t.start for t in tokens]
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        first = bisect_left(starts, mention.start)
        last = first
        while last < len(tokens) and tokens[last].end <= mention.end:
            last += 1
        if last > first and not (units and first < units[-1].last):
            units.append(Unit(first, last, mention))
    return units


def _is_name_token(token: Token) -> bool:
    return token.is_capitalised and token.text.replace("-", "").isalpha() and token.lower not in _NAME_BREAKERS


def _is_inner_hyphen(tokens: list[Token], index: int) -> bool:
    """The "-" of "Francois-Philippe": written with no space on either side."""
    return (
        0 < index < len(tokens) - 1
        and tokens[index].text == "-"
        and tokens[index - 1].end == tokens[index].start
        and tokens[index].end == tokens[index + 1].start
    )


def _name_after(tokens: list[Token], index: int, taken: set[int]) -> int:
    end = index
    while end < len(tokens) and end - index < 6 and end not in taken:
        if not (_is_name_token(tokens[end]) or (end > index and _is_inner_hyphen(tokens, end))):
            break
        end += 1
    return end


def _name_before(tokens: list[Token], first: int, taken: set[int]) -> int:
    """Start of "Masahito Moriyama, " right before a titled party, else `first`."""
    if first < 3 or tokens[first - 1].text != ",":
        return first
    start = first - 1
    while start > 0 and first - 1 - start < 3 and start - 1 not in taken and _is_name_token(tokens[start - 1]):
        start -= 1
    return start if first - 1 - start >= 2 else first


def _of_phrase_end(tokens: list[Token], index: int, unit_starts: dict[int, Unit]) -> int:
    """End of "of Education, Culture … and Technology", "of Japan" or "for Industry and Science" after a title."""
    if index >= len(tokens) or tokens[index].lower not in {"of", "for"}:
        return index
    if tokens[index].lower == "for" and not (index + 1 < len(tokens) and tokens[index + 1].is_capitalised):
        return index
    end = index + 1
    while end < len(tokens):
        token = tokens[end]
        if end in unit_starts:
            end = unit_starts[end].last
        elif (
            token.is_capitalised
            or _is_inner_hyphen(tokens, end)
            or token.lower in {"and", "the", "&"}
            or (
                token.text == ","
                and end + 1 < len(tokens)
                and tokens[end + 1].is_capitalised
                and not _is_appositive_comma(tokens, end, set())
            )
        ):
            end += 1
        else:
            break
    while end > index + 1 and tokens[end - 1].lower in {"and", "the", ","}:
        end -= 1
    return end if end > index + 1 else index


def _bracket_end(tokens: list[Token], index: int) -> int:
    if index >= len(tokens) or tokens[index].text != "(":
        return index
    for end in range(index + 1, min(index + 9, len(tokens))):
        if tokens[end].text == ")":
            return end + 1
    return index


def _group_units(tokens: list[Token], units: list[Unit]) -> list[list[Unit]]:
    """Units that describe one actor: adjacent, or joined by "'s", "of …" or a bracket."""
    starts = {u.first: u for u in units}
    groups: list[list[Unit]] = []
    reach = -1
    for unit in units:
        if groups and unit.first <= reach:
            groups[-1].append(unit)
        else:
            groups.append([unit])
        reach = max(reach, _extended_end(tokens, unit, starts))
    return groups


_MODIFIER_GAP = 2  # "Malaysia's Digital Minister", "Britain's Technology Secretary"
_PORTFOLIO_GAP = 6  # "Japanese Economy, Trade and Industry Minister"
_PORTFOLIO_JOINERS = frozenset({"and", "&", ","})


def _is_modifier_gap(tokens: list[Token], start: int, end: int, starts: dict[int, Unit]) -> bool:
    """The words between a country and its title: one or two words, or a portfolio of capitalised
    words joined by "and" and commas ("Indian Electronics and IT Minister")."""
    gap = tokens[start:end]
    if len(gap) <= _MODIFIER_GAP and all(t.text.isalpha() for t in gap):
        return True
    if any(i in starts for i in range(start, end)) or not (gap[0].is_capitalised and gap[-1].is_capitalised):
        return False
    return all(t.lower in _PORTFOLIO_JOINERS or (t.is_capitalised and t.text.isalpha()) for t in gap)


def _extended_end(tokens: list[Token], unit: Unit, starts: dict[int, Unit]) -> int:
    end = unit.last
    while end < len(tokens) and tokens[end].lower in _JOINERS:
        end += 1
    if unit.mention.entity.kind is EntityKind.COUNTRY:
        for gap in range(1, _PORTFOLIO_GAP + 1):
            following = starts.get(end + gap)
            owned = following is not None and following.mention.entity.kind in _OWNED_KINDS
            if owned and _is_modifier_gap(tokens, end, end + gap, starts):
                return end + gap
    if unit.mention.entity.kind in (EntityKind.PERSON_TITLE, EntityKind.GOVERNMENT, EntityKind.INTL_ORG):
        end = _bracket_end(tokens, _of_phrase_end(tokens, end, starts))
        end = _bracket_end(tokens, end)
    return end


def _head(group: list[Unit]) -> Unit:
    for kind in _HEAD_ORDER:
        for unit in group:
            if unit.mention.entity.kind is kind:
                return unit
    return group[0]


def _country(group: list[Unit]) -> str | None:
    return next((u.mention.entity.country for u in group if u.mention.entity.country), None)


def _is_appositive_comma(tokens: list[Token], index: int, taken: set[int]) -> bool:
    """ "Minister for Industry and Science, Tim Ayres, will …": a name of two or more words set off by commas."""
    if index >= len(tokens) or tokens[index].text != ",":
        return False
    end = _name_after(tokens, index + 1, taken)
    closed = end >= len(tokens) or tokens[end].text in {",", "."}
    return end - (index + 1) >= 2 and closed


def _party(tokens: list[Token], sentence_text: str, offset: int, group: list[Unit], taken: set[int]) -> Party:
    first, last = group[0].first, max(u.last for u in group)
    last = _bracket_end(tokens, _of_phrase_end(tokens, last, {}))
    title_unit = next((u for u in group if u.mention.entity.kind is EntityKind.PERSON_TITLE), None)
    person: str | None = None
    if title_unit is not None:
        name_start = last + 1 if _is_appositive_comma(tokens, last, taken) else last
        name_end = _name_after(tokens, name_start, taken)
        if name_end > name_start:
            person = sentence_text[tokens[name_start].start - offset : tokens[name_end - 1].end - offset]
            last = name_end
        else:
            name_start = _name_before(tokens, first, taken)
            if name_start < first:
                person = sentence_text[tokens[name_start].start - offset : tokens[first - 2].end - offset]
                first = name_start
    company = next((u for u in group if u.mention.entity.kind is EntityKind.COMPANY), None)
    head = title_unit if person is not None and title_unit is not None and company is None else _head(group)
    entity: Entity = head.mention.entity
    country = entity.country or _country(group)
    if country != entity.country:
        entity = replace(entity, country=country)
    start, end = tokens[first].start, tokens[last - 1].end
    mention = Mention(start, end, sentence_text[start - offset : end - offset], entity)
    title = title_unit.mention.text if title_unit is not None else None
    return Party(first, last, mention, person, title)


def build_parties(tokens: list[Token], units: list[Unit], sentence_text: str, offset: int) -> list[Party]:
    """The actors of a sentence, in order."""
    taken = {i for u in units for i in range(u.first, u.last)}
    return [_party(tokens, sentence_text, offset, group, taken) for group in _group_units(tokens, units)]
