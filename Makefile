# Two commands do all set-up: `make run` and `make test`. Both create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install run test test-fast bench models clean

# `make run` needs only the package; the test extra adds pytest, playwright and torch (to check the exported
# NER network against the torch one), which a laptop that only runs marsad does not need.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(TEST_STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/marsad serve

test: $(TEST_STAMP)
	bash scripts/test_setup.sh
	$(BIN)/python -m pytest -q

test-fast: $(TEST_STAMP)
	$(BIN)/python -m pytest -q -m "not quality and not browser and not postgres"

models: $(STAMP)  # rebuild the shipped NER model from ../shared/data (~15 min on 2 cores)
	$(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/marsad train ner

bench: $(STAMP)
	$(BIN)/python benchmarks/text_layer.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
