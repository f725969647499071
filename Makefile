# Two commands do all set-up on a fresh machine (Python 3.11 and make):
#   make site   validate data/, generate pages, build the site into site/
#   make test   run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site bundle check serve test test-fast bench golden lock clean help

help:
	@echo "make site       validate data/, generate pages and build the site into site/"
	@echo "make bundle     build the offline copy (works from file://) as dist/<site>-<date>.zip"
	@echo "make check      validate data/ only (fast)"
	@echo "make serve      live preview on http://127.0.0.1:8000 (an edit to data/ shows within seconds)"
	@echo "make test       run every test (unit, golden, end-to-end, browser)"
	@echo "make test-fast  every test except the browser tests"
	@echo "make bench      benchmark at 1k and 10k entities (and 100k for the generator alone)"
	@echo "make golden     rewrite the golden files after a deliberate change (review the diff!)"
	@echo "make clean      remove the virtual environment and build output"

# The virtual environment is rebuilt whenever the pinned requirements change.
$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

# The outside checkers of the test suite (Nu HTML checker, axe-core), pinned by package-lock.json.
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

site: $(STAMP)
	$(BIN)/python -m generator build

bundle: $(STAMP)
	$(BIN)/python -m generator bundle

check: $(STAMP)
	$(BIN)/python -m generator check

serve: $(STAMP)
	$(BIN)/python -m generator serve

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser"

# Figures printed and written to bench/results/; takes about half an hour (`bench/run.py --quick` skips serve and bundle). Not part of `make test`.
bench: $(STAMP)
	$(BIN)/python bench/run.py

golden: $(STAMP)
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

# Re-pin every dependency from requirements.in (needs the package index).
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements.in
	(echo "# Pinned by \`make lock\` from requirements.in; do not edit by hand."; .venv-lock/bin/pip freeze) > requirements.txt
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) node_modules site site.* dist docs/actors docs/events docs/disputes docs/sources docs/coverage docs/reference docs/timeline docs/open-data docs/.generated.json
