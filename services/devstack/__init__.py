"""No-Docker local stack: one Kafka broker and one Postgres server under DEVSTACK_HOME."""

from services.devstack.process import DevStackError
from services.devstack.stack import down, logs_dir, status, up
from services.devstack.status import ComponentStatus, StackStatus

__all__ = ["ComponentStatus", "DevStackError", "StackStatus", "down", "logs_dir", "status", "up"]
