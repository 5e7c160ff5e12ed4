"""One local Apache Kafka broker in KRaft mode, run from jars that Maven fetches once."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import time

from aiokafka.admin import AIOKafkaAdminClient

from services.core.settings import DevStackSettings
from services.devstack import config
from services.devstack.config import StackPaths
from services.devstack.process import (
    DevStackError,
    is_alive,
    port_answers,
    read_pid,
    run_blocking,
    runs_with,
    tail,
    terminate,
    write_pid,
)
from services.devstack.status import ComponentStatus, probe_component
from services.devstack.tools import require_program

HOST = "127.0.0.1"
NAME = "kafka"
STOP_GRACE_SECONDS = 30.0
# Holding the Popen objects keeps them from being garbage-collected (and warning "still running")
# while the interpreter that launched the broker lives on, e.g. a test session.
_LAUNCHED: list[subprocess.Popen[bytes]] = []


def address(devstack: DevStackSettings) -> str:
    return f"{HOST}:{devstack.kafka_port}"


def status(devstack: DevStackSettings, paths: StackPaths) -> ComponentStatus:
    detail = f"version {devstack.kafka_version}"
    return probe_component(NAME, host=HOST, port=devstack.kafka_port, pid=_our_pid(paths), detail=detail)


def start(devstack: DevStackSettings, paths: StackPaths, *, timeout: float) -> ComponentStatus:
    """Starts the broker unless ours already runs; returns once it answers a metadata request."""
    current = status(devstack, paths)
    if current.running:
        return _with_detail(current, "reused")
    if current.pid is None:
        _refuse_foreign_listener(devstack)
        java = require_program("java", "openjdk-17-jre-headless")
        ensure_jars(devstack, paths)
        _write_configs(devstack, paths)
        _format_storage_once(java, paths)
        pid = _launch(java, paths)
    else:
        pid = current.pid  # started earlier and still coming up: wait for it
    _wait_until_ready(devstack, paths, pid, timeout=timeout)
    return ComponentStatus(NAME, True, address(devstack), pid, f"version {devstack.kafka_version}, started")


def stop(devstack: DevStackSettings, paths: StackPaths) -> ComponentStatus:
    """Stops only the broker recorded in our PID file: SIGTERM, then SIGKILL after a grace period."""
    pid = _our_pid(paths)
    if pid is not None:
        terminate(pid, grace_seconds=STOP_GRACE_SECONDS)
    paths.kafka_pid.unlink(missing_ok=True)
    detail = f"stopped pid {pid}" if pid is not None else "was not running"
    return ComponentStatus(NAME, False, address(devstack), None, detail)


def ensure_jars(devstack: DevStackSettings, paths: StackPaths) -> None:
    """Fetches kafka_2.13 and its runtime closure with Maven into the cache, once per version."""
    if paths.kafka_lib.is_dir() and any(paths.kafka_lib.glob("kafka_2.13-*.jar")):
        return
    mvn = require_program("mvn", "maven")
    paths.kafka_dist.mkdir(parents=True, exist_ok=True)
    paths.logs.mkdir(parents=True, exist_ok=True)
    pom = paths.kafka_dist / "pom.xml"
    pom.write_text(config.render_runtime_pom(devstack.kafka_version))
    partial = paths.kafka_dist / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    command = [
        mvn,
        "-B",
        "-q",
        "-f",
        str(pom),
        f"{config.DEPENDENCY_PLUGIN}:copy-dependencies",
        f"-DoutputDirectory={partial}",
        "-DincludeScope=runtime",
    ]
    with paths.kafka_fetch_log.open("w") as log:
        result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        raise DevStackError(
            f"Maven could not fetch Kafka {devstack.kafka_version}; see {paths.kafka_fetch_log}:\n"
            f"{tail(paths.kafka_fetch_log)}"
        )
    partial.rename(paths.kafka_lib)


def _our_pid(paths: StackPaths) -> int | None:
    pid = read_pid(paths.kafka_pid)
    if pid is None or not is_alive(pid):
        return None
    if not runs_with(pid, "kafka.Kafka", str(paths.kafka_server_properties)):
        return None
    return pid


def _refuse_foreign_listener(devstack: DevStackSettings) -> None:
    for port in (devstack.kafka_port, devstack.kafka_controller_port):
        if port_answers(HOST, port):
            raise DevStackError(
                f"{HOST}:{port} is already taken by a process the dev stack did not start; "
                "stop it or change DEVSTACK_KAFKA_PORT / DEVSTACK_KAFKA_CONTROLLER_PORT"
            )


def _write_configs(devstack: DevStackSettings, paths: StackPaths) -> None:
    for directory in (paths.kafka_root, paths.kafka_data, paths.logs, paths.run):
        directory.mkdir(parents=True, exist_ok=True)
    paths.kafka_server_properties.write_text(
        config.render_server_properties(
            data_dir=paths.kafka_data,
            port=devstack.kafka_port,
            controller_port=devstack.kafka_controller_port,
        )
    )
    paths.kafka_log4j.write_text(config.render_log4j2_properties(paths.kafka_log))


def _format_storage_once(java: str, paths: StackPaths) -> None:
    if (paths.kafka_data / "meta.properties").exists():
        return
    cluster_id = config.new_cluster_id(os.urandom(16))
    command = config.kafka_format_command(java=java, paths=paths, cluster_id=cluster_id)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DevStackError(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")


def _launch(java: str, paths: StackPaths) -> int:
    command = config.kafka_java_command(java=java, paths=paths)
    with paths.kafka_console_log.open("ab") as console:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            cwd=paths.kafka_root,
            start_new_session=True,  # survives the shell or test session that ran `up`
        )
    _LAUNCHED.append(process)
    write_pid(paths.kafka_pid, process.pid)
    return process.pid


def _wait_until_ready(devstack: DevStackSettings, paths: StackPaths, pid: int, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_alive(pid):
            raise DevStackError(
                f"Kafka exited during startup; see {paths.kafka_log} and {paths.kafka_console_log}:\n"
                f"{tail(paths.kafka_log)}\n{tail(paths.kafka_console_log)}"
            )
        if port_answers(HOST, devstack.kafka_port) and answers_metadata(address(devstack)):
            return
        time.sleep(0.5)
    raise DevStackError(
        f"Kafka did not answer on {address(devstack)} within {timeout:.0f}s; see {paths.kafka_log}:\n"
        f"{tail(paths.kafka_log)}"
    )


def answers_metadata(bootstrap_servers: str, timeout: float = 5.0) -> bool:
    """True when the broker lists itself in a metadata response (so it accepts clients)."""
    return run_blocking(_probe_metadata(bootstrap_servers, timeout))


async def _probe_metadata(bootstrap_servers: str, limit_seconds: float) -> bool:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=int(limit_seconds * 1000))
    try:
        await asyncio.wait_for(admin.start(), limit_seconds)
        cluster = await asyncio.wait_for(admin.describe_cluster(), limit_seconds)
    except Exception:  # any failure simply means "not ready yet"
        return False
    finally:
        with contextlib.suppress(Exception):
            await admin.close()
    return bool(cluster.get("brokers"))


def _with_detail(component: ComponentStatus, note: str) -> ComponentStatus:
    detail = f"{component.detail}, {note}" if component.detail else note
    return ComponentStatus(component.name, component.running, component.address, component.pid, detail)
