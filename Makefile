# wagtail-ita: two commands set everything up — `make demo` and `make test`.
# The newest pair (Django 6.x, Wagtail 8.x) needs Python 3.12 or newer: the first of these that runs
# (pyenv's own versions included, whose shims fail when the version is not selected).
PYTHON ?= $(firstword $(foreach p,python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3.13 $(HOME)/.pyenv/versions/3.12*/bin/python3.12),$(shell $(p) -c "" >/dev/null 2>&1 && echo $(p))))
# The oldest pair (Django 5.2 LTS, Wagtail 7.4 LTS) runs on the oldest Python we support.
OLDEST_PYTHON ?= python3.11
OLDEST_VENV := .venv-oldest
# The oldest run is also the site without wagtail-localize (not installed there: it is the [localize] extra);
# the tests marked `localize` are deselected by that marker (docs/development.md). Other settings:
# `make test-oldest DJANGO_SETTINGS_MODULE=...` (or OLDEST_SETTINGS=...).
OLDEST_SETTINGS ?= $(or $(DJANGO_SETTINGS_MODULE),example_site.settings.test_no_localize)
FOREIGN_HOST := --ds=tests.foreign_host.settings tests/foreign_host
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/wagtail_ita
MANAGE := cd example_site && ../$(BIN)/python manage.py

AXE := tests/browser/vendor/node_modules/axe-core/axe.min.js
# pytest-xdist: one worker per core, tests handed out one at a time in pytest-django's order (transactional
# tests after the others on every worker). PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
PYTEST := pytest -q -n $(PYTEST_WORKERS) --dist load

.PHONY: demo test test-sqlite test-postgres test-foreign-host test-oldest lint browser-deps axe benchmark messages compilemessages clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6): set PYTHON=/path/to/python3.12"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

demo: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) ita_demo
	$(MANAGE) runserver 127.0.0.1:8000

# Debian's Chromium (Playwright cannot download its own browser here) and Thai fonts.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "tlwg\|loma"; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg >/dev/null; \
	fi

# axe-core from the npm registry, vendored for the browser tests (injected from disk, never from a CDN).
$(AXE):
	npm install --prefix tests/browser/vendor axe-core@4 --no-save --no-audit --no-fund

axe: $(AXE)

# Median render times of the public ITA pages against the home page, on a fresh demo database.
benchmark: $(VENV)/.installed
	cd example_site && ../$(BIN)/python ../benchmarks/render.py --build

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

test-sqlite: $(VENV)/.installed browser-deps $(AXE)
	$(BIN)/$(PYTEST)

# Browser tests check rendering, not the database: they run once, on SQLite, to keep CI short.
test-postgres: $(VENV)/.installed
	DATABASE_URL=$(PG_URL) $(BIN)/$(PYTEST) -m "not browser"

# The section inside a foreign English site with its own <main>, breadcrumbs and dark theme (browser tests).
test-foreign-host: $(VENV)/.installed browser-deps $(AXE)
	$(BIN)/$(PYTEST) $(FOREIGN_HOST)

# The newest pair: lint, the suite on SQLite (browser tests included) and on PostgreSQL, the foreign host.
test: lint test-sqlite test-postgres test-foreign-host

# The oldest pair, Django 5.2 LTS + Wagtail 7.4 LTS on Python 3.11, in its own venv: the suite without
# browser tests, on SQLite, and without wagtail-localize. OLDEST_SETTINGS=... may name other settings.
test-oldest:
	test -x $(OLDEST_VENV)/bin/python || $(OLDEST_PYTHON) -m venv $(OLDEST_VENV)
	$(OLDEST_VENV)/bin/pip install --quiet --upgrade pip
	$(OLDEST_VENV)/bin/pip install --quiet "Django>=5.2,<5.3" "wagtail>=7.4,<7.5" -e ".[test]"
	$(OLDEST_VENV)/bin/python -c "import django, wagtail; print('oldest pair: Django', django.get_version(), '+ Wagtail', wagtail.__version__)"
	DJANGO_SETTINGS_MODULE=$(OLDEST_SETTINGS) $(OLDEST_VENV)/bin/$(PYTEST) --ignore=tests/browser -m "not localize"

# The th catalogue of the app's UI strings (needs gettext: apt-get install gettext).
messages: $(VENV)/.installed
	cd wagtail_ita && ../$(BIN)/django-admin makemessages -l th --no-obsolete

compilemessages: $(VENV)/.installed
	cd wagtail_ita && ../$(BIN)/django-admin compilemessages

clean:
	rm -rf $(VENV) $(OLDEST_VENV) example_site/db.sqlite3 tests/foreign_host/db.sqlite3 build dist *.egg-info tests/browser/vendor
