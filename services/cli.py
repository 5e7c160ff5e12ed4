"""`policy-events`: the one command line. It parses arguments and calls the services; nothing more."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TextIO

from services.core.logging import configure_logging
from services.core.settings import Settings, get_settings

Command = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policy-events",
        description="Turn Korean and English news articles into a queryable database of tech-policy events. "
        "Configuration comes from environment variables (KAFKA_BOOTSTRAP_SERVERS, DATABASE_URL, TOPIC_*, ...).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run one service until SIGTERM", description="Run one service.")
    serve.add_argument("service", choices=["ingest", "extract", "api"], help="which service to run")
    serve.set_defaults(run=_serve)

    migrate = commands.add_parser("migrate", help="upgrade the database schema to the latest migration")
    migrate.set_defaults(run=_migrate)

    topics = commands.add_parser("topics", help="create the Kafka topics that are missing (idempotent)")
    topics.set_defaults(run=_topics)

    publish = commands.add_parser(
        "publish", help="publish raw articles (JSON lines) to articles.raw", description=_PUBLISH_HELP
    )
    publish.add_argument("file", help="a .jsonl file of raw article messages, or - for standard input")
    publish.add_argument("--topic", help="publish to this topic instead of TOPIC_RAW")
    publish.set_defaults(run=_publish)

    extract = commands.add_parser(
        "extract", help="extract events from raw articles without Kafka", description=_EXTRACT_HELP
    )
    extract.add_argument("file", help="a .jsonl file of raw article messages, or - for standard input")
    extract.add_argument("-o", "--output", help="write results here instead of standard output")
    extract.set_defaults(run=_extract)

    dev = commands.add_parser("dev", help="the local stack without Docker (Kafka from Maven jars, Postgres)")
    dev.add_argument("action", choices=["up", "down", "status"], help="start, stop or report the local stack")
    dev.set_defaults(run=_dev)
    return parser


_PUBLISH_HELP = (
    "Publish each non-blank line of FILE as one message on articles.raw, keyed by the article's id or url. "
    "Lines are sent as they are; ingest validates them and dead-letters the bad ones."
)
_EXTRACT_HELP = (
    "Read raw article messages (one JSON object a line) and write one line per article: "
    '{"article_id", "language", "events"} in input order, with exactly the events the pipeline stores. '
    "Invalid lines are reported on standard error and make the exit status 1."
)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    configure_logging(settings.log_level)
    run: Command = args.run
    try:
        return run(args, settings)
    except KeyboardInterrupt:
        return 130


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    if args.service == "api":
        from services.api.server import run as run_api

        run_api(settings)
        return 0
    from services.extract.service import serve as serve_extract
    from services.ingest.service import serve as serve_ingest

    serve = {"ingest": serve_ingest, "extract": serve_extract}[args.service]
    asyncio.run(serve(settings))
    return 0


def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from services.core.db.migrate import upgrade_to_head

    asyncio.run(upgrade_to_head(settings.database))
    print("database is at the latest migration")
    return 0


def _topics(args: argparse.Namespace, settings: Settings) -> int:
    from services.core.topics import ensure_topics, topic_names

    created = asyncio.run(ensure_topics(settings.kafka, settings.topics, settings.consumer))
    for name in topic_names(settings.topics):
        print(f"{name}: {'created' if name in created else 'exists'}")
    return 0


def _publish(args: argparse.Namespace, settings: Settings) -> int:
    from services.commands.publish import publish

    with _open_input(args.file) as stream:
        sent = asyncio.run(publish(stream, settings, topic=args.topic))
    print(f"published {sent} messages to {args.topic or settings.topics.raw}", file=sys.stderr)
    return 0


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from services.commands.batch_extract import LineError, extract_lines

    failures = 0
    with _open_input(args.file) as stream, _open_output(args.output) as out:
        for result in extract_lines(stream, max_bytes=settings.consumer.max_message_bytes):
            if isinstance(result, LineError):
                failures += 1
                print(f"line {result.line_number}: {result.reason}: {result.message}", file=sys.stderr)
            else:
                out.write(result.model_dump_json() + "\n")
    return 1 if failures else 0


def _dev(args: argparse.Namespace, settings: Settings) -> int:
    from services.devstack.__main__ import main as devstack_main

    return devstack_main([args.action])


def _open_input(name: str) -> AbstractContextManager[TextIO]:
    if name == "-":
        return nullcontext(sys.stdin)
    path = Path(name)
    if not path.is_file():
        raise SystemExit(f"policy-events: no such file: {name}")
    return path.open(encoding="utf-8")


def _open_output(name: str | None) -> AbstractContextManager[TextIO]:
    return nullcontext(sys.stdout) if name in (None, "-") else Path(name).open("w", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
