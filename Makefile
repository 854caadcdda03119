# sphinx-briefing: every target bootstraps .venv when it is missing.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPHINXOPTS ?=
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: site serve test lint bench eval clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

site: $(STAMP)
	$(BIN)/sphinx-build -b html -W --keep-going -n $(SPHINXOPTS) docs docs/_build/html

serve: $(STAMP)
	$(BIN)/sphinx-autobuild --host $(HOST) --port $(PORT) -n \
		--ignore '*/_generated/*' --watch seeds docs docs/_build/html

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/ruff check ext tests
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check ext tests
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	$(BIN)/python bench/eval.py
	$(BIN)/python bench/eval.py --gold bench/gold/wikinews-heldout.json \
		--output bench/results/eval-heldout.json
	$(BIN)/python bench/eval.py --gold bench/gold/wikinews-heldout3.json \
		--output bench/results/eval-heldout3.json

clean:
	rm -rf docs/_build docs/_generated
