# Two commands set everything up on a fresh Debian/Ubuntu machine with Python 3.11+ and make:
#   make run   - system libraries Qt needs, virtual environment, database, translations, then the window
#   make test  - the same set-up, then lint and every test (offscreen)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     := data/fiit.db
QM     := resources/i18n/fiitdesk_fr.qm
QM_EN  := resources/i18n/fiitdesk_en.qm
KIT    := $(shell find data/kit -name '*.yaml' -o -name '*.po' 2>/dev/null)
TEMPLATES := $(wildcard resources/templates/*.j2 resources/templates/sections/*.j2)

# Debian packages whose libraries the Qt wheels load (GUI, offscreen and X11 platform plugins); poppler-utils
# (pdfinfo, pdftoppm) is checked below: the tests count printed pages with it, screenshots draw PDF pages.
DEB_LIBS := libEGL.so.1:libegl1 libGL.so.1:libgl1 libOpenGL.so.0:libopengl0 libxkbcommon.so.0:libxkbcommon0 \
  libxkbcommon-x11.so.0:libxkbcommon-x11-0 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
  libglib-2.0.so.0:libglib2.0-0 libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
  libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
  libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 libX11-xcb.so.1:libx11-xcb1

# Debian packages of tools the tests use: strace proves "no network" below Python (tests/test_no_network.py).
DEB_TOOLS := strace:strace

.PHONY: run test sysdeps testdeps db translations translations-content lint bench screenshots clean

sysdeps:
	@missing=""; for pair in $(DEB_LIBS); do lib=$${pair%%:*}; pkg=$${pair##*:}; \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$pkg"; done; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing the system libraries Qt needs:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please run: apt-get install$$missing"; exit 1; fi; fi

# The test tools: installed like the libraries when possible; without them the tests that need them skip and
# say why (a developer without root or sudo can still run the rest).
testdeps:
	@missing=""; for pair in $(DEB_TOOLS); do cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v "$$cmd" >/dev/null || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing the tools the tests use:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || true; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq $$missing >/dev/null || true; \
	  else echo "Not installed (no root, no sudo):$$missing - the tests that need it will say so and skip"; fi; fi

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "FIIT Desk needs Python 3.11 or newer")'
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "Python's venv module is missing: apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,build]'
	@touch $(STAMP)

# The content's catalogs are refreshed first: a French text that changed has its translation marked fuzzy
# (the reader sees the French, marked pending, until a translator reviews it: docs/translating.md).
$(DB): $(STAMP) $(KIT) $(TEMPLATES) $(shell find fiitdesk/kit -name '*.py')
	$(PY) -m fiitdesk translations extract
	$(PY) -m fiitdesk build-db

$(QM): $(STAMP) resources/i18n/fiitdesk_fr.ts
	$(VENV)/bin/pyside6-lrelease -silent resources/i18n/fiitdesk_fr.ts -qm $(QM)

# English is the source language: its catalog holds only the plural forms ("1 number", "6 numbers").
$(QM_EN): $(STAMP) resources/i18n/fiitdesk_en.ts
	$(VENV)/bin/pyside6-lrelease -silent resources/i18n/fiitdesk_en.ts -qm $(QM_EN)

db: $(DB)

# Refresh the .ts source from the code (then translate new strings with pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate fiitdesk/ui/*.py -ts resources/i18n/fiitdesk_fr.ts -no-obsolete
	$(VENV)/bin/pyside6-lupdate fiitdesk/ui/*.py -ts resources/i18n/fiitdesk_en.ts -no-obsolete -pluralonly

# Refresh the content's translation catalogs (data/kit/i18n/<lang>/*.po) from data/kit and say what is left.
translations-content: $(STAMP)
	$(PY) -m fiitdesk translations extract
	$(PY) -m fiitdesk translations status

# The modules' bytecode is written first (Python would compile every module at each start where
# PYTHONDONTWRITEBYTECODE is set); then the window, as the desktop entry starts it.
run: sysdeps $(DB) $(QM) $(QM_EN)
	@$(PY) -m compileall -q fiitdesk
	$(PY) -m fiitdesk

test: sysdeps testdeps $(DB) $(QM) $(QM_EN)
	$(PY) -m ruff check fiitdesk tests bench build_installer.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: sysdeps $(DB) $(QM) $(QM_EN)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py
	$(PY) bench/packs.py

# The French views, then the English ones (NAME-en.png), then essential sheets as printed.
screenshots: sysdeps $(DB) $(QM) $(QM_EN)
	QT_QPA_PLATFORM=offscreen $(PY) -m fiitdesk screenshots --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m fiitdesk screenshots --out docs/screenshots --language en
	@tmp=$$(mktemp -d); for sheet in BE:fr DE:fr BE:en; do cc=$${sheet%%:*}; lang=$${sheet##*:}; \
	  name=essential-sheet-$$cc$$([ $$lang = fr ] || printf %s -$$lang); \
	  QT_QPA_PLATFORM=offscreen $(PY) -m fiitdesk sheet $$cc --language $$lang -o $$tmp/$$name.pdf >/dev/null && \
	  pdftoppm -png -r 70 -singlefile $$tmp/$$name.pdf docs/screenshots/$$name && \
	  echo docs/screenshots/$$name.png; done; rm -rf $$tmp

clean:
	rm -rf $(VENV) $(DB) $(QM) $(QM_EN) .pytest_cache build dist
