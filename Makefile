# Project-local virtual environment, created once and reused. Every step says what it is doing,
# in Korean and English, and pip shows its progress: the first run downloads Qt (about a minute).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAY    := @printf '==> %s\n'

.PHONY: run test lint bench translations holidays screenshots store-screenshots icons clean \
	install-desktop uninstall-desktop dist dist-check

$(STAMP): pyproject.toml
	$(SAY) "Python 확인 중… / Checking Python ($(PYTHON))…"
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "Python 3.11 이상이 필요해요. / Python 3.11 or newer is needed (PYTHON=python3.11 make …)."; \
		exit 1; }
	$(SAY) "가상 환경을 만드는 중… / Creating the virtual environment in $(VENV)…"
	@$(PYTHON) -m venv $(VENV) || { \
		echo "가상 환경을 만들 수 없어요. Debian/Ubuntu에서는: sudo apt install python3-venv"; \
		echo "Could not create it. On Debian/Ubuntu: sudo apt install python3-venv"; \
		exit 1; }
	$(SAY) "pip을 새 버전으로 올리는 중… / Upgrading pip…"
	$(BIN)/python -m pip install --progress-bar on --upgrade pip
	$(SAY) "앱과 개발 도구를 설치하는 중(처음에는 1–2분)… / Installing the app and its tools (a minute or two the first time)…"
	$(BIN)/python -m pip install --progress-bar on -e '.[dev]'
	@touch $(STAMP)
	$(SAY) "준비됐어요. / The environment is ready."

# Bytecode written ahead (as pip does for an installed package), so the window opens without
# compiling the app's modules first, even where PYTHONDONTWRITEBYTECODE is set.
run: $(STAMP)
	$(SAY) "앱 모듈을 미리 컴파일하는 중… / Compiling the app's modules ahead…"
	@$(BIN)/python -m compileall -q fallback_desktop
	$(SAY) "창을 여는 중… / Opening the window…"
	$(BIN)/fallback-desktop

test: $(STAMP)
	$(SAY) "테스트를 실행하는 중… / Running the test suite…"
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

# The app icon's PNGs (16–512 px) from resources/icons/fallback-desk.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.icons

# The two screenshots the AppStream metainfo names (docs/screenshots/; the only ones committed).
store-screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m tools.store_screenshots

# The launcher entry, icons and metainfo for the current user (XDG_DATA_HOME or ~/.local/share).
# EXEC is the program the entry starts: this checkout's by default, or a bundle's, e.g.
#   make install-desktop EXEC=$$PWD/dist/fallback-desktop/fallback-desktop
EXEC ?= $(abspath $(BIN)/fallback-desktop)
install-desktop:
	@sh packaging/install-desktop.sh install "$(EXEC)"

uninstall-desktop:
	@sh packaging/install-desktop.sh uninstall

# The one-folder bundle in dist/fallback-desktop/, built in a clean virtual environment of its
# own (never .venv: no test or lint tool may end up in the bundle). docs/packaging.md.
DIST_VENV := build/dist-venv
dist:
	$(SAY) "묶음용 깨끗한 가상 환경을 만드는 중… / Creating a clean virtual environment in $(DIST_VENV)…"
	rm -rf $(DIST_VENV) build/pyinstaller dist/fallback-desktop
	$(PYTHON) -m venv $(DIST_VENV)
	$(SAY) "앱과 PyInstaller를 설치하는 중… / Installing the app (as users get it) and PyInstaller…"
	$(DIST_VENV)/bin/python -m pip install --progress-bar on --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --progress-bar on '.[dist]'
	$(SAY) "묶음을 만드는 중… / Building the bundle with PyInstaller…"
	$(DIST_VENV)/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/fallback-desktop.spec
	$(SAY) "묶음 크기 / Size of the bundle:"
	@du -sh dist/fallback-desktop
	$(SAY) "다 됐어요. 확인: make dist-check / Done. Check it with: make dist-check"

# Start the bundle as a new user would (no venv, an empty profile, under Xvfb) and check it.
dist-check:
	sh packaging/smoke.sh dist/fallback-desktop

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
