"""Statements: an official's position, voiced in a quote or in reported speech.

"'…,' Nelson said" and "Yoon said he welcomed …" are statements; a trailing
attribution of reported facts ("…, the UK government said in a statement") is
not, nor are words of companies, analysts or documents ("the strategy says").
"""

from __future__ import annotations

from services.extract.english.discourse import Discourse
from services.extract.english.parties import Party
from services.extract.english.subject import SubjectKind, find_subject, following_party
from services.extract.english.view import SentenceView
from services.extract.english.words import NON_ACTOR_NOUNS, PREPOSITIONS
from services.extract.model import EntityKind

OFFICIAL_KINDS = frozenset({EntityKind.PERSON_TITLE, EntityKind.GOVERNMENT, EntityKind.INTL_ORG})


_QUOTE_WORDS = 4
_AUDIENCES = frozenset(
    {"reporters", "journalists", "press", "media", "lawmakers", "parliament", "broadcaster", "newspaper"}
    | {"reuters", "afp", "ap", "bloomberg", "yonhap", "kyodo", "xinhua", "nikkei", "bbc", "cnbc", "cnn"}
)
# "added 10 members", "noted a rise", "states": forms that are speech only when introducing it.
_WEAK_VERB_FORMS = frozenset(
    {"add", "adds", "added", "adding", "note", "notes", "noted", "noting", "state", "states", "stated", "stating"}
    | {"remark", "remarks", "remarked", "highlight", "highlights", "highlighted", "point", "points", "pointed"}
    | {"write", "writes", "wrote", "written", "writing"}
)


def has_quote(view: SentenceView) -> bool:
    """A quotation of some length, not a quoted name ("Hiroshima Accord")."""
    return sum(1 for t in view.tokens if t.quoted and t.text.isalpha()) >= _QUOTE_WORDS


def _speaker_before(view: SentenceView, trigger: int, memory: Discourse) -> Party | None:
    subject = find_subject(view, trigger, memory)
    return subject.parties[0] if subject.kind is SubjectKind.PARTIES and subject.parties else None


def _is_trailing_attribution(view: SentenceView, last: int) -> bool:
    """ "…, the UK government said in a statement.": nothing but a circumstance follows the verb."""
    rest = [i for i in range(last, len(view.tokens)) if view.tokens[i].text not in {".", ","}]
    if not rest or rest[0] in view.date_at:
        return True
    first = view.tokens[rest[0]].lower
    if first in _AUDIENCES or (first == "the" and rest[1:] and view.tokens[rest[1]].lower in _AUDIENCES):
        return True  # "…, the minister told reporters after the meeting."
    return first in PREPOSITIONS | {"according", "as", "last", "this", "earlier", "today"}


def _introduces_speech(view: SentenceView, trigger: int, last: int) -> bool:
    """ "added that …", "noted:" — verbs that also mean something else must introduce what was said."""
    if view.tokens[trigger].lower not in _WEAK_VERB_FORMS or has_quote(view):
        return True
    following = view.tokens[last] if last < len(view.tokens) else None
    return following is not None and (following.lower in {"that", ",", ":"} or following.quote_mark)


def speaking_party(view: SentenceView, trigger: int, last: int, memory: Discourse) -> Party | None:
    """Whoever speaks at this verb of saying, official or not, statement or attribution."""
    if view.tokens[trigger].quoted or not _introduces_speech(view, trigger, last):
        return None
    party = _speaker_before(view, trigger, memory)
    if party is None and trigger > 0 and (view.tokens[trigger - 1].text == "," or view.tokens[trigger - 1].quote_mark):
        party = following_party(view, last)
    return party


_PRIVATE_OWNERS = NON_ACTOR_NOUNS | {"group", "association", "federation", "lobby", "union", "chamber", "bank"}


def _of_a_private_body(view: SentenceView, party: Party) -> bool:
    """ "the group's president said": a title held in a company or an industry body."""
    first = party.first
    return first >= 2 and view.tokens[first - 1].text in {"'s", "’s"} and view.words[first - 2] in _PRIVATE_OWNERS


def speaker(view: SentenceView, trigger: int, last: int, memory: Discourse) -> Party | None:
    """The official who speaks at this speech verb, or None when this is no statement."""
    party = speaking_party(view, trigger, last, memory)
    if party is None or party.kind not in OFFICIAL_KINDS or _of_a_private_body(view, party):
        return None
    if not has_quote(view) and _is_trailing_attribution(view, last):
        return None
    return party
