# Two commands: `make run` opens the app on the default map, `make test` runs every check.
# Both set everything up first; re-running them reinstalls nothing when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-deps
XCBSTAMP := $(VENV)/.system-deps-xcb

.PHONY: run test lint typecheck pytest bench screenshot clean setup

run: setup $(XCBSTAMP)
	$(BIN)/mapviewer $(ARGS)

test: setup lint typecheck pytest

setup: $(STAMP)

$(SYSSTAMP): .ci/system-deps.sh
	bash .ci/system-deps.sh
	@mkdir -p $(VENV) && touch $@

# A real window (X11) needs a few more libraries than the offscreen tests.
$(XCBSTAMP): .ci/system-deps.sh
	bash .ci/system-deps.sh xcb
	@mkdir -p $(VENV) && touch $@

$(BIN)/python: | $(SYSSTAMP)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml $(SYSSTAMP) | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck:
	$(BIN)/mypy mapviewer tools

pytest:
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

screenshot: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/mapviewer --screenshot docs-screenshot.png

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
