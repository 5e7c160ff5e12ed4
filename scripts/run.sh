#!/usr/bin/env bash
# `make run`: the whole stack with the demo articles, then an example query.
# Docker compose when an engine answers; otherwise the local stack plus the three
# services as background processes (logs and pids under .local/).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/.venv/bin
API=http://127.0.0.1:8000
LOGS=.local/logs
PIDS=.local/run

wait_for_events() {
  echo "== waiting for the demo articles' events"
  for _ in $(seq 1 120); do
    if curl -fsS "$API/events?country=KOR&limit=1" 2>/dev/null | grep -q '"event_id"'; then
      echo "== ready. Try:"
      echo "   curl '$API/events?country=KOR'"
      echo "   curl '$API/events?event_type=MEETING&topic=QUANTUM'"
      echo "   open $API/docs"
      return 0
    fi
    sleep 1
  done
  echo "no events after 120 s; see the logs in $LOGS (or 'docker compose logs')" >&2
  return 1
}

if docker info >/dev/null 2>&1; then
  docker compose up -d --build
  wait_for_events
  exit $?
fi

mkdir -p "$LOGS" "$PIDS"
$BIN/policy-events dev up
$BIN/policy-events migrate
$BIN/policy-events topics

for service in ingest extract api; do
  pidfile=$PIDS/$service.pid
  if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$service: already running (pid $(cat "$pidfile"))"
    continue
  fi
  nohup "$BIN/policy-events" serve "$service" >>"$LOGS/$service.log" 2>&1 &
  echo $! >"$pidfile"
  echo "$service: started (pid $!, log $LOGS/$service.log)"
done

$BIN/policy-events publish devset/dev_ko.jsonl
$BIN/policy-events publish devset/dev_en.jsonl
wait_for_events
