# Set-up and common jobs. `make demo` and `make test` work on a fresh machine:
# they create .venv, install dependencies and the pkuseg model, then run.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install score bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# pkuseg 0.0.25 (its sdist carries the default model) builds only against these, without isolation.
	$(BIN)/pip install -q numpy cython wheel setuptools
	$(BIN)/python -c "import pkuseg" 2>/dev/null || $(BIN)/pip install -q --no-build-isolation pkuseg==0.0.25
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/policyparse parse examples/speech_2018_miit.txt --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

score: $(STAMP)
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
