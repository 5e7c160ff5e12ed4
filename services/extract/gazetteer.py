"""Bilingual gazetteer: finds countries, cities, organisations, titles and initiatives in text.

The data lives in YAML under `data/gazetteer/` (see docs/gazetteer.md); this module only
loads it once and scans text with one Aho-Corasick automaton.

Matching rules, in short:
- ASCII aliases match on ASCII word boundaries. An alias written with a capital letter
  matches exactly as written ("US", "Washington"); one written all in lower case
  matches in any case ("prime minister").
- Korean aliases match at the start of a Hangul token and may be followed by particles
  ("캐나다를"), except for suffixes that change the meaning ("미국산", "한국어").
- Hanja abbreviations (美, 中, 韓) match when not inside a longer Hanja word.
- Korean country compounds ("한미", "한·미·일", "미-중", "한-EU") give one Mention per part.
- Overlaps are resolved longest first; stop phrases ("North America", "인도태평양")
  claim their span and produce nothing.
- Generic government bodies ("정부", "외교부", "foreign ministry") are re-bound to the
  country named right before them ("중국 외교부", "China's foreign ministry").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick
import pycountry
import yaml

from services.extract.charclass import fold, is_ascii_word_char, is_han, is_hangul
from services.extract.model import Entity, EntityKind, Mention

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"

_KOREAN_PARTICLE_STARTS = frozenset("은는이가을를과와의도에로으만께")
# "주한캐나다대사": a country name right after 주한/주미… (stationed in) is still a token start.
_KOREAN_STATIONED_PREFIXES = ("주한", "주미", "주일", "주중", "주영", "주독", "주불", "주캐")
_KOREAN_HEAD_SUFFIX_ENDS = frozenset("청원처실단소부관")
_DEFAULT_BLOCK_AFTER: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.COUNTRY: ("산", "식", "계", "어"),
    EntityKind.CITY: ("산", "식"),
    EntityKind.PERSON_TITLE: ("회의", "회담", "급"),
}
_COMPOUND_SEPARATORS = "·ㆍ・‧•∙-–/"
_GENERIC_GAP = re.compile(r"\s*(?:'s|’s|의)?\s*(?:the\s+|federal\s+|national\s+|연방\s*)?")


@dataclass(frozen=True, slots=True)
class AliasSpec:
    """One surface form and the rules for matching it."""

    text: str
    entity: Entity | None  # None for a stop phrase
    exact: bool  # match case exactly (the alias has a capital letter)
    attach: bool  # Korean: may directly follow other Hangul ("외교부장관")
    block_after: tuple[str, ...]  # Korean: suffixes that make this a different word


@dataclass(frozen=True, slots=True)
class GovernmentRole:
    """A body every government has, re-bound to the country named before it."""

    slug: str
    name: str  # may contain "{country}"


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    parts: tuple[tuple[int, int, Entity | None], ...]
    needs_neighbour: bool = False  # Korean alias glued to Hangul: only after another mention


class Gazetteer:
    """Entities and their aliases; `find` returns the mentions in a text."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self._entities: dict[str, Entity] = {}
        self._aliases: dict[str, list[str]] = {}
        self._roles: dict[str, GovernmentRole] = {}
        self._derived: dict[tuple[str, str], Entity] = {}
        self._role_targets: dict[tuple[str, str], Entity] = {}
        self._compound_parts: dict[str, Entity] = {}
        self._country_hanja: set[str] = set()
        specs = _load_all(data_dir or DATA_DIR, self)
        self._automaton = _build_automaton(specs)
        self._compound_pattern, self._glued_pattern = self._compound_patterns()

    # ----------------------------------------------------------------- registry

    def add_entity(self, entity: Entity, aliases: Iterable[str]) -> None:
        if entity.id in self._entities and self._entities[entity.id] != entity:
            raise ValueError(f"entity id {entity.id} defined twice with different fields")
        self._entities[entity.id] = entity
        known = self._aliases.setdefault(entity.id, [])
        known.extend(alias for alias in aliases if alias not in known)

    def add_role(self, entity_id: str, role: GovernmentRole) -> None:
        self._roles[entity_id] = role

    def add_role_target(self, slug: str, entity: Entity) -> None:
        """`entity` is what a generic body of role `slug` means for the entity's country."""
        if entity.country is not None:
            self._role_targets.setdefault((slug, entity.country), entity)

    def add_compound_part(self, surface: str, entity: Entity) -> None:
        self._compound_parts[surface] = entity
        if len(surface) == 1 and is_han(surface):
            self._country_hanja.add(surface)

    def lookup(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError when unknown)."""
        if entity_id in self._entities:
            return self._entities[entity_id]
        for derived in self._derived.values():
            if derived.id == entity_id:
                return derived
        raise KeyError(entity_id)

    def get(self, entity_id: str) -> Entity | None:
        try:
            return self.lookup(entity_id)
        except KeyError:
            return None

    def country(self, code: str) -> Entity | None:
        """The COUNTRY entity of an ISO alpha-3 code (or EUU)."""
        return self._entities.get(f"country:{code}")

    def entities(self, kind: EntityKind | None = None) -> list[Entity]:
        return [e for e in self._entities.values() if kind is None or e.kind is kind]

    def aliases(self, entity_id: str) -> list[str]:
        return list(self._aliases.get(entity_id, []))

    def is_generic(self, entity: Entity) -> bool:
        """True for bodies every government has ("정부", "foreign ministry") not yet tied to a country."""
        return entity.id in self._roles

    # ------------------------------------------------------------------ finding

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """Longest non-overlapping mentions in `text`, offsets shifted by `offset`."""
        candidates = list(self._scan(text))
        candidates.extend(self._compounds(text))
        chosen = _select(candidates, len(text))
        mentions = [
            Mention(start + offset, end + offset, text[start:end], entity)
            for candidate in chosen
            for start, end, entity in candidate.parts
            if entity is not None
        ]
        mentions.extend(self._head_suffixes(text, mentions, offset))
        mentions.sort(key=lambda m: (m.start, m.end))
        return self._bind_generic(text, mentions, offset)

    def _scan(self, text: str) -> Iterator[_Candidate]:
        for last, specs in self._automaton.iter(fold(text)):
            end = last + 1
            start = end - len(specs[0].text)
            for spec in specs:
                if spec.exact and text[start:end] != spec.text:
                    continue
                start_state = _start_state(text, start, spec, self._country_hanja)
                if start_state is None or not _end_ok(text, end, spec, self._country_hanja):
                    continue
                yield _Candidate(start, end, ((start, end, spec.entity),), needs_neighbour=start_state)
                break

    def _compounds(self, text: str) -> Iterator[_Candidate]:
        for pattern, not_after, piece in (
            (self._compound_pattern, _WORD_CHAR, _PIECE),
            (self._glued_pattern, _HANGUL_CHAR, _SYLLABLE),
        ):
            if pattern is None:
                continue
            for match in _matches_not_after(pattern, not_after, text):
                parts = self._compound_split(match, piece)
                if parts is not None:
                    yield _Candidate(match.start(), match.end(), parts)

    def _compound_split(
        self, match: re.Match[str], piece_pattern: re.Pattern[str]
    ) -> tuple[tuple[int, int, Entity | None], ...] | None:
        parts: list[tuple[int, int, Entity | None]] = []
        seen: set[str] = set()
        for piece in piece_pattern.finditer(match.group(0)):
            entity = self._compound_parts.get(piece.group(0))
            if entity is None or entity.id in seen:
                return None
            seen.add(entity.id)
            parts.append((match.start() + piece.start(), match.start() + piece.end(), entity))
        return tuple(parts) if len(parts) >= 2 else None

    def _compound_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        if not self._compound_parts:
            return None, None
        surfaces = sorted(self._compound_parts, key=len, reverse=True)
        alternation = "|".join(re.escape(s) for s in surfaces)
        separators = re.escape(_COMPOUND_SEPARATORS)
        separated = re.compile(rf"(?:{alternation})(?:[{separators}](?:{alternation}))+(?![A-Za-z0-9])")
        # Unseparated compounds are limited to the forms news actually writes (한미, 한중일, 미중).
        glued = re.compile(r"(?:한(?:미|중|일|영|독|불)(?:미|중|일)?|미(?:중|일))")
        return separated, glued  # both start a word: see _matches_not_after

    def _head_suffixes(self, text: str, mentions: list[Mention], offset: int) -> list[Mention]:
        """An agency name glued to 장 ("우주항공청장") names the agency's head."""
        head = self._entities.get("title:head")
        if head is None:
            return []
        found: list[Mention] = []
        for mention in mentions:
            end = mention.end - offset
            if (
                mention.entity.kind in (EntityKind.GOVERNMENT, EntityKind.RESEARCH_ORG)
                and mention.text[-1] in _KOREAN_HEAD_SUFFIX_ENDS
                and text[end : end + 1] == "장"
                and (end + 1 >= len(text) or not is_hangul(text[end + 1]) or text[end + 1] in _KOREAN_PARTICLE_STARTS)
            ):
                found.append(Mention(mention.end, mention.end + 1, "장", head))
        return found

    def _bind_generic(self, text: str, mentions: list[Mention], offset: int) -> list[Mention]:
        bound: list[Mention] = []
        for index, mention in enumerate(mentions):
            role = self._roles.get(mention.entity.id)
            previous = mentions[index - 1] if index else None
            if role is not None and previous is not None and _names_one_country(text, mentions, index - 1, offset):
                gap = text[previous.end - offset : mention.start - offset]
                country = previous.entity.country
                if _GENERIC_GAP.fullmatch(gap) and country is not None and country != mention.entity.country:
                    entity = self._derive(role, previous.entity)
                    mention = Mention(mention.start, mention.end, mention.text, entity)
            bound.append(mention)
        return bound

    def _derive(self, role: GovernmentRole, country: Entity) -> Entity:
        assert country.country is not None
        key = (role.slug, country.country)
        if key in self._role_targets:
            return self._role_targets[key]
        if key not in self._derived:
            self._derived[key] = Entity(
                id=f"gov:{country.country}:{role.slug}",
                kind=EntityKind.GOVERNMENT,
                name=role.name.format(country=country.name),
                country=country.country,
            )
        return self._derived[key]


