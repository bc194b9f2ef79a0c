# radcurate: `make demo` and `make test` do all set-up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= dev,train,segment
TORCH ?= torch==2.13.0
# Where PyPI serves only CUDA builds: TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
TORCH_PIP_ARGS ?=

.PHONY: venv demo test test-fast lint bench ui ui-deps pg-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --progress-bar on --upgrade pip
	# CPU torch first: an open torch range would otherwise pull a multi-GB CUDA build.
	@echo "radcurate: installing CPU torch (a few minutes the first time; progress below)"
	$(BIN)/pip install --progress-bar on $(TORCH_PIP_ARGS) $(TORCH)
	# Same pin again: unpinned, pip takes the newest torchvision (via totalsegmentator), whose exact torch
	# pin replaces the CPU build with a newer CUDA one (nvidia-* wheels, several GB).
	@echo "radcurate: installing radcurate and its dependencies ($(EXTRAS))"
	$(BIN)/pip install --progress-bar on -e '.[$(EXTRAS)]' '$(TORCH)'
	$(BIN)/python -m radcurate.devenv activate-hook $(BIN)/activate
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/radcurate demo --dir demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not e2e and not slow"

lint: $(STAMP)
	$(BIN)/ruff check radcurate curation assets resources training tests bench

# The UI on the same DAGSTER_HOME (and, after `make demo`, the demo folders and key) as the CLI;
# http://127.0.0.1:3000 (UI_ARGS="-p 3001" for another port). SIGTERM stops it, also when started with `&`.
UI_ARGS ?=
ui: $(STAMP)
	@echo "radcurate UI: http://127.0.0.1:3000 once 'Serving dagster-webserver' shows (Ctrl-C or SIGTERM stops it)"
	. $(BIN)/activate && exec python -m radcurate.devenv ui $(UI_ARGS)

# Headless Chromium for the UI end-to-end test (Debian's package; needs root or sudo).
ui-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# Debian's PostgreSQL server binaries for the Postgres-instance test (tests/e2e/test_postgres_instance.py
# starts its own throwaway cluster; needs root or sudo). The package's own cluster is not used.
pg-deps:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

clean:
	rm -rf demo .dagster_home .pytest_cache
