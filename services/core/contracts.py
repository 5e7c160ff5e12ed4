"""The message and event contracts, mirroring contracts/*.schema.json.

RawArticle is what publishers put on `articles.raw`; AcceptedArticle is what
ingest stores and forwards on `articles.accepted`; Event is one policy event
as stored, served and published on `policy-events`.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class EventType(StrEnum):
    MEETING = "MEETING"
    BILATERAL_TALKS = "BILATERAL_TALKS"
    VISIT = "VISIT"
    POLICY_ANNOUNCEMENT = "POLICY_ANNOUNCEMENT"
    PROPOSAL = "PROPOSAL"
    AGREEMENT = "AGREEMENT"
    COOPERATION = "COOPERATION"
    REGULATION = "REGULATION"
    INVESTMENT = "INVESTMENT"
    STANDARDIZATION = "STANDARDIZATION"
    STATEMENT = "STATEMENT"


CAMEO_CODES: dict[EventType, str | None] = {
    EventType.MEETING: "044",
    EventType.BILATERAL_TALKS: "040",
    EventType.VISIT: "042",
    EventType.POLICY_ANNOUNCEMENT: "010",
    EventType.PROPOSAL: "030",
    EventType.AGREEMENT: "057",
    EventType.COOPERATION: "060",
    EventType.REGULATION: None,
    EventType.INVESTMENT: "061",
    EventType.STANDARDIZATION: None,
    EventType.STATEMENT: "010",
}


class Modality(StrEnum):
    OCCURRED = "OCCURRED"
    PLANNED = "PLANNED"
    NEGATED = "NEGATED"


class ActorKind(StrEnum):
    COUNTRY = "COUNTRY"
    GOVERNMENT = "GOVERNMENT"
    PERSON = "PERSON"
    INTL_ORG = "INTL_ORG"
    RESEARCH_ORG = "RESEARCH_ORG"
    COMPANY = "COMPANY"
    OTHER = "OTHER"


class Role(StrEnum):
    AGENT = "AGENT"
    COUNTERPART = "COUNTERPART"
    PARTICIPANT = "PARTICIPANT"
    FORUM = "FORUM"


class Topic(StrEnum):
    AI = "AI"
    AI_SAFETY = "AI_SAFETY"
    QUANTUM = "QUANTUM"
    SEMICONDUCTORS = "SEMICONDUCTORS"
    COMPUTE_INFRA = "COMPUTE_INFRA"
    DATA = "DATA"
    TELECOM = "TELECOM"
    CYBERSECURITY = "CYBERSECURITY"
    DIGITAL_TRANSFORMATION = "DIGITAL_TRANSFORMATION"
    TALENT = "TALENT"
    STANDARDS = "STANDARDS"
    SUPPLY_CHAIN = "SUPPLY_CHAIN"
    SPACE = "SPACE"
    BIOTECH = "BIOTECH"
    CLIMATE_ENERGY = "CLIMATE_ENERGY"
    RESEARCH = "RESEARCH"


class DatePrecision(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    YEAR = "YEAR"


COUNTRY_CODE = r"^[A-Z]{3}$"


class RawArticle(BaseModel):
    """One message on `articles.raw` (contracts/article.schema.json)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = Field(default=None, max_length=512)
    url: str | None = Field(default=None, max_length=4096)
    source: str | None = Field(default=None, max_length=512)
    title: str | None = Field(default=None, max_length=4096)
    body: str = Field(min_length=1)
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    published_at: AwareDatetime | None = None
    fetched_at: AwareDatetime | None = None
    metadata: dict[str, Any] | None = None


class AcceptedArticle(BaseModel):
    """An article after ingest: normalised, identified, stored; on `articles.accepted`."""

    article_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    body: str
    language: str
    published_at: datetime | None = None
    fetched_at: datetime | None = None
    metadata: dict[str, Any] | None = None


class Actor(BaseModel):
    text: str
    name: str
    kind: ActorKind
    country: str | None = Field(default=None, pattern=COUNTRY_CODE)
    role: Role
    title: str | None = None


class Location(BaseModel):
    text: str
    city: str | None = None
    country: str | None = Field(default=None, pattern=COUNTRY_CODE)


class Evidence(BaseModel):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(BaseModel):
    """One policy event (contracts/event.schema.json)."""

    model_config = ConfigDict(extra="allow")

    event_id: str = Field(min_length=1)
    event_type: EventType
    cameo_code: str | None = Field(default=None, pattern=r"^[0-9]{2,4}$")
    modality: Modality = Modality.OCCURRED
    trigger: str | None = None
    actors: list[Actor] = Field(default_factory=list)
    location: Location | None = None
    event_date: date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    topics: list[Topic] = Field(default_factory=list)
    initiatives: list[str] = Field(default_factory=list)
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)

    def agent(self) -> Actor | None:
        """The acting party, preferring one whose country is known."""
        agents = [a for a in self.actors if a.role is Role.AGENT]
        return next((a for a in agents if a.country), agents[0] if agents else None)


class ExtractionResult(BaseModel):
    """One line of `policy-events extract` output (EVENTS.md §6)."""

    article_id: str
    language: str
    events: list[Event]
