"""The dateline ("SACRAMENTO, Calif. -", "SEOUL, Nov. 19 (Yonhap) -", "TOKYO -").

The city a report is filed from places the acts of its opening sentence that the
text gives no other place, and its country is the home of an official named by
office alone ("State Senator Maria Delgado", "Science Minister Bae").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from services.core.contracts import EventType, Modality
from services.extract.english.parties import Party
from services.extract.model import ActionCue, EntityKind, Mention

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"\s*(?:(?P<place>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2})(?=,|\s[-–—(])"  # "SEOUL, …", "TOKYO -"
    rf"|(?P<titled>[A-Z][a-z.'’]+(?: [A-Z][a-z.'’]+){{0,2}})(?=, {_MONTH} \d|\s\())"  # "Tokyo, March 3 (Kyodo)"
    r"[^\n]{0,48}?\s(?:--?|–|—)\s"
)
_DOMESTIC = frozenset({EventType.REGULATION, EventType.INVESTMENT, EventType.POLICY_ANNOUNCEMENT})
_PLACES = frozenset({EntityKind.CITY, EntityKind.COUNTRY})
_LOCAL_PLACES = frozenset({EntityKind.CITY, EntityKind.GOVERNMENT})
_INTERNATIONAL_TITLES = frozenset({"secretary-general", "secretary general", "director-general", "director general"})


def dateline_place(text: str, offset: int, find: Callable[[str, int], list[Mention]]) -> Mention | None:
    """The city (or city state) written in capitals before the dateline's dash, as a mention.

    `find` is the gazetteer's scan; names are looked up in title case ("NEW DELHI" → New Delhi)
    because gazetteer names with capitals match only as written.
    """
    found = _DATELINE.match(text)
    if found is None:
        return None
    group = "place" if found.group("place") else "titled"
    start = found.start(group)
    words = found.group(group)
    mentions = find(words.title(), offset + start)
    whole = [m for m in mentions if m.end - m.start == len(words) and m.entity.kind in _PLACES]
    if not whole:
        return None
    return replace(whole[0], text=words)


def with_home_country(party: Party, dateline: Mention | None, private_titles: frozenset[str]) -> Party:
    """A named official whose title gives no country takes the dateline's country."""
    if dateline is None or party.country is not None or party.kind is not EntityKind.PERSON_TITLE:
        return party
    if not party.person or (party.title or "").lower() in private_titles | _INTERNATIONAL_TITLES:
        return party
    entity = replace(party.mention.entity, country=dateline.entity.country)
    return replace(party, mention=replace(party.mention, entity=entity))


_LOCAL_TITLES = frozenset({"governor", "mayor", "premier", "lieutenant governor", "state senator"})


def with_local_country(party: Party, parties: list[Party]) -> Party:
    """ "Governor Kathy Hochul … making New York the second state": a local office takes the country
    of the one country the sentence's places (cities, states) belong to."""
    if party.country is not None or party.kind is not EntityKind.PERSON_TITLE:
        return party
    if (party.title or "").lower() not in _LOCAL_TITLES:
        return party
    countries = {p.country for p in parties if p.kind in _LOCAL_PLACES and p.country}
    if len(countries) != 1:
        return party
    entity = replace(party.mention.entity, country=countries.pop())
    return replace(party, mention=replace(party.mention, entity=entity))


def place_at_dateline(cues: list[ActionCue], dateline: Mention) -> None:
    """Acts of the opening sentence with no stated place happened where the report was filed;
    a plan only when it is domestic to the dateline's country."""
    for cue in cues:
        if cue.location is not None or cue.event_type is EventType.STATEMENT:
            continue
        home = cue.agent is not None and cue.agent.entity.country == dateline.entity.country
        if cue.modality is not Modality.PLANNED or (cue.event_type in _DOMESTIC and home):
            cue.location = dateline
