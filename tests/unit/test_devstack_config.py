"""Pure parts of the dev stack: URL parsing, rendered config files, command lines, paths."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from services.core.settings import DevStackSettings
from services.devstack import config
from services.devstack.__main__ import main
from services.devstack.config import DatabaseTarget
from services.devstack.process import is_alive, read_pid
from services.devstack.status import ComponentStatus, StackStatus


def _properties(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value in pairs}


@pytest.fixture
def paths(tmp_path: Path) -> config.StackPaths:
    return config.stack_paths(DevStackSettings(home=tmp_path / "stack", kafka_version="4.1.1"))


class TestParseDatabaseUrl:
    def test_reads_every_part_of_the_default_url(self) -> None:
        target = config.parse_database_url(
            "postgresql+asyncpg://policy_events:policy_events@127.0.0.1:15432/policy_events"
        )

        assert target == DatabaseTarget("127.0.0.1", 15432, "policy_events", "policy_events", "policy_events")

    def test_decodes_percent_escaped_credentials(self) -> None:
        target = config.parse_database_url("postgresql://app%40team:p%40ss%3Aword@localhost:5433/my%20db")

        assert (target.user, target.password, target.database) == ("app@team", "p@ss:word", "my db")

    def test_defaults_the_port_and_allows_no_password(self) -> None:
        target = config.parse_database_url("postgresql://reader@127.0.0.1/events")

        assert (target.port, target.password) == (5432, "")

    @pytest.mark.parametrize(
        "url",
        ["mysql://user:pw@127.0.0.1/db", "postgresql://127.0.0.1:15432/db", "postgresql://user:pw@127.0.0.1:15432/"],
    )
    def test_rejects_urls_it_cannot_provision(self, url: str) -> None:
        with pytest.raises(ValueError):
            config.parse_database_url(url)


class TestCheckDatabaseTarget:
    def test_accepts_a_local_target_on_the_stack_port(self) -> None:
        config.check_database_target(DatabaseTarget("localhost", 15432, "u", "p", "d"), 15432)

    def test_rejects_a_remote_host(self) -> None:
        with pytest.raises(ValueError, match="not local"):
            config.check_database_target(DatabaseTarget("db.example.org", 15432, "u", "p", "d"), 15432)

    def test_rejects_a_port_the_stack_does_not_serve(self) -> None:
        with pytest.raises(ValueError, match="DEVSTACK_POSTGRES_PORT"):
            config.check_database_target(DatabaseTarget("127.0.0.1", 5432, "u", "p", "d"), 15432)


class TestServerProperties:
    def test_single_node_kraft_on_loopback_only(self) -> None:
        rendered = _properties(
            config.render_server_properties(data_dir=Path("/data/kafka"), port=19092, controller_port=19093)
        )

        assert rendered["process.roles"] == "broker,controller"
        assert rendered["controller.quorum.voters"] == "1@127.0.0.1:19093"
        assert rendered["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
        assert rendered["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
        assert rendered["log.dirs"] == "/data/kafka"

    def test_every_listener_binds_the_loopback_address(self) -> None:
        rendered = _properties(config.render_server_properties(data_dir=Path("/d"), port=29092, controller_port=29093))

        hosts = re.findall(r"//([^:]+):", rendered["listeners"] + "," + rendered["advertised.listeners"])
        assert set(hosts) == {"127.0.0.1"}

    def test_single_replica_internal_topics_and_no_rebalance_delay(self) -> None:
        rendered = _properties(config.render_server_properties(data_dir=Path("/d"), port=1, controller_port=2))

        assert rendered["offsets.topic.replication.factor"] == "1"
        assert rendered["transaction.state.log.replication.factor"] == "1"
        assert rendered["group.initial.rebalance.delay.ms"] == "0"
        assert rendered["num.partitions"] == "6"

    def test_allows_messages_well_above_four_megabytes(self) -> None:
        rendered = _properties(config.render_server_properties(data_dir=Path("/d"), port=1, controller_port=2))

        assert int(rendered["message.max.bytes"]) >= 4 * 1024 * 1024
        assert int(rendered["replica.fetch.max.bytes"]) >= int(rendered["message.max.bytes"])

    def test_topic_auto_creation_is_off_unless_asked(self) -> None:
        off = _properties(config.render_server_properties(data_dir=Path("/d"), port=1, controller_port=2))
        on = _properties(
            config.render_server_properties(data_dir=Path("/d"), port=1, controller_port=2, auto_create_topics=True)
        )

        assert off["auto.create.topics.enable"] == "false"
        assert on["auto.create.topics.enable"] == "true"


class TestRenderedFiles:
    def test_runtime_pom_pins_the_broker_and_a_logging_binding(self) -> None:
        pom = config.render_runtime_pom("4.1.1")

        assert "<artifactId>kafka_2.13</artifactId><version>4.1.1</version>" in pom
        assert "<artifactId>log4j-slf4j-impl</artifactId>" in pom
        assert "<packaging>pom</packaging>" in pom

    def test_log4j_config_writes_to_the_given_file(self) -> None:
        rendered = config.render_log4j2_properties(Path("/logs/kafka.log"))

        assert "appender.file.fileName = /logs/kafka.log" in rendered
        assert "Console" not in rendered

    def test_postgres_conf_listens_on_loopback_with_a_private_socket(self) -> None:
        rendered = config.render_postgres_conf(port=15432, socket_dir=Path("/home/o'neil/sock"))

        assert "listen_addresses = '127.0.0.1'" in rendered
        assert "port = 15432" in rendered
        assert "unix_socket_directories = '/home/o''neil/sock'" in rendered


class TestCommands:
    def test_broker_runs_from_the_jar_cache_with_a_modest_heap(self, paths: config.StackPaths) -> None:
        command = config.kafka_java_command(java="/usr/bin/java", paths=paths)

        assert command[0] == "/usr/bin/java"
        assert "-Xmx512m" in command
        assert command[command.index("-cp") + 1] == f"{paths.kafka_lib}/*"
        assert command[-2:] == ["kafka.Kafka", str(paths.kafka_server_properties)]

    def test_storage_format_uses_the_cluster_id(self, paths: config.StackPaths) -> None:
        command = config.kafka_format_command(java="java", paths=paths, cluster_id="abc")

        assert "kafka.tools.StorageTool" in command
        assert command[command.index("--cluster-id") + 1] == "abc"

    def test_root_runs_postgres_tools_as_the_postgres_user(self) -> None:
        assert config.as_postgres_user(["initdb"], euid=0) == ["runuser", "-u", "postgres", "--", "initdb"]
        assert config.as_postgres_user(["initdb"], euid=1000) == ["initdb"]


class TestPathsAndIds:
    def test_everything_lives_under_home(self, paths: config.StackPaths) -> None:
        for value in vars(paths).values():
            assert value == paths.home or paths.home in value.parents
        assert paths.home in paths.postgres_pid.parents

    def test_jar_cache_is_per_kafka_version(self, paths: config.StackPaths) -> None:
        assert paths.kafka_lib.parent.name == "4.1.1"

    def test_cluster_id_is_22_url_safe_characters(self) -> None:
        cluster_id = config.new_cluster_id(bytes(range(16)))

        assert len(cluster_id) == 22
        assert re.fullmatch(r"[A-Za-z0-9_-]{22}", cluster_id)

    def test_cluster_id_needs_sixteen_bytes(self) -> None:
        with pytest.raises(ValueError):
            config.new_cluster_id(b"short")

    def test_long_socket_directories_are_detected(self) -> None:
        assert config.socket_path_fits(Path("/tmp/s"), 15432)
        assert not config.socket_path_fits(Path("/" + "d" * 120), 15432)


class TestProcessHelpers:
    def test_read_pid_takes_the_first_line(self, tmp_path: Path) -> None:
        pid_file = tmp_path / "postmaster.pid"
        pid_file.write_text("4242\n/data\n1700000000\n")

        assert read_pid(pid_file) == 4242

    def test_read_pid_tolerates_missing_and_garbage_files(self, tmp_path: Path) -> None:
        (tmp_path / "bad.pid").write_text("not a pid\n")

        assert read_pid(tmp_path / "absent.pid") is None
        assert read_pid(tmp_path / "bad.pid") is None

    def test_this_process_is_alive(self) -> None:
        assert is_alive(os.getpid())


class TestStatusAndEntryPoint:
    def test_status_lines_name_state_address_and_pid(self) -> None:
        stack = StackStatus(
            kafka=ComponentStatus("kafka", True, "127.0.0.1:19092", 12, "reused"),
            postgres=ComponentStatus("postgres", False, "127.0.0.1:15432"),
        )

        assert stack.lines() == [
            "kafka: running 127.0.0.1:19092 pid=12 (reused)",
            "postgres: stopped 127.0.0.1:15432",
        ]
        assert not stack.all_running
        assert not stack.all_stopped

    @pytest.mark.parametrize("argv", [[], ["restart"], ["up", "now"]])
    def test_entry_point_rejects_unknown_actions(self, argv: list[str]) -> None:
        assert main(argv) == 2
