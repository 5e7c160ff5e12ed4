# The two front-door commands are `make run` and `make test`; both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run stop test test-unit lint bench dev-up dev-down clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (3.11+)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install          ## the whole stack, demo articles published, API on :8000
	@scripts/run.sh

stop:                 ## stop what `make run` started
	@scripts/stop.sh

test: install         ## lint, type-check, then every test against real Kafka and Postgres
	@scripts/test.sh

test-unit: install    ## the fast tests only (no servers)
	$(BIN)/pytest -q tests/unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy services

bench: install
	$(BIN)/python bench/extract_bench.py

dev-up: install
	$(BIN)/policy-events dev up

dev-down: install
	$(BIN)/policy-events dev down

clean: stop
	rm -rf .local $(VENV)
