# Project-local virtual environment, created once and reused.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench translations holidays clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Bytecode written ahead (as pip does for an installed package), so the window opens without
# compiling the app's modules first, even where PYTHONDONTWRITEBYTECODE is set.
run: $(STAMP)
	$(BIN)/python -m compileall -q fallback_desktop
	$(BIN)/fallback-desktop

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check fallback_desktop tests benchmarks tools
	$(BIN)/ruff format --check fallback_desktop tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m compileall -q fallback_desktop
	$(BIN)/python -m benchmarks

translations: $(STAMP)
	$(BIN)/python -m tools.translations

holidays: $(STAMP)
	$(BIN)/python -m tools.holidays

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
