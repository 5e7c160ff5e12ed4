"""Table models. The migrations in migrations/ create exactly these tables."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    literal_column,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """One accepted article, normalised; `extractor_version`/`event_count` set by extract."""

    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), index=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
    content_hash: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    event_count: Mapped[int | None] = mapped_column(Integer)
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EventRow(Base):
    """One policy event: the filterable columns plus the full event as JSONB."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_topics", "topics", postgresql_using="gin"),)

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.article_id", ondelete="CASCADE"), index=True
    )
    extractor_version: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(32))
    modality: Mapped[str] = mapped_column(String(16))
    agent_country: Mapped[str | None] = mapped_column(String(3))
    event_date: Mapped[date | None] = mapped_column(Date)
    topics: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    language: Mapped[str] = mapped_column(String(16), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


# The API lists events newest first with undated ones last: keyset pagination orders by
# (event_sort_date DESC, event_id DESC). Mapping NULL to -infinity makes that key a plain
# row comparison that these indexes serve, alone or after an equality filter.
def event_sort_date() -> ColumnElement[date]:
    return func.coalesce(EventRow.event_date, literal_column("'-infinity'::date"))


Index("ix_events_sort_key", event_sort_date(), EventRow.event_id)
Index("ix_events_event_type_sort_key", EventRow.event_type, event_sort_date(), EventRow.event_id)
Index("ix_events_agent_country_sort_key", EventRow.agent_country, event_sort_date(), EventRow.event_id)


class ConsumerOffset(Base):
    """Next offset to read per consumer group and partition, committed with the rows it covers."""

    __tablename__ = "consumer_offsets"

    group_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    topic: Mapped[str] = mapped_column(String(255), primary_key=True)
    partition: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_offset: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
