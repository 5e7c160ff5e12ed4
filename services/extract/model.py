"""The extractor's internal vocabulary, shared by every step.

Offsets (`start`, `end`) are always character offsets into the normalised
article body, so evidence can point back into what ingest stored.

Flow (pipeline.py):  body → Sentence[] → Mention[] (gazetteer) + DateMention[]
(dates) → ActionCue[] (a LanguageAnalyzer per language) → merged Event[].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from services.core.contracts import DatePrecision, EventType, Modality


class EntityKind(StrEnum):
    COUNTRY = "COUNTRY"
    GOVERNMENT = "GOVERNMENT"  # ministries, agencies, governments, leaders' offices
    PERSON_TITLE = "PERSON_TITLE"  # 장관, 차관, Secretary, Minister … (a person is a name + a title)
    INTL_ORG = "INTL_ORG"  # G7, OECD, APEC, UN, ITU, QUAD …
    RESEARCH_ORG = "RESEARCH_ORG"
    COMPANY = "COMPANY"
    CITY = "CITY"
    INITIATIVE = "INITIATIVE"  # named programmes, laws, declarations


@dataclass(frozen=True, slots=True)
class Entity:
    """One gazetteer entry: what a surface form refers to."""

    id: str  # stable key, e.g. "country:KOR", "gov:KOR:MSIT", "org:OECD", "city:montreal"
    kind: EntityKind
    name: str  # canonical, English where known
    country: str | None  # ISO 3166-1 alpha-3 (EUU for the EU); a city's country; None for intl orgs


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer match in the body."""

    start: int
    end: int
    text: str
    entity: Entity


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the body, resolved against the publication date."""

    start: int
    end: int
    text: str
    value: date
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


class AgentHint(StrEnum):
    """How the analyser found (or did not find) the acting party of a cue.

    The pipeline resolves the agent from the article's context for OMITTED and
    JOINT cues and drops NON_ACTOR cues (an explicit subject that is not a
    policy actor: companies, analysts, "people").
    """

    EXPLICIT = "EXPLICIT"  # `agent` is the clause's subject
    OMITTED = "OMITTED"  # no subject or a pronoun ("그는", "he"): inherit from context
    JOINT = "JOINT"  # "양국은", "both sides": the article's main side, the other side as counterpart
    NON_ACTOR = "NON_ACTOR"


@dataclass(slots=True)
class ActionCue:
    """One action found in one sentence, before merging across the article.

    Actors are Mentions; a person is carried as the Mention of their title or
    organisation with `person` set to the name as written.
    """

    event_type: EventType
    trigger: str
    start: int
    end: int
    sentence: Sentence
    modality: Modality = Modality.OCCURRED
    agent: Mention | None = None
    agent_person: str | None = None  # "류제명", "Gina Raimondo" when the agent is a person
    agent_title: str | None = None  # "제2차관", "Secretary"
    counterparts: list[Mention] = field(default_factory=list)
    participants: list[Mention] = field(default_factory=list)
    forum: list[Mention] = field(default_factory=list)
    location: Mention | None = None
    date: DateMention | None = None
    strength: float = 0.5  # cue strength in [0, 1], the basis of confidence
    agent_hint: AgentHint = AgentHint.OMITTED  # read when `agent` is None
    occasion_ref: bool = False  # the clause points at the occasion already reported ("이날", "at the meeting")
    topics_text: str | None = None  # the clause the topics are read from; None: the whole sentence
    # never inherits a date from the context: an earlier fact told in passing ("앞서", "earlier"),
    # a plan decided on the day reported ("이날 … 하기로 했다": the day is the decision's), or a
    # remark quoted with nothing but its speaker (EVENTS.md §8: without an occasion it is undated)
    own_date_only: bool = False


class LanguageAnalyzer(Protocol):
    """What one language contributes: segmentation and sentence-level analysis."""

    language: str

    def sentences(self, body: str) -> list[Sentence]: ...

    def cues(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        dates: list[DateMention],
        published_at: datetime | None,
    ) -> list[ActionCue]: ...
