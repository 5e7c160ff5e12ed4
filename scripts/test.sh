#!/usr/bin/env bash
# Lint, type-check and run every test. Uses KAFKA_BOOTSTRAP_SERVERS/DATABASE_URL when given,
# testcontainers when a Docker engine answers, else the no-Docker local stack.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

echo "== ruff"; $BIN/ruff check .
echo "== mypy (strict on services/)"; $BIN/mypy services

if [[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" || -z "${DATABASE_URL:-}" ]]; then
  if docker info >/dev/null 2>&1; then
    echo "== Docker engine found: tests start their own containers"
  else
    echo "== starting the local stack (Kafka + Postgres on 127.0.0.1)"
    $BIN/policy-events dev up
  fi
fi

echo "== pytest"
set +e
$BIN/pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [[ $status -eq 5 ]]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit $status
