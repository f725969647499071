# Two commands do all set-up on a fresh machine (Python 3.11 and make):
#   make site   validate data/, generate pages, build the site into site/
#   make test   run the whole test suite
# Every explainer made with `explainer new` gets this file; the generator's own
# repository adds its development targets (lint, bench, golden) in develop.mk.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
NODE_STAMP := node_modules/.installed
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: site bundle check serve test test-fast lock clean help

help::
	@echo "make site       validate data/, generate pages and build the site into site/"
	@echo "make bundle     build the offline copy (works from file://) as dist/<site>-<date>.zip"
	@echo "make check      validate data/ only (fast)"
	@echo "make serve      live preview on http://127.0.0.1:8000 (PORT=8001 for another port)"
	@echo "make test       run every test (the explainer's checks: build, search, links, HTML, accessibility)"
	@echo "make test-fast  every test except the browser tests"
	@echo "make lock       re-pin every dependency from pyproject.toml (needs the package index)"
	@echo "make clean      remove the virtual environment, the cache and everything the generator made"

# The virtual environment is rebuilt whenever the pinned requirements change. The
# generator itself is installed editable: the `explainer` command and the MkDocs plugin.
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	rm -f $(TEST_STAMP)
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $(TEST_STAMP)

# The outside checkers of the test suite (Nu HTML checker, axe-core), pinned by package-lock.json.
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

site: $(STAMP)
	$(BIN)/explainer build

bundle: $(STAMP)
	$(BIN)/explainer bundle

check: $(STAMP)
	$(BIN)/explainer check

serve: $(STAMP)
	$(BIN)/explainer serve --port $(PORT)

test: $(TEST_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

test-fast: $(TEST_STAMP)
	$(BIN)/python -m pytest -m "not browser"

# Re-pin every dependency from pyproject.toml: the runtime ones, then the test extra.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet .
	(echo "# Runtime dependencies, pinned by \`make lock\` from pyproject.toml; do not edit by hand."; \
	 .venv-lock/bin/pip freeze --exclude policy-explainer) > requirements.txt
	.venv-lock/bin/pip install --quiet ".[test]"
	(echo "# Test dependencies (pyproject.toml's \`test\` extra), pinned by \`make lock\`; do not edit by hand."; \
	 echo "-r requirements.txt"; \
	 .venv-lock/bin/pip freeze --all --exclude policy-explainer --exclude pip | grep -vxFf requirements.txt) > requirements-test.txt
	rm -rf .venv-lock

# Only what the generator made (generator/commands/clean.py); runs with or without .venv/.
clean:
	$(PYTHON) -m generator.commands.clean
	rm -rf $(VENV) node_modules

-include develop.mk
