# Project-local virtual environment, created once and reused.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench translations holidays screenshots clean

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

# The window at 1024×600 and 1400×900, Korean and English, normal and large text, as PNGs to
# look at (outside the repository; never committed).
SHOTS ?= /tmp/fallback-desk-shots
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m tools.screenshots $(SHOTS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
