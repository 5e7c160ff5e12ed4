"""Finds the external programs the stack runs, installing Debian packages when allowed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from services.devstack.process import DevStackError

POSTGRES_LIB = Path("/usr/lib/postgresql")


def require_program(name: str, apt_package: str) -> str:
    """The absolute path of `name`; as root, a missing program is installed with apt-get."""
    found = shutil.which(name)
    if found:
        return found
    if os.geteuid() != 0:
        raise DevStackError(f"`{name}` is not on PATH; install it: sudo apt-get install -y {apt_package}")
    apt_install(apt_package)
    found = shutil.which(name)
    if not found:
        raise DevStackError(f"`{name}` is still missing after installing {apt_package}")
    return found


def postgres_bin_dir() -> Path:
    """The newest Debian PostgreSQL server directory holding initdb and pg_ctl."""
    found = _postgres_bin_dirs()
    if not found and os.geteuid() == 0:
        apt_install("postgresql")
        found = _postgres_bin_dirs()
    if not found:
        raise DevStackError(
            f"no initdb/pg_ctl under {POSTGRES_LIB}/*/bin; install them: sudo apt-get install -y postgresql"
        )
    return found[-1]


def apt_install(package: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", package]):
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise DevStackError(f"`{' '.join(command)}` failed:\n{result.stderr[-2000:]}")


def _postgres_bin_dirs() -> list[Path]:
    if not POSTGRES_LIB.is_dir():
        return []
    candidates = [
        entry / "bin"
        for entry in POSTGRES_LIB.iterdir()
        if (entry / "bin" / "initdb").exists() and (entry / "bin" / "pg_ctl").exists()
    ]
    return sorted(candidates, key=lambda path: _version_key(path.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())
