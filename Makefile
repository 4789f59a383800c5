# wagtail-ita: two commands set everything up — `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/wagtail_ita
MANAGE := cd example_site && ../$(BIN)/python manage.py

AXE := tests/browser/vendor/node_modules/axe-core/axe.min.js

.PHONY: demo test test-sqlite test-postgres test-wagtail7 lint browser-deps axe benchmark messages compilemessages clean

$(BIN)/python:
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
	$(BIN)/pytest -q

test-postgres: $(VENV)/.installed browser-deps $(AXE)
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -q

test: lint test-sqlite test-postgres

# The oldest Wagtail we keep working: the suite without browser tests on Wagtail 7.4 (a separate venv).
test-wagtail7:
	test -x .venv-wagtail7/bin/python || $(PYTHON) -m venv .venv-wagtail7
	.venv-wagtail7/bin/pip install --quiet "wagtail>=7.4,<7.5" -e ".[test]"
	.venv-wagtail7/bin/pytest -q --ignore=tests/browser

# The th catalogue of the app's UI strings (needs gettext: apt-get install gettext).
messages: $(VENV)/.installed
	cd wagtail_ita && ../$(BIN)/django-admin makemessages -l th --no-obsolete

compilemessages: $(VENV)/.installed
	cd wagtail_ita && ../$(BIN)/django-admin compilemessages

clean:
	rm -rf $(VENV) .venv-wagtail7 example_site/db.sqlite3 build dist *.egg-info tests/browser/vendor
