"""Pure rendering of the local stack's files and paths: no I/O, no processes."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from services.core.settings import DevStackSettings

KAFKA_NODE_ID = 1
LOG4J_BINDING_VERSION = "2.24.3"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
# Large enough for the ~3 MB articles the pipeline must still be able to dead-letter.
KAFKA_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
POSTGRES_SUPERUSER = "postgres"
POSTGRES_INCLUDE_LINE = "include_if_exists = 'devstack.conf'"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Linux limits a unix socket path (sun_path) to 107 bytes plus the terminating NUL.
MAX_SOCKET_PATH_BYTES = 107


@dataclass(frozen=True)
class DatabaseTarget:
    """Who and where the application expects to find its database."""

    host: str
    port: int
    user: str
    password: str
    database: str


@dataclass(frozen=True)
class StackPaths:
    """Every file the stack writes, all below the git-ignored home directory."""

    home: Path
    logs: Path
    run: Path
    kafka_root: Path
    kafka_dist: Path
    kafka_lib: Path
    kafka_data: Path
    kafka_server_properties: Path
    kafka_log4j: Path
    kafka_pid: Path
    kafka_log: Path
    kafka_console_log: Path
    kafka_fetch_log: Path
    postgres_root: Path
    postgres_data: Path
    postgres_socket_dir: Path
    postgres_log: Path

    @property
    def lock(self) -> Path:
        return self.run / "devstack.lock"

    @property
    def postgres_pid(self) -> Path:
        """Postgres keeps its own PID file; the postmaster PID is its first line."""
        return self.postgres_data / "postmaster.pid"


def stack_paths(devstack: DevStackSettings) -> StackPaths:
    home = Path(devstack.home).resolve()
    logs = home / "logs"
    run = home / "run"
    kafka_root = home / "kafka"
    kafka_dist = kafka_root / devstack.kafka_version
    postgres_root = home / "postgres"
    return StackPaths(
        home=home,
        logs=logs,
        run=run,
        kafka_root=kafka_root,
        kafka_dist=kafka_dist,
        kafka_lib=kafka_dist / "lib",
        kafka_data=kafka_root / "data",
        kafka_server_properties=kafka_root / "server.properties",
        kafka_log4j=kafka_root / "log4j2.properties",
        kafka_pid=run / "kafka.pid",
        kafka_log=logs / "kafka.log",
        kafka_console_log=logs / "kafka.console.log",
        kafka_fetch_log=logs / "kafka-fetch.log",
        postgres_root=postgres_root,
        postgres_data=postgres_root / "data",
        postgres_socket_dir=postgres_root / "socket",
        postgres_log=logs / "postgres.log",
    )


def parse_database_url(url: str) -> DatabaseTarget:
    """Read host, port, credentials and database name from a SQLAlchemy-style URL."""
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgresql"):
        raise ValueError(f"DATABASE_URL must be a postgresql URL, got scheme {parts.scheme!r}")
    if not parts.username:
        raise ValueError("DATABASE_URL must name a user")
    database = unquote(parts.path.lstrip("/"))
    if not database:
        raise ValueError("DATABASE_URL must name a database")
    return DatabaseTarget(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=unquote(parts.username),
        password=unquote(parts.password or ""),
        database=database,
    )


def check_database_target(target: DatabaseTarget, postgres_port: int) -> None:
    """The stack can only provision a database that lives on its own local server."""
    if target.host not in LOOPBACK_HOSTS:
        raise ValueError(f"DATABASE_URL host {target.host!r} is not local; the dev stack is loopback only")
    if target.port != postgres_port:
        raise ValueError(f"DATABASE_URL port {target.port} differs from DEVSTACK_POSTGRES_PORT {postgres_port}")


def new_cluster_id(random_bytes: bytes) -> str:
    """Kafka cluster ids are 16 random bytes, URL-safe base64 without padding (22 chars)."""
    if len(random_bytes) != 16:
        raise ValueError("a Kafka cluster id needs exactly 16 random bytes")
    return base64.urlsafe_b64encode(random_bytes).decode("ascii").rstrip("=")


def render_runtime_pom(kafka_version: str) -> str:
    """A throwaway POM whose runtime dependency closure is the broker's classpath."""
    dependencies = [
        ("org.apache.kafka", "kafka_2.13", kafka_version),
        # The broker jars log through slf4j 1.x but ship no binding; this routes it to log4j2.
        ("org.apache.logging.log4j", "log4j-slf4j-impl", LOG4J_BINDING_VERSION),
    ]
    rendered = "\n".join(
        "    <dependency>"
        f"<groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version>"
        "</dependency>"
        for group, artifact, version in dependencies
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>local.devstack</groupId>\n"
        "  <artifactId>kafka-runtime</artifactId>\n"
        "  <version>1</version>\n"
        "  <packaging>pom</packaging>\n"
        "  <dependencies>\n"
        f"{rendered}\n"
        "  </dependencies>\n"
        "</project>\n"
    )


