"""Typed settings, read from environment variables, with defaults for the local stack."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = "127.0.0.1:19092"
    client_id: str = "policy-events"


class TopicSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TOPIC_", extra="ignore")

    raw: str = "articles.raw"
    accepted: str = "articles.accepted"
    events: str = "policy-events"
    dlq: str = "articles.dlq"
    partitions: int = Field(default=6, ge=1)
    replication_factor: int = Field(default=1, ge=1)


class DatabaseSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore")

    database_url: str = "postgresql+asyncpg://policy_events:policy_events@127.0.0.1:15432/policy_events"
    database_schema: str = "public"
    database_pool_size: int = Field(default=5, ge=1)
    database_application_name: str = "policy-events"


class ConsumerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONSUMER_", extra="ignore")

    group_prefix: str = "policy-events"
    batch_max_records: int = Field(default=200, ge=1)
    batch_timeout_ms: int = Field(default=500, ge=1)
    max_message_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    retry_max_seconds: float = Field(default=30.0, gt=0)


class ExtractSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EXTRACT_", extra="ignore")

    workers: int = Field(default=1, ge=1)


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="API_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    default_limit: int = Field(default=50, ge=1)
    max_limit: int = Field(default=500, ge=1)


class DevStackSettings(BaseSettings):
    """Where the no-Docker local stack keeps its binaries, data and logs."""

    model_config = SettingsConfigDict(env_prefix="DEVSTACK_", extra="ignore")

    home: Path = REPO_ROOT / ".local"
    kafka_version: str = "4.1.1"
    kafka_port: int = 19092
    kafka_controller_port: int = 19093
    postgres_port: int = 15432


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore")

    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    consumer: ConsumerSettings = Field(default_factory=ConsumerSettings)
    extract: ExtractSettings = Field(default_factory=ExtractSettings)
    api: ApiSettings = Field(default_factory=ApiSettings)
    devstack: DevStackSettings = Field(default_factory=DevStackSettings)
    log_level: str = "INFO"
    metrics_port: int | None = None  # serve Prometheus metrics of a consumer service on this port
    metrics_host: str = "127.0.0.1"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
