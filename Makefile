# The two commands: `make run` serves the platform with demo content on the embedded default;
# `make test` runs every check and the whole suite against real PostgreSQL and Redis.
# Both set up what they need first and can be run again.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Settings for checks and tests: a throwaway PostgreSQL database and Redis database 13.
TEST_ENV := DJANGO_SETTINGS_MODULE=learning_platform.settings.test

# Debian packages: gettext compiles the translations, Pango and HarfBuzz's subsetter are what
# WeasyPrint renders certificates with, Chromium runs the browser tests, poppler's pdftotext
# reads certificates back as a PDF reader does, nginx fronts the production stack's test
# (tests/stack; its own configuration and ports, never the package's service), and
# PostgreSQL's client tools are what deploy/backup.sh and restore.sh run.
RUN_PACKAGES := gettext libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
TEST_PACKAGES := $(RUN_PACKAGES) chromium poppler-utils nginx postgresql-client

PO_FILES := $(wildcard learning_platform/locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: run test lint check services bench install messages makemessages lock clean \
	system-packages-run system-packages-test

run: system-packages-run install messages
	mkdir -p var/static var/media
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo "Serving http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/). Ctrl+C stops."
	$(MANAGE) runserver 127.0.0.1:8000

test: system-packages-test install messages lint services check
	$(TEST_ENV) $(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# PostgreSQL and Redis: started when they are down and this machine can start them,
# otherwise a clear failure. Never skipped.
services: install
	$(TEST_ENV) $(PY) -m tests.services

check: install messages
	$(TEST_ENV) $(MANAGE) check --fail-level WARNING
	$(TEST_ENV) DATABASE_URL=sqlite://:memory: $(MANAGE) makemigrations --check --dry-run

bench: install messages services
	@for script in bench/*.py; do $(PY) $$script || exit 1; done

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	touch $@

messages: $(MO_FILES)

%.mo: %.po | system-packages-run
	msgfmt --check-format -o $@ $<

# Refresh the catalogues after changing translatable strings; translators then edit the .po files.
makemessages: install
	$(MANAGE) makemessages --no-obsolete -l fr -l es -l pt \
		--ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'bench/*'

# Re-resolve the dependencies from pyproject.toml and pin every one in constraints.txt.
lock:
	rm -rf var/lock-venv && $(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --disable-pip-version-check -e ".[dev]"
	(echo "# Every installed package, pinned. Regenerate with 'make lock'."; \
	 var/lock-venv/bin/pip freeze --exclude-editable) > constraints.txt
	rm -rf var/lock-venv

define apt_ensure
	@missing=""; for package in $(1); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			$$sudo apt-get install -y -qq --no-install-recommends $$missing \
			|| { echo "error: could not install:$$missing" >&2; exit 1; }; \
	fi
endef

system-packages-run:
	$(call apt_ensure,$(RUN_PACKAGES))

system-packages-test:
	$(call apt_ensure,$(TEST_PACKAGES))

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
	find . -name '*.mo' -path '*/locale/*' -delete
