"""`python -m services.devstack up|down|status`: one line per component, non-zero exit on failure."""

from __future__ import annotations

import sys

from services.devstack.process import DevStackError
from services.devstack.stack import down, status, up
from services.devstack.status import StackStatus

USAGE = "usage: python -m services.devstack up|down|status"
# `status` follows the LSB convention: 3 means "not running", so scripts can tell it from an error.
EXIT_NOT_RUNNING = 3


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in {"up", "down", "status"}:
        print(USAGE, file=sys.stderr)
        return 2
    action = argv[0]
    try:
        result = {"up": up, "down": down, "status": status}[action]()
    except (DevStackError, ValueError) as error:
        print(f"devstack {action} failed: {error}", file=sys.stderr)
        return 1
    for line in result.lines():
        print(line)
    return _exit_code(action, result)


def _exit_code(action: str, result: StackStatus) -> int:
    if action == "down":
        return 0 if result.all_stopped else 1
    if action == "status":
        return 0 if result.all_running else EXIT_NOT_RUNNING
    return 0 if result.all_running else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
