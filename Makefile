# One-command entry points. `make deps run` and `make deps test` work on a fresh
# Debian/Ubuntu machine; `make run` and `make test` alone once the system libraries are there.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps setup translations run test lint check-content soak icons bundle dist bench clean

deps:  ## Debian/Ubuntu libraries Qt needs (uses sudo unless root)
	$(SUDO) apt-get update -q
	$(SUDO) apt-get install -y -q --no-install-recommends python3-venv \
		$$(grep -hv '^#' packaging/debian-packages.txt packaging/debian-test-packages.txt)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed translations

translations: $(VENV)/.installed  ## compile resources/translations/*.ts to .qm (not committed)
	for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

run: setup  ## start the app
	$(PY) -m privacy_gui

lint: setup
	$(PY) -m ruff check privacy_gui tests benchmarks packaging
	$(PY) -m mypy

check-content: setup
	$(PY) -m privacy_gui check-content --strict

test: lint check-content  ## lint, types, content and the test suite
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

soak: setup  ## the long reliability runs: 250 kills, 10,000 fuzz examples, 5,000 monkey actions
	PRIVACY_GUI_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -s -p no:cacheprovider \
		tests/test_crash.py tests/test_fuzz.py tests/test_monkey.py

bench: setup  ## benchmarks against a bare PySide6 window; writes docs/performance-table.md
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --out docs/performance-table.md

icons: setup  ## render the icon set from resources/icons/privacy-gui.svg
	$(PY) packaging/make_icons.py

bundle: setup  ## the Linux one-folder bundle in dist/privacy-gui (see docs/packaging.md)
	packaging/build-linux.sh --python $(PY) --archive

dist: setup  ## wheel and sdist
	$(PY) -m build

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
