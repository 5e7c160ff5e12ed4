"""What an English article has established so far: titled persons and acting pairs.

Later sentences name people by surname or pronoun ("Nelson said", "he said")
and pairs by "the two" or "both sides"; this memory turns those back into the
parties first introduced with a title and a country. Well-known leaders
("Prime Minister Kishida", "Xi") are known before the article names them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from services.extract.english.lexicon import KnownPerson
from services.extract.english.parties import Party, Unit
from services.extract.english.tokens import Token
from services.extract.model import DateMention, Entity, EntityKind, Mention


def known_party(person: KnownPerson) -> Party:
    slug = person.name.lower().replace(" ", "-")
    entity = Entity(f"person:{slug}", EntityKind.PERSON_TITLE, person.title, person.country)
    return Party(0, 0, Mention(0, 0, person.name, entity), person.name, person.title)


@dataclass(frozen=True, slots=True)
class KnownPersons:
    """Known leaders by full name (lower-cased words) and by the words that name them alone."""

    by_name: dict[tuple[str, ...], Party]
    by_key: dict[str, Party]
    names_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, persons: tuple[KnownPerson, ...]) -> KnownPersons:
        by_name = {tuple(p.name.lower().split()): known_party(p) for p in persons}
        by_key = {key.lower(): known_party(p) for p in persons for key in p.keys}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in by_name:
            by_first.setdefault(words[0], []).append(words)
        return cls(by_name, by_key, {first: tuple(names) for first, names in by_first.items()})


@dataclass(slots=True)
class Discourse:
    known: KnownPersons = field(default_factory=lambda: KnownPersons({}, {}))
    persons: dict[str, Party] = field(default_factory=dict)  # name word (lower) → party
    last_person: Party | None = None
    last_pair: list[Party] = field(default_factory=list)  # the parties of the last two-sided act
    speech_dates: dict[str, DateMention] = field(default_factory=dict)  # person → day they first spoke

    def remember_parties(self, parties: list[Party]) -> None:
        for party in parties:
            if party.person:
                for word in party.person.split():
                    self.persons.setdefault(word.lower(), party)
                self.last_person = party

    def remember_pair(self, parties: list[Party]) -> None:
        """Only a pair whose first side is placed ("signed by Secretary X and Japan's minister" keeps the last)."""
        if len(parties) >= 2 and parties[0].country and len({p.country or p.mention.text for p in parties}) >= 2:
            self.last_pair = parties

    def lookup(self, word: str) -> Party | None:
        return self.persons.get(word) or self.known.by_key.get(word)

    def as_person(self, party: Party, remembered: list[Unit]) -> Party:
        """A party holding a remembered or known name gets that person, and their country if unknown."""
        unit = next((u for u in remembered if party.first <= u.first and u.last <= party.last), None)
        known = self._known_for(unit) if unit is not None else None
        if unit is None or known is None:
            return party
        if party.first < unit.first:  # "Prime Minister Kishida": keep the title written here
            entity = replace(known.mention.entity, country=party.country or known.country)
            mention = replace(party.mention, entity=entity)
            return replace(party, mention=mention, person=known.person, title=party.title or known.title)
        mention = replace(known.mention, start=unit.mention.start, end=unit.mention.end, text=unit.mention.text)
        return replace(party, mention=mention, person=known.person, title=known.title)

    def _known_for(self, unit: Unit) -> Party | None:
        words = tuple(unit.mention.text.lower().split())
        return self.known.by_name.get(words) or self.lookup(words[0])

    def person_units(self, tokens: list[Token], taken: set[int]) -> list[Unit]:
        """Names of remembered or known persons as units carrying their party."""
        units: list[Unit] = []
        index = 0
        while index < len(tokens):
            size = self._name_size(tokens, index, taken) if tokens[index].is_capitalised else 0
            if size == 0:
                index += 1
                continue
            end = index + size
            text = " ".join(t.text for t in tokens[index:end])
            party = self._known_for(Unit(index, end, Mention(0, 0, text, _NO_ENTITY)))
            if party is not None:
                mention = Mention(tokens[index].start, tokens[end - 1].end, text, party.mention.entity)
                units.append(Unit(index, end, mention))
            index = end

        return units

    def _name_size(self, tokens: list[Token], index: int, taken: set[int]) -> int:
        if index in taken or not tokens[index].is_capitalised:
            return 0
        for words in self.known.names_by_first.get(tokens[index].lower, ()):
            size = len(words)
            if tuple(t.lower for t in tokens[index : index + size]) == words and not taken & set(
                range(index, index + size)
            ):
                return size
        party = self.lookup(tokens[index].lower)
        if party is None:
            return 0
        end = index + 1
        while end < len(tokens) and end not in taken and self.lookup(tokens[end].lower) is party:
            end += 1
        return end - index


_NO_ENTITY = Entity("none", EntityKind.PERSON_TITLE, "", None)


def title_units(tokens: list[Token], titles: dict[str, tuple[str, ...]], taken: set[int]) -> list[Unit]:
    """Person titles the gazetteer did not mark: capitalised, before a name, or after "the"."""
    units: list[Unit] = []
    index = 0
    while index < len(tokens):
        size = _title_size(tokens, index, titles) if tokens[index].lower in titles else 0
        if size and not any(i in taken for i in range(index, index + size)) and _is_title_use(tokens, index, size):
            text = " ".join(t.text for t in tokens[index : index + size])
            entity = Entity(f"title:en:{text.lower()}", EntityKind.PERSON_TITLE, text, None)
            mention = Mention(tokens[index].start, tokens[index + size - 1].end, text, entity)
            units.append(Unit(index, index + size, mention))
            index += size
        else:
            index += 1
    return units


def _title_size(tokens: list[Token], index: int, titles: dict[str, tuple[str, ...]]) -> int:
    best = 0
    for phrase in titles.get(tokens[index].lower, ()):
        words = phrase.split()
        if [t.lower for t in tokens[index : index + len(words)]] == words:
            best = max(best, len(words))
    return best


def _is_title_use(tokens: list[Token], index: int, size: int) -> bool:
    if tokens[index].is_capitalised:
        return True
    after = tokens[index + size] if index + size < len(tokens) else None
    before = tokens[index - 1].lower if index else ""
    return (after is not None and after.is_capitalised and after.text.isalpha()) or before in {"the", "'s", "’s"}


def index_titles(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        lowered = phrase.lower()
        by_first.setdefault(lowered.split()[0], []).append(lowered)
    return {first: tuple(items) for first, items in by_first.items()}
