"""A private PostgreSQL server from Debian's packages, with the app's role and database."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import asyncpg  # type: ignore[import-untyped, unused-ignore]

from services.core.settings import DevStackSettings
from services.devstack import config
from services.devstack.config import DatabaseTarget, StackPaths
from services.devstack.process import (
    DevStackError,
    is_alive,
    port_answers,
    read_pid,
    run_blocking,
    runs_with,
    tail,
    terminate,
)
from services.devstack.status import ComponentStatus, probe_component
from services.devstack.tools import postgres_bin_dir

HOST = "127.0.0.1"
NAME = "postgres"
STOP_GRACE_SECONDS = 30.0


def address(devstack: DevStackSettings) -> str:
    return f"{HOST}:{devstack.postgres_port}"


def status(devstack: DevStackSettings, paths: StackPaths) -> ComponentStatus:
    detail = f"data {paths.postgres_data}"
    return probe_component(NAME, host=HOST, port=devstack.postgres_port, pid=_our_pid(paths), detail=detail)


def start(devstack: DevStackSettings, paths: StackPaths, target: DatabaseTarget, *, timeout: float) -> ComponentStatus:
    """Starts the server unless ours already runs, then makes sure the app's role and database exist."""
    config.check_database_target(target, devstack.postgres_port)
    current = status(devstack, paths)
    if current.running:
        note = "reused"
    elif current.pid is not None:
        _wait_for_port(devstack, paths, current.pid, timeout=timeout)
        note = "reused"
    else:
        _start_server(devstack, paths, timeout=timeout)
        note = "started"
    _provision(paths, devstack.postgres_port, target, timeout=timeout)
    pid = _our_pid(paths)
    return ComponentStatus(NAME, True, address(devstack), pid, f"database {target.database}, {note}")


def stop(devstack: DevStackSettings, paths: StackPaths) -> ComponentStatus:
    """Fast shutdown (SIGINT) of the postmaster named in its own PID file, SIGKILL as a last resort."""
    pid = _our_pid(paths)
    if pid is not None:
        terminate(pid, grace_seconds=STOP_GRACE_SECONDS, first_signal=signal.SIGINT)
    detail = f"stopped pid {pid}" if pid is not None else "was not running"
    return ComponentStatus(NAME, False, address(devstack), None, detail)


def _our_pid(paths: StackPaths) -> int | None:
    pid = read_pid(paths.postgres_pid)
    if pid is None or not is_alive(pid):
        return None
    if not runs_with(pid, str(paths.postgres_data)):
        return None
    return pid


def _start_server(devstack: DevStackSettings, paths: StackPaths, *, timeout: float) -> None:
    if not config.socket_path_fits(paths.postgres_socket_dir, devstack.postgres_port):
        raise DevStackError(f"{paths.postgres_socket_dir} is too long for a unix socket; set DEVSTACK_HOME")
    if port_answers(HOST, devstack.postgres_port):
        raise DevStackError(
            f"{address(devstack)} is already taken by a process the dev stack did not start; "
            "stop it or change DEVSTACK_POSTGRES_PORT (and DATABASE_URL)"
        )
    bin_dir = postgres_bin_dir()
    _prepare_directories(paths)
    _init_cluster_once(bin_dir, paths)
    _write_server_conf(devstack, paths)
    command = [
        str(bin_dir / "pg_ctl"),
        "start",
        "--pgdata",
        str(paths.postgres_data),
        "--log",
        str(paths.postgres_log),
        "--wait",
        "--timeout",
        str(max(1, int(timeout))),
    ]
    result = _run_as_owner(command, cwd=paths.postgres_root, new_session=True)
    if result.returncode != 0:
        raise DevStackError(
            f"Postgres did not start within {timeout:.0f}s; see {paths.postgres_log}:\n"
            f"{result.stdout}{tail(paths.postgres_log)}"
        )


def _prepare_directories(paths: StackPaths) -> None:
    for directory in (paths.logs, paths.postgres_root, paths.postgres_socket_dir):
        directory.mkdir(parents=True, exist_ok=True)
    paths.postgres_socket_dir.chmod(0o700)
    paths.postgres_log.touch()
    if os.geteuid() == 0:
        # The server runs as the postgres OS user, which must traverse home and own its own files.
        paths.home.chmod(paths.home.stat().st_mode | 0o011)
        paths.logs.chmod(paths.logs.stat().st_mode | 0o011)
        for owned in (paths.postgres_root, paths.postgres_socket_dir, paths.postgres_log):
            shutil.chown(owned, user=config.POSTGRES_SUPERUSER, group=config.POSTGRES_SUPERUSER)


