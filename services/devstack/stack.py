"""The local stack as a whole: `up`, `down` and `status` for Kafka and Postgres together."""

from __future__ import annotations

from pathlib import Path

from services.core.settings import Settings, get_settings
from services.devstack import config, kafka, postgres
from services.devstack.process import exclusive_lock
from services.devstack.status import StackStatus

DEFAULT_START_TIMEOUT_SECONDS = 120.0


def up(settings: Settings | None = None, *, timeout: float = DEFAULT_START_TIMEOUT_SECONDS) -> StackStatus:
    """Starts whatever is not already running and returns once both components accept clients.

    Raises DevStackError (naming the log file to read) when a component fails to come up.
    """
    settings = settings or get_settings()
    paths = config.stack_paths(settings.devstack)
    target = config.parse_database_url(settings.database.database_url)
    with exclusive_lock(paths.lock):
        postgres_status = postgres.start(settings.devstack, paths, target, timeout=timeout)
        kafka_status = kafka.start(settings.devstack, paths, timeout=timeout)
    return StackStatus(kafka=kafka_status, postgres=postgres_status)


def down(settings: Settings | None = None) -> StackStatus:
    """Stops exactly the processes recorded in the stack's PID files; data and jar cache stay."""
    settings = settings or get_settings()
    paths = config.stack_paths(settings.devstack)
    with exclusive_lock(paths.lock):
        kafka_status = kafka.stop(settings.devstack, paths)
        postgres_status = postgres.stop(settings.devstack, paths)
    return StackStatus(kafka=kafka_status, postgres=postgres_status)


def status(settings: Settings | None = None) -> StackStatus:
    settings = settings or get_settings()
    paths = config.stack_paths(settings.devstack)
    return StackStatus(
        kafka=kafka.status(settings.devstack, paths),
        postgres=postgres.status(settings.devstack, paths),
    )


def logs_dir(settings: Settings | None = None) -> Path:
    """Where the stack writes its logs; other local services may put theirs here too."""
    settings = settings or get_settings()
    directory = config.stack_paths(settings.devstack).logs
    directory.mkdir(parents=True, exist_ok=True)
    return directory
