"""Small OS helpers: PID files, liveness, ports, graceful termination."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import signal
import socket
import time
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class DevStackError(RuntimeError):
    """A component could not be started, checked or stopped; the message says where to look."""


def read_pid(pid_file: Path) -> int | None:
    """The PID on the first line of a PID file, or None when absent or unreadable."""
    try:
        first_line = pid_file.read_text().splitlines()[0].strip()
    except (OSError, IndexError):
        return None
    return int(first_line) if first_line.isdigit() else None


def write_pid(pid_file: Path, pid: int) -> None:
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(f"{pid}\n")


def is_alive(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    with contextlib.suppress(ChildProcessError):
        # A child of this very process (started by `up` in the same interpreter) is reaped here.
        reaped_pid, _ = os.waitpid(pid, os.WNOHANG)
        if reaped_pid == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return _proc_state(pid) != "Z"


def command_line(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def runs_with(pid: int, *markers: str) -> bool:
    """Guards against PID reuse: the process must still carry every marker on its command line."""
    joined = " ".join(command_line(pid))
    return bool(joined) and all(marker in joined for marker in markers)


def port_answers(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def terminate(pid: int, *, grace_seconds: float, first_signal: int = signal.SIGTERM) -> None:
    """Ask politely, wait, then SIGKILL whatever is left of that one process."""
    if not is_alive(pid):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, first_signal)
    if wait_until(lambda: not is_alive(pid), timeout=grace_seconds):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    if not wait_until(lambda: not is_alive(pid), timeout=10.0):
        raise DevStackError(f"process {pid} survived SIGKILL")


def wait_until(condition: Callable[[], bool], *, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


@contextlib.contextmanager
def exclusive_lock(lock_file: Path) -> Iterator[None]:
    """Serialises `up`/`down` across processes so two callers never start the same server twice."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    """Runs a coroutine to completion from sync code, even when the caller has a running loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def tail(path: Path, lines: int = 15) -> str:
    try:
        content = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log yet)"
    return "\n".join(content[-lines:])


def _proc_state(pid: int) -> str:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name sits in parentheses and may itself contain spaces.
    after_name = stat.rsplit(")", 1)[-1].split()
    return after_name[0] if after_name else ""
