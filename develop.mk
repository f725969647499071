# Targets for developing the generator itself, included by the Makefile. Only the
# generator's repository has this file: explainers made with `explainer new` do not.

.PHONY: lint format bench golden

help::
	@echo "make lint       ruff (lint and format check) and mypy only (make test runs them first)"
	@echo "make format     reformat the code with ruff"
	@echo "make bench      benchmark at 1k and 10k entities (and 100k for the generator alone)"
	@echo "make golden     rewrite the golden files after a deliberate change (review the diff!)"

# Here `make test` lints first: the generator's own tests, and the explainer checks.
test: lint

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Figures printed and written to bench/results/; takes about 50 minutes
# (`python -m bench.run --quick` skips serve and bundle). Not part of `make test`.
bench: $(TEST_STAMP)
	$(BIN)/python -m bench.run

golden: $(TEST_STAMP)
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py -q -s
