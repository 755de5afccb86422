# Run `make` or `make help` to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LAB_VENV := .venv-lab
LAB_STAMP := $(LAB_VENV)/.installed
LAB_REQUIREMENTS = $(shell $(PYTHON) -c 'import shlex, tomllib; print(shlex.join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["lab"]))')
ARTICLE ?=
LANGS ?= en es
FORCE ?=
AS_OF ?=
JOBS ?=
SCHEDULER ?=

BUILD_ARGS := $(if $(ARTICLE),--article $(ARTICLE)) $(if $(FORCE),--force) \
	$(if $(AS_OF),--as-of $(AS_OF)) $(if $(JOBS),--jobs $(JOBS)) \
	$(if $(SCHEDULER),--scheduler $(SCHEDULER)) --lang $(LANGS)

.PHONY: help install report test test-long test-fast lab lint benchmark clean catalog

help: ## List the targets with what they do
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# JupyterLab runs from an environment of its own, so that the build never pays for the
# server's imports; its default kernel (python3) is the project's environment.
$(LAB_STAMP): pyproject.toml $(STAMP)
	@test -x $(LAB_VENV)/bin/python || $(PYTHON) -m venv $(LAB_VENV)
	$(LAB_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LAB_VENV)/bin/python -m pip install --quiet $(LAB_REQUIREMENTS)
	$(PY) -m ipykernel install --prefix $(LAB_VENV) --name python3 --display-name "analysis (.venv)" >/dev/null
	@touch $(LAB_STAMP)

install: $(STAMP) ## Create or refresh the virtual environment in .venv/
	@echo "environment ready: $(VENV)"

report: $(STAMP) ## Build every brief (HTML and PDF) for every article in seeds/; ARTICLE=path, FORCE=1, AS_OF=YYYY-MM-DD, JOBS=N, SCHEDULER=dask|tcp://HOST:PORT
	$(PY) -m analysis build $(BUILD_ARGS)

test: $(STAMP) $(LAB_STAMP) ## Run the test suite, end-to-end browser and PDF checks included (about 8 minutes)
	$(PY) -m pytest -q -m "not long"

test-long: $(STAMP) $(LAB_STAMP) ## Run the long end-to-end tests: every brief of every test article, killed builds and workers (CI runs them after make test)
	$(PY) -m pytest -q -m long

test-fast: $(STAMP) ## Run the tests that take seconds, without the end-to-end build
	$(PY) -m pytest -q -m "not slow"

lab: $(LAB_STAMP) ## Start JupyterLab on notebooks/ with the project's kernel; charts draw with no network
	$(LAB_VENV)/bin/jupyter lab --config=jupyter_lab_config.py --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

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
