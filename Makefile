# Run `make` or `make help` to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLE ?=
LANGS ?= en es
FORCE ?=
AS_OF ?=
JOBS ?=
SCHEDULER ?=

BUILD_ARGS := $(if $(ARTICLE),--article $(ARTICLE)) $(if $(FORCE),--force) \
	$(if $(AS_OF),--as-of $(AS_OF)) $(if $(JOBS),--jobs $(JOBS)) \
	$(if $(SCHEDULER),--scheduler $(SCHEDULER)) --lang $(LANGS)

.PHONY: help install report test test-fast lab lint benchmark clean catalog

help: ## List the targets with what they do
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create or refresh the virtual environment in .venv/
	@echo "environment ready: $(VENV)"

report: $(STAMP) ## Build every brief (HTML and PDF) for every article in seeds/; ARTICLE=path, FORCE=1, AS_OF=YYYY-MM-DD, JOBS=N, SCHEDULER=dask|tcp://HOST:PORT
	$(PY) -m analysis build $(BUILD_ARGS)

test: $(STAMP) ## Run the whole test suite, slow end-to-end tests included
	$(PY) -m pytest -q

test-fast: $(STAMP) ## Run the tests that take seconds, without the end-to-end build
	$(PY) -m pytest -q -m "not slow"

lab: $(STAMP) ## Start JupyterLab on notebooks/ with the project's kernel
	$(PY) -m pip install --quiet -e '.[lab]'
	$(PY) -m ipykernel install --sys-prefix --name analysis --display-name "analysis (.venv)"
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

lint: $(STAMP) ## Check style with ruff
	$(VENV)/bin/ruff check analysis tests benchmarks

benchmark: $(STAMP) ## Time the build and score the extractor
	$(PY) benchmarks/build_bench.py
	$(PY) benchmarks/scale_bench.py 25 50
	$(PY) benchmarks/extract_eval.py
	$(PY) benchmarks/story_eval.py

clean: ## Remove generated reports (keeps the environment)
	rm -rf reports/*/ reports/index.html

catalog: $(STAMP) ## Refresh the translation templates and merge them into each language's catalogue
	$(VENV)/bin/pybabel extract -F babel.cfg -k _ -k N_ -k Nn_:1,2 -k ngettext:1,2 --no-location --sort-output --omit-header -o analysis/locale/messages.pot .
	$(PY) -c "from analysis.i18n import write_seed_template as w; w('analysis/locale/seeds.pot')"
	$(VENV)/bin/pybabel update -D messages -i analysis/locale/messages.pot -d analysis/locale -l es --no-fuzzy-matching --ignore-obsolete --omit-header
	$(VENV)/bin/pybabel update -D seeds -i analysis/locale/seeds.pot -d analysis/locale -l es --no-fuzzy-matching --ignore-obsolete --omit-header
