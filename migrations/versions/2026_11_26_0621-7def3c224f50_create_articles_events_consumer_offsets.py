"""Create articles, events and consumer_offsets.

Revision ID: 7def3c224f50
Revises:
Create Date: 2026-11-26 06:21:30.649111+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7def3c224f50"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(length=512), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("metadata", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("extractor_version", sa.String(length=64), nullable=True),
        sa.Column("event_count", sa.Integer(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_articles")),
    )
    op.create_index(op.f("ix_articles_language"), "articles", ["language"], unique=False)
    op.create_index(op.f("ix_articles_published_at"), "articles", ["published_at"], unique=False)
    op.create_table(
        "consumer_offsets",
        sa.Column("group_id", sa.String(length=255), nullable=False),
        sa.Column("topic", sa.String(length=255), nullable=False),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("next_offset", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("group_id", "topic", "partition", name=op.f("pk_consumer_offsets")),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=512), nullable=False),
        sa.Column("extractor_version", sa.String(length=64), nullable=False),
        sa.Column("event_type", sa.String(length=32), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("agent_country", sa.String(length=3), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("topics", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.article_id"],
            name=op.f("fk_events_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_events")),
    )
    op.create_index(
        "ix_events_agent_country_sort_key",
        "events",
        ["agent_country", sa.literal_column("coalesce(event_date, '-infinity'::date)"), "event_id"],
        unique=False,
    )
    op.create_index(op.f("ix_events_article_id"), "events", ["article_id"], unique=False)
    op.create_index(
        "ix_events_event_type_sort_key",
        "events",
        ["event_type", sa.literal_column("coalesce(event_date, '-infinity'::date)"), "event_id"],
        unique=False,
    )
    op.create_index(op.f("ix_events_language"), "events", ["language"], unique=False)
    op.create_index(
        "ix_events_sort_key",
        "events",
        [sa.literal_column("coalesce(event_date, '-infinity'::date)"), "event_id"],
        unique=False,
    )
    op.create_index("ix_events_topics", "events", ["topics"], unique=False, postgresql_using="gin")


def downgrade() -> None:
    op.drop_index("ix_events_topics", table_name="events", postgresql_using="gin")
    op.drop_index("ix_events_sort_key", table_name="events")
    op.drop_index(op.f("ix_events_language"), table_name="events")
    op.drop_index("ix_events_event_type_sort_key", table_name="events")
    op.drop_index(op.f("ix_events_article_id"), table_name="events")
    op.drop_index("ix_events_agent_country_sort_key", table_name="events")
    op.drop_table("events")
    op.drop_table("consumer_offsets")
    op.drop_index(op.f("ix_articles_published_at"), table_name="articles")
    op.drop_index(op.f("ix_articles_language"), table_name="articles")
    op.drop_table("articles")
