# scapula: `make run` serves the app, `make test` runs every check. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
# mypy's Django plugin loads the settings; keep what that creates out of the user's data dir.
CHECK_ENV := SCAPULA_DATA_DIR=$(CURDIR)/.cache/check-data

.PHONY: run test test-fast bench check lint format typecheck imports pytest install install-test browser-tools clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-runtime: pyproject.toml requirements/constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements/constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e ".[test]"
	touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime
install-test: $(VENV)/.installed-test

# Test-time browser tools (axe-core for the accessibility walk), pinned in the lock file.
BROWSER_TOOLS := tests/browser/node_modules/.package-lock.json
$(BROWSER_TOOLS): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@
browser-tools: $(BROWSER_TOOLS)

run: install
	$(BIN)/scapula serve --host $(HOST) --port $(PORT)

test: install-test lint typecheck imports pytest

# The quick loop while working: lint and every test that needs no browser and no server.
test-fast: install-test lint
	$(BIN)/pytest -q -m "not browser and not server" $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install-test
	$(CHECK_ENV) $(BIN)/mypy scapula

imports: install-test
	$(BIN)/lint-imports

pytest: install-test browser-tools
	$(BIN)/pytest $(PYTEST_ARGS)

bench: install-test
	bash bench/setup
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .cache .mypy_cache .ruff_cache test-results tests/browser/node_modules
