#!/usr/bin/env bash
# `make stop`: stop exactly what `make run` started.
set -uo pipefail
cd "$(dirname "$0")/.."
PIDS=.local/run

if docker info >/dev/null 2>&1 && [[ -n "$(docker compose ps -q 2>/dev/null)" ]]; then
  docker compose down
fi

for service in api extract ingest; do
  pidfile=$PIDS/$service.pid
  [[ -f $pidfile ]] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "$service: stopped"
  fi
  rm -f "$pidfile"
done

if [[ -x .venv/bin/policy-events ]]; then
  .venv/bin/policy-events dev down
fi