def _init_cluster_once(bin_dir: Path, paths: StackPaths) -> None:
    if (paths.postgres_data / "PG_VERSION").exists():
        return
    command = [
        str(bin_dir / "initdb"),
        "--pgdata",
        str(paths.postgres_data),
        "--username",
        config.POSTGRES_SUPERUSER,
        "--encoding",
        "UTF8",
        "--locale",
        "C",
        # Only the socket inside the private, owner-only directory is trusted; TCP needs a password.
        "--auth-local",
        "trust",
        "--auth-host",
        "scram-sha-256",
    ]
    result = _run_as_owner(command, cwd=paths.postgres_root)
    if result.returncode != 0:
        raise DevStackError(f"initdb failed:\n{result.stdout}")


def _write_server_conf(devstack: DevStackSettings, paths: StackPaths) -> None:
    devstack_conf = paths.postgres_data / "devstack.conf"
    devstack_conf.write_text(
        config.render_postgres_conf(port=devstack.postgres_port, socket_dir=paths.postgres_socket_dir)
    )
    main_conf = paths.postgres_data / "postgresql.conf"
    if config.POSTGRES_INCLUDE_LINE not in main_conf.read_text():
        with main_conf.open("a") as handle:
            handle.write(f"\n{config.POSTGRES_INCLUDE_LINE}\n")
    if os.geteuid() == 0:
        shutil.chown(devstack_conf, user=config.POSTGRES_SUPERUSER, group=config.POSTGRES_SUPERUSER)


def _run_as_owner(command: list[str], *, cwd: Path, new_session: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        config.as_postgres_user(command, euid=os.geteuid()),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
        start_new_session=new_session,  # the postmaster outlives the shell that ran `up`
    )


def _wait_for_port(devstack: DevStackSettings, paths: StackPaths, pid: int, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_alive(pid):
            raise DevStackError(f"Postgres exited during startup; see {paths.postgres_log}")
        if port_answers(HOST, devstack.postgres_port):
            return
        time.sleep(0.5)
    raise DevStackError(f"Postgres did not open {address(devstack)} in {timeout:.0f}s; see {paths.postgres_log}")


def _provision(paths: StackPaths, port: int, target: DatabaseTarget, *, timeout: float) -> None:
    try:
        run_blocking(_create_role_and_database(paths.postgres_socket_dir, port, target, timeout))
        run_blocking(_check_app_login(target, timeout))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        raise DevStackError(
            f"Postgres is up but the app database is not usable ({error}); see {paths.postgres_log}"
        ) from error


async def _create_role_and_database(
    socket_dir: Path, port: int, target: DatabaseTarget, connect_seconds: float
) -> None:
    connection = await asyncpg.connect(
        host=str(socket_dir),
        port=port,
        user=config.POSTGRES_SUPERUSER,
        database="postgres",
        timeout=connect_seconds,
    )
    try:
        role_exists = await connection.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", target.user)
        verb = "ALTER" if role_exists else "CREATE"
        # format() with %I/%L lets the server quote the identifier and the password literal.
        if target.password:
            statement = await connection.fetchval(
                f"SELECT format('{verb} ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)",
                target.user,
                target.password,
            )
        else:
            statement = await connection.fetchval(f"SELECT format('{verb} ROLE %I LOGIN', $1::text)", target.user)
        await connection.execute(statement)
        database_exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", target.database)
        if not database_exists:
            statement = await connection.fetchval(
                "SELECT format('CREATE DATABASE %I OWNER %I', $1::text, $2::text)",
                target.database,
                target.user,
            )
            await connection.execute(statement)
    finally:
        await connection.close()


async def _check_app_login(target: DatabaseTarget, connect_seconds: float) -> None:
    connection = await asyncpg.connect(
        host=target.host,
        port=target.port,
        user=target.user,
        password=target.password or None,
        database=target.database,
        timeout=connect_seconds,
    )
    try:
        await connection.fetchval("SELECT 1")
    finally:
        await connection.close()
