"""The English analyser: sentences of a body, and the action cues of one sentence."""

from __future__ import annotations

import re
from datetime import date, datetime

from services.core.contracts import EventType
from services.extract.english.bodies import body_units
from services.extract.english.cues import CueBuilder, pair_of
from services.extract.english.dateline import dateline_place, place_at_dateline, with_home_country, with_local_country
from services.extract.english.discourse import Discourse, KnownPersons, index_titles, title_units
from services.extract.english.lexicon import TriggerLexicon, default_lexicon
from services.extract.english.occasions import past_weekdays
from services.extract.english.parties import build_parties, place_mentions
from services.extract.english.segment import split_sentences
from services.extract.english.tokens import tokenize
from services.extract.english.triggers import find_hits
from services.extract.english.view import SentenceView, place_dates
from services.extract.gazetteer import default_gazetteer
from services.extract.model import ActionCue, DateMention, EntityKind, Mention, Sentence

_JOINT_WORK_UNDER_A_DEAL = frozenset({EventType.COOPERATION, EventType.STANDARDIZATION})
_CONTENT_OPENERS = ("under the ", "under this ", "under that ", "under its ")
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
_FIRST_PERSON_LIMIT = 4


class EnglishAnalyzer:
    """`LanguageAnalyzer` for English: regex and lexicon based, one instance per worker.

    Cues of one article must be requested in sentence order: the analyser keeps
    a small memory of the persons and pairs named so far, reset at sentence 0.
    """

    language = "en"

    def __init__(self, lexicon: TriggerLexicon | None = None) -> None:
        self._lexicon = lexicon or default_lexicon()
        self._titles = index_titles(list(self._lexicon.person_titles))
        self._known = KnownPersons.of(self._lexicon.known_persons)
        self._memory = Discourse(self._known)
        self._recent: list[tuple[ActionCue, str]] = []
        self._opinion = False
        self._find = default_gazetteer().find
        self._dateline: Mention | None = None
        self._private = frozenset(self._lexicon.private_titles)

    def sentences(self, body: str) -> list[Sentence]:
        self._reset()
        self._opinion = is_first_person_column(body)
        self._dateline = dateline_place(body, 0, self._find)
        return split_sentences(body)

    def cues(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        dates: list[DateMention],
        published_at: datetime | None,
    ) -> list[ActionCue]:
        if sentence.index == 0:
            self._reset()
        if self._opinion:
            return []
        view = self.view(sentence, mentions, dates, published_at.date() if published_at else None)
        cues: list[ActionCue] = []
        if not _is_question(sentence.text):
            builder = CueBuilder(view, self._lexicon, self._memory, self._recent)
            cues = builder.build(find_hits(view, self._lexicon, self._lexicon.framing))
            if _is_content(sentence.text):
                cues = [c for c in cues if c.event_type in _JOINT_WORK_UNDER_A_DEAL]
            if sentence.index == 0 and self._dateline is not None:
                place_at_dateline(cues, self._dateline)
            self._recent.extend(builder.objects(cues))
        self._memory.remember_parties(view.parties)
        for cue in cues:
            self._memory.remember_pair(pair_of(cue))
        return cues

    def view(
        self, sentence: Sentence, mentions: list[Mention], dates: list[DateMention], published: date | None
    ) -> SentenceView:
        """The sentence as tokens, parties (gazetteer, titles, remembered persons) and dates."""
        tokens = tokenize(sentence.text, sentence.start)
        inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
        units = place_mentions(tokens, inside)
        taken = {i for u in units for i in range(u.first, u.last)}
        units += title_units(tokens, self._titles, taken)
        taken = {i for u in units for i in range(u.first, u.last)}
        units += body_units(tokens, taken)
        taken = {i for u in units for i in range(u.first, u.last)}
        remembered = self._memory.person_units(tokens, taken)
        units = sorted(units + remembered, key=lambda u: u.first)
        parties = build_parties(tokens, units, sentence.text, sentence.start)
        parties = [self._memory.as_person(p, remembered) for p in parties]
        orgs = {u.first for u in units if u.mention.entity.kind is EntityKind.INTL_ORG}
        parties = [
            p if any(p.first <= i < p.last for i in orgs) else with_home_country(p, self._dateline, self._private)
            for p in parties
        ]  # "UN Secretary-General X" speaks for no country, wherever the report is filed
        parties = [with_local_country(p, parties) for p in parties]
        spans = past_weekdays(tokens, place_dates(tokens, dates), published)
        return SentenceView(sentence, tokens, parties, spans, published)

    def _reset(self) -> None:
        self._memory = Discourse(self._known)
        self._recent = []


def is_first_person_column(body: str) -> bool:
    """A writer speaking as "I" outside quotations: a column or essay, which reports no policy event."""
    unquoted = _QUOTATION.sub(" ", body)
    return len(_FIRST_PERSON.findall(unquoted)) >= _FIRST_PERSON_LIMIT


def _is_content(text: str) -> bool:
    """ "Under the deal, Japan will …" lists a deal's content: only new joint work under it is an event
    ("Under the memorandum, the two agencies will form a joint working group")."""
    return text.lower().startswith(_CONTENT_OPENERS)


def _is_question(text: str) -> bool:
    """A question asserts nothing."""
    return text.rstrip("\"'”’ ").endswith("?")


__all__ = ["EnglishAnalyzer"]