_PIECE = re.compile(rf"[^{re.escape(_COMPOUND_SEPARATORS)}]+")
_SYLLABLE = re.compile(r".")
_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
_HANGUL_CHAR = re.compile(r"[가-힣]")


def _matches_not_after(pattern: re.Pattern[str], not_after: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that do not follow a character `not_after` matches, leftmost first.

    Same as a leading negative lookbehind, which would keep `re` from skipping ahead to the
    characters an alternation can start with (about 4x slower on a body).
    """
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start and not_after.match(text, start - 1):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


def _names_one_country(text: str, mentions: list[Mention], index: int, offset: int) -> bool:
    """A COUNTRY mention that is not the last part of a compound ("한·미 정부" is two governments)."""
    mention = mentions[index]
    if mention.entity.kind is not EntityKind.COUNTRY:
        return False
    if index == 0:
        return True
    before = mentions[index - 1]
    gap = text[before.end - offset : mention.start - offset]
    return not (before.entity.kind is EntityKind.COUNTRY and (gap == "" or gap in _COMPOUND_SEPARATORS))


# ------------------------------------------------------------------ boundaries


def _start_state(text: str, start: int, spec: AliasSpec, country_hanja: set[str]) -> bool | None:
    """None: not a match; False: a match; True: a match only if glued to another mention."""
    if start == 0:
        return False
    previous = text[start - 1]
    first = spec.text[0]
    if is_ascii_word_char(first):
        return None if is_ascii_word_char(previous) else False
    if is_hangul(first):
        if not is_hangul(previous) or spec.attach:
            return False
        stationed = text[max(0, start - 2) : start] in _KOREAN_STATIONED_PREFIXES
        return not (stationed and (start < 3 or not is_hangul(text[start - 3])))
    if is_han(first):
        if previous.isdigit() or (is_han(previous) and previous not in country_hanja):
            return None
        return False
    return False


def _end_ok(text: str, end: int, spec: AliasSpec, country_hanja: set[str]) -> bool:
    if end >= len(text):
        return True
    following = text[end]
    last = spec.text[-1]
    if is_ascii_word_char(last):
        return not is_ascii_word_char(following)
    if is_hangul(last):
        if not is_hangul(following):
            return True
        # A one-syllable Korean alias ("미 국무부") must stand alone.
        return len(spec.text) > 1 and not text.startswith(spec.block_after, end)
    if is_han(last):
        return not is_han(following) or following in country_hanja
    return True


def _select(candidates: list[_Candidate], length: int) -> list[_Candidate]:
    """Longest first, then leftmost; glued Korean candidates only next to a chosen one."""
    taken = bytearray(length)
    chosen: list[_Candidate] = []
    candidates.sort(key=lambda c: (c.end - c.start, -c.start), reverse=True)
    for candidate in candidates:
        if not candidate.needs_neighbour and taken.find(1, candidate.start, candidate.end) == -1:
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    ends = {c.end for c in chosen if c.parts[-1][2] is not None}
    for candidate in sorted((c for c in candidates if c.needs_neighbour), key=lambda c: (c.start, -c.end)):
        if candidate.start in ends and taken.find(1, candidate.start, candidate.end) == -1:
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
            ends.add(candidate.end)
    return chosen


# --------------------------------------------------------------------- loading


def _build_automaton(specs: list[AliasSpec]) -> Any:
    grouped: dict[str, list[AliasSpec]] = {}
    for spec in specs:
        grouped.setdefault(fold(spec.text), []).append(spec)
    automaton = ahocorasick.Automaton()
    for key, group in grouped.items():
        # Exact (cased) forms are tried before case-blind ones, entities before stop phrases.
        group.sort(key=lambda s: (not s.exact, s.entity is None))
        automaton.add_word(key, tuple(group))
    automaton.make_automaton()
    return automaton


def _load_all(data_dir: Path, gazetteer: Gazetteer) -> list[AliasSpec]:
    specs: list[AliasSpec] = []
    for path in sorted(data_dir.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if document.get("stop_phrases"):
            specs.extend(_spec(str(p), None, False, ()) for p in document["stop_phrases"])
            continue
        kind = EntityKind(document["kind"])
        defaults = tuple(document.get("block_after", _DEFAULT_BLOCK_AFTER.get(kind, ())))
        if document.get("pycountry_backbone"):
            specs.extend(_pycountry_specs(document, gazetteer))
        for entry in document.get("entries", []):
            specs.extend(_entry_specs(kind, entry, defaults, gazetteer, document))
    return specs


_ENTRY_FIELDS = frozenset(
    {"id", "code", "name", "country", "aliases", "role", "role_name", "serves_role"}
    | {"block_after", "attach", "compound"}
)


def _entry_specs(
    kind: EntityKind, entry: dict[str, Any], defaults: tuple[str, ...], gazetteer: Gazetteer, document: dict[str, Any]
) -> list[AliasSpec]:
    unknown = set(entry) - _ENTRY_FIELDS
    if unknown:  # usually an unquoted comma in a flow mapping: name: "A, B"
        raise ValueError(f"gazetteer entry {entry.get('id') or entry.get('code')} has unknown fields {sorted(unknown)}")
    if kind is EntityKind.COUNTRY:
        code = str(entry["code"])
        entity = Entity(f"country:{code}", kind, str(entry.get("name") or _pycountry_name(code)), code)
    else:
        country = entry.get("country")
        entity = Entity(str(entry["id"]), kind, str(entry["name"]), str(country) if country else None)
    aliases = _with_unspaced_korean([str(a) for a in entry.get("aliases", [])])
    if kind is EntityKind.COUNTRY and entity.id in gazetteer._entities:
        entity = gazetteer._entities[entity.id]
    gazetteer.add_entity(entity, aliases)
    if "role" in entry:
        gazetteer.add_role(entity.id, GovernmentRole(str(entry["role"]), str(entry["role_name"])))
        gazetteer.add_role_target(str(entry["role"]), entity)
    for slug in entry.get("serves_role", []):
        gazetteer.add_role_target(str(slug), entity)
    full_korean_names = [a for a in aliases if len(a) > 1 and is_hangul(a[0])] if kind is EntityKind.COUNTRY else []
    for surface in [*entry.get("compound", []), *full_korean_names]:
        gazetteer.add_compound_part(str(surface), entity)
    for alias in aliases:
        if len(alias) == 1 and is_han(alias):
            gazetteer.add_compound_part(alias, entity)
    block = defaults + tuple(str(b) for b in entry.get("block_after", []))
    attach = bool(entry.get("attach", document.get("attach", False)))
    return [_spec(alias, entity, attach, block) for alias in aliases]


def _with_unspaced_korean(aliases: list[str]) -> list[str]:
    """Korean spacing varies ("블레츨리 파크" / "블레츨리파크"): also index each Korean alias without spaces."""
    extra = [a.replace(" ", "") for a in aliases if " " in a and any(is_hangul(c) for c in a)]
    return aliases + [a for a in dict.fromkeys(extra) if a not in aliases]


def _spec(alias: str, entity: Entity | None, attach: bool, block_after: tuple[str, ...]) -> AliasSpec:
    if not alias:
        raise ValueError(f"empty alias for {entity}")
    exact = alias != alias.lower()
    return AliasSpec(alias, entity, exact, attach, block_after)


def _pycountry_name(code: str) -> str:
    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        raise ValueError(f"unknown country code {code}; give it a name in countries.yaml")
    return str(getattr(record, "common_name", None) or record.name)


def _pycountry_specs(document: dict[str, Any], gazetteer: Gazetteer) -> list[AliasSpec]:
    """Every ISO country under its English names, minus names that are also common words."""
    skipped = {str(s) for s in document.get("skip_names", [])}
    overrides = {str(e["code"]): e.get("name") for e in document.get("entries", [])}
    specs: list[AliasSpec] = []
    for record in pycountry.countries:
        code = str(record.alpha_3)
        names = {
            str(n)
            for n in (record.name, getattr(record, "common_name", None), getattr(record, "official_name", None))
            if n and "," not in str(n) and str(n) not in skipped
        }
        entity = Entity(f"country:{code}", EntityKind.COUNTRY, str(overrides.get(code) or _pycountry_name(code)), code)
        gazetteer.add_entity(entity, sorted(names))
        specs.extend(_spec(name, entity, False, ()) for name in sorted(names))
    return specs


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer()


def get_gazetteer() -> Gazetteer:
    return default_gazetteer()


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    return default_gazetteer().find(text, offset=offset)
