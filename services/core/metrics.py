"""Prometheus counters for the consumers, served on METRICS_PORT when it is set."""

from __future__ import annotations

from prometheus_client import Counter, start_http_server

MESSAGES = Counter("policy_events_messages_total", "Messages consumed and committed", ["service"])
DEAD_LETTERS = Counter("policy_events_dead_letters_total", "Messages sent to the dead-letter topic", ["service"])
RETRIES = Counter("policy_events_batch_retries_total", "Batches rolled back for a transient failure", ["service"])
PRODUCED = Counter("policy_events_produced_total", "Records produced onward", ["service"])


def serve_metrics(port: int | None, host: str) -> None:
    if port:
        start_http_server(port, addr=host)
