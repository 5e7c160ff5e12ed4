"""docker-compose.yml and the Dockerfile agree with the CLI, the settings and each other."""

from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic_settings import BaseSettings

from services.core.settings import Settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
APP_SERVICES = {name: spec for name, spec in SERVICES.items() if "build" in spec}
ONE_SHOT_COMMANDS = {"migrate", "topics", "publish", "extract"}


def settings_env_names(settings_class: type[BaseSettings] = Settings) -> set[str]:
    """Every environment variable the typed settings read (nested classes have their own prefix)."""
    prefix = str(settings_class.model_config.get("env_prefix", ""))
    names: set[str] = set()
    for field_name, field in settings_class.model_fields.items():
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseSettings):
            names |= settings_env_names(nested)
        else:
            names.add(f"{prefix}{field_name}".upper())
    return names


def cli_parser() -> argparse.ArgumentParser:
    if importlib.util.find_spec("services.cli") is None:
        pytest.skip("services/cli.py does not exist yet, so commands cannot be checked against it")
    from services.cli import build_parser

    return build_parser()


def depends_on(spec: dict[str, Any]) -> dict[str, str]:
    deps = spec.get("depends_on", {})
    if isinstance(deps, list):
        return dict.fromkeys(deps, "service_started")
    return {name: str(condition.get("condition", "service_started")) for name, condition in deps.items()}


def is_one_shot(spec: dict[str, Any]) -> bool:
    return spec.get("restart", "no") == "no" and spec["command"][0] in ONE_SHOT_COMMANDS


def test_the_expected_services_exist() -> None:
    expected = {"kafka", "postgres", "migrate", "topics", "ingest", "extract", "api", "demo"}
    assert expected <= set(SERVICES)


@pytest.mark.parametrize("name", sorted(APP_SERVICES))
def test_every_app_command_is_a_valid_cli_invocation(name: str) -> None:
    command = APP_SERVICES[name]["command"]
    assert isinstance(command, list) and all(isinstance(part, str) for part in command)
    try:
        cli_parser().parse_args(command)
    except SystemExit as exc:
        pytest.fail(f"{name}: `policy-events {' '.join(command)}` is rejected by the CLI parser ({exc})")


@pytest.mark.parametrize("name", sorted(APP_SERVICES))
def test_every_app_env_var_is_a_settings_field(name: str) -> None:
    unknown = set(APP_SERVICES[name].get("environment", {})) - settings_env_names()
    assert not unknown, f"{name} sets variables no settings class reads: {sorted(unknown)}"


def test_settings_env_names_include_the_documented_ones() -> None:
    names = settings_env_names()
    assert {"KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL", "TOPIC_RAW", "API_HOST", "LOG_LEVEL"} <= names


def test_published_files_exist_in_the_repository() -> None:
    for spec in APP_SERVICES.values():
        if spec["command"][0] == "publish":
            path = Path(spec["command"][1])
            assert path.is_relative_to("/app"), "the image keeps the repository at /app"
            assert (REPO / path.relative_to("/app")).is_file()


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_dependencies_exist_and_their_conditions_can_be_met(name: str) -> None:
    for target, condition in depends_on(SERVICES[name]).items():
        assert target in SERVICES, f"{name} depends on unknown service {target}"
        assert target != name
        if condition == "service_healthy":
            assert "healthcheck" in SERVICES[target], f"{name} waits for {target} to be healthy; it has no healthcheck"
        elif condition == "service_completed_successfully":
            assert is_one_shot(SERVICES[target]), f"{name} waits for {target} to complete; it never does"
        else:
            assert condition == "service_started"


def test_dependencies_have_no_cycle() -> None:
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(name: str) -> None:
        assert name not in visiting, f"dependency cycle through {name}"
        if name in done:
            return
        visiting.add(name)
        for target in depends_on(SERVICES[name]):
            visit(target)
        visiting.remove(name)
        done.add(name)

    for name in SERVICES:
        visit(name)


def test_services_wait_for_what_they_use() -> None:
    for name, spec in APP_SERVICES.items():
        deps = depends_on(spec)
        command = spec["command"]
        if command[0] == "serve":
            assert deps.get("migrate") == "service_completed_successfully", name
        if command[0] == "migrate":
            assert deps.get("postgres") == "service_healthy", name
        if command[0] == "topics":
            assert deps.get("kafka") == "service_healthy", name
        if command[:2] in (["serve", "ingest"], ["serve", "extract"]) or command[0] == "publish":
            assert "topics" in deps or any("topics" in depends_on(SERVICES[d]) for d in deps), name


def test_long_running_services_restart_and_one_shots_do_not() -> None:
    for name, spec in APP_SERVICES.items():
        if spec["command"][0] == "serve":
            assert spec.get("restart") in {"unless-stopped", "always", "on-failure"}, name
        else:
            assert is_one_shot(spec), name


def test_api_listens_on_all_interfaces_inside_and_loopback_outside() -> None:
    api = SERVICES["api"]
    env = api["environment"]
    assert env["API_HOST"] == "0.0.0.0"
    assert api["ports"] == [f"127.0.0.1:{env['API_PORT']}:{env['API_PORT']}"]
    assert "/readyz" in " ".join(api["healthcheck"]["test"])
    assert f":{env['API_PORT']}/" in " ".join(api["healthcheck"]["test"])


def test_every_published_port_binds_to_loopback() -> None:
    for name, spec in SERVICES.items():
        for port in spec.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"


def test_app_database_url_matches_the_postgres_service() -> None:
    postgres_env = SERVICES["postgres"]["environment"]
    for name, spec in APP_SERVICES.items():
        url = urlsplit(spec["environment"]["DATABASE_URL"])
        assert url.scheme == "postgresql+asyncpg", name
        assert (url.hostname, url.port) == ("postgres", 5432), name
        assert (url.username, url.password) == (postgres_env["POSTGRES_USER"], postgres_env["POSTGRES_PASSWORD"])
        assert url.path == "/" + postgres_env["POSTGRES_DB"], name


def test_app_kafka_address_is_an_advertised_listener() -> None:
    advertised = SERVICES["kafka"]["environment"]["KAFKA_ADVERTISED_LISTENERS"]
    addresses = {listener.split("://", 1)[1] for listener in advertised.split(",")}
    for name, spec in APP_SERVICES.items():
        assert spec["environment"]["KAFKA_BOOTSTRAP_SERVERS"] in addresses, name


def test_images_are_the_official_ones() -> None:
    assert re.fullmatch(r"apache/kafka:4\.\d+\.\d+", SERVICES["kafka"]["image"])
    assert SERVICES["postgres"]["image"] == "postgres:16"
    assert "pg_isready" in SERVICES["postgres"]["healthcheck"]["test"]


def test_dockerfile_builds_a_non_root_image_that_runs_the_cli() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.MULTILINE)
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert re.search(r'^ENTRYPOINT \["policy-events"\]', dockerfile, re.MULTILINE)
