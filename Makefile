# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench golden clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	# The system pip (23.2) cannot resolve lxml's html_clean extra that trafilatura needs.
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/cmo-clean fixtures/corpus --output out

test: install
	$(PY) -m pytest -q
	$(PY) -m ruff check cmo_clean tests benchmarks
	$(PY) -m mypy cmo_clean

lint: install
	$(PY) -m ruff check cmo_clean tests benchmarks
	$(PY) -m mypy cmo_clean

bench: install
	$(PY) benchmarks/bench.py --write-results

# Rewrite the expected outputs of the golden cases from the current engine (review the diff!).
golden: install
	$(PY) tests/regenerate_golden.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