def render_server_properties(
    *,
    data_dir: Path,
    port: int,
    controller_port: int,
    auto_create_topics: bool = False,
    max_message_bytes: int = KAFKA_MAX_MESSAGE_BYTES,
) -> str:
    """A single-node KRaft broker+controller bound to the loopback interface only."""
    properties: dict[str, str] = {
        "process.roles": "broker,controller",
        "node.id": str(KAFKA_NODE_ID),
        "controller.quorum.voters": f"{KAFKA_NODE_ID}@127.0.0.1:{controller_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data_dir),
        "num.partitions": "6",
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        "auto.create.topics.enable": "true" if auto_create_topics else "false",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "6",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "message.max.bytes": str(max_message_bytes),
        "replica.fetch.max.bytes": str(max_message_bytes),
        "num.network.threads": "2",
        "num.io.threads": "4",
        "log.retention.hours": "168",
    }
    lines = ["# Generated by services.devstack on every `up`; edits here are overwritten."]
    lines += [f"{key}={value}" for key, value in properties.items()]
    return "\n".join(lines) + "\n"


def render_log4j2_properties(log_file: Path) -> str:
    """Broker logs go to one size-rotated file; nothing goes to the console."""
    return (
        "status = warn\n"
        "name = devstack-kafka\n"
        "appender.file.type = RollingFile\n"
        "appender.file.name = file\n"
        f"appender.file.fileName = {log_file}\n"
        f"appender.file.filePattern = {log_file}.%i\n"
        "appender.file.layout.type = PatternLayout\n"
        "appender.file.layout.pattern = [%d] %p %m (%c)%n\n"
        "appender.file.policies.type = Policies\n"
        "appender.file.policies.size.type = SizeBasedTriggeringPolicy\n"
        "appender.file.policies.size.size = 50MB\n"
        "appender.file.strategy.type = DefaultRolloverStrategy\n"
        "appender.file.strategy.max = 3\n"
        "rootLogger.level = INFO\n"
        "rootLogger.appenderRef.file.ref = file\n"
        "logger.state.name = state.change.logger\n"
        "logger.state.level = WARN\n"
    )


def kafka_java_command(*, java: str, paths: StackPaths, max_heap_mb: int = 512) -> list[str]:
    """The JVM command line that runs the broker from the cached jars."""
    return [
        java,
        f"-Xms{min(256, max_heap_mb)}m",
        f"-Xmx{max_heap_mb}m",
        "-XX:+UseG1GC",
        "-XX:MaxGCPauseMillis=20",
        "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={paths.kafka_log4j}",
        f"-Dkafka.logs.dir={paths.logs}",
        "-cp",
        f"{paths.kafka_lib}/*",
        "kafka.Kafka",
        str(paths.kafka_server_properties),
    ]


def kafka_format_command(*, java: str, paths: StackPaths, cluster_id: str) -> list[str]:
    """Formats the KRaft metadata log once, before the very first start."""
    return [
        java,
        "-Xmx256m",
        f"-Dlog4j2.configurationFile={paths.kafka_log4j}",
        "-cp",
        f"{paths.kafka_lib}/*",
        "kafka.tools.StorageTool",
        "format",
        "--cluster-id",
        cluster_id,
        "--config",
        str(paths.kafka_server_properties),
        "--ignore-formatted",
    ]


def render_postgres_conf(*, port: int, socket_dir: Path) -> str:
    """Server settings the stack owns, kept apart from initdb's postgresql.conf."""
    return (
        "# Generated by services.devstack on every `up`; edits here are overwritten.\n"
        "listen_addresses = '127.0.0.1'\n"
        f"port = {port}\n"
        f"unix_socket_directories = '{_quote_conf_value(str(socket_dir))}'\n"
        "unix_socket_permissions = 0700\n"
        "logging_collector = off\n"
        "log_min_messages = warning\n"
    )


def socket_path(socket_dir: Path, port: int) -> Path:
    return socket_dir / f".s.PGSQL.{port}"


def socket_path_fits(socket_dir: Path, port: int) -> bool:
    return len(str(socket_path(socket_dir, port)).encode()) <= MAX_SOCKET_PATH_BYTES


def as_postgres_user(command: list[str], *, euid: int) -> list[str]:
    """initdb and pg_ctl refuse to run as root; as root, run them as the postgres OS user."""
    if euid == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _quote_conf_value(value: str) -> str:
    return value.replace("'", "''")
