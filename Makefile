# Two commands set everything up on a fresh Debian/Ubuntu machine with Python 3.11+ and make:
#   make run   - virtual environment, dependencies, database, then the application
#   make test  - the same set-up, then every test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     := data/fiit.db
KIT    := $(shell find data/kit -name '*.yaml' 2>/dev/null)

.PHONY: run test db lint bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "FIIT Desk needs Python 3.11 or newer")'
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c 'import ensurepip' 2>/dev/null || { \
	  echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(DB): $(STAMP) $(KIT) $(shell find fiitdesk/kit -name '*.py')
	$(PY) -m fiitdesk build-db

db: $(DB)

run: $(DB)
	$(PY) -m fiitdesk gui

test: $(DB)
	$(PY) -m ruff check fiitdesk tests bench build_installer.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(DB)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build dist
