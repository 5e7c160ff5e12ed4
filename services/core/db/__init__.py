"""Postgres access: table models and the async engine/session factory."""

from services.core.db.models import Article, Base, ConsumerOffset, EventRow
from services.core.db.session import create_engine, create_session_factory

__all__ = ["Article", "Base", "ConsumerOffset", "EventRow", "create_engine", "create_session_factory"]
