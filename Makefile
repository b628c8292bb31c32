# La Clef Archive. `make run` serves the site; `make test` runs every check. Both set up from nothing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
PIP := $(BIN)/pip install --quiet --disable-pip-version-check

.PHONY: help run setup test test-postgres pytest lint format serve messages clean bench loadtest ocr

# Leaflets are read by Debian's Tesseract (French and English) and poppler (docs/leaflets.md):
# installed when missing if we are root, else a clear message says what to install.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng poppler-utils
ocr:
	@if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
		|| ! tesseract --list-langs 2>/dev/null | grep -qx fra || ! tesseract --list-langs 2>/dev/null | grep -qx eng; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing $(OCR_PACKAGES)"; apt-get update -qq && apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
		else echo "Leaflets need Tesseract and poppler: sudo apt-get install $(OCR_PACKAGES)"; exit 1; fi; \
	fi

help:
	@echo "make run            set up (venv, database, content, admin account) and serve on http://127.0.0.1:8000"
	@echo "make test           set up and run every check and test (SQLite)"
	@echo "make test-postgres  the same tests against a throwaway PostgreSQL cluster"
	@echo "make serve          gunicorn with production settings on 127.0.0.1:8000"
	@echo "make lint           ruff, djhtml (templates) and the import-linter contracts (layers)"
	@echo "make format         ruff and djhtml rewrite what they can"
	@echo "make messages       refresh and compile the French interface translations (needs gettext)"
	@echo "make bench          time the programme archive with 100,000 generated screenings (var/bench/)"
	@echo "make loadtest       gunicorn under 50 connections while imports run, SQLite then PostgreSQL (var/loadtest/)"

$(RUNTIME): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.txt
	touch $@

$(DEV): $(RUNTIME) requirements-dev.txt
	$(PIP) -r requirements-dev.txt
	touch $@

setup: $(RUNTIME) ocr
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_la_clef --with-samples
	$(MANAGE) create_admin_account

# The worker runs the archive's background jobs (docs/background-jobs.md); both stop together.
run: setup
	@scripts/need-debian.sh ffmpeg
	@$(MANAGE) db_worker --backend archive --no-reload & worker=$$!; trap "kill $$worker" EXIT; \
		$(MANAGE) runserver 127.0.0.1:8000

# The migrations check reads an in-memory database: a fresh clone has no var/ yet.
test: $(DEV) ocr
	@scripts/need-debian.sh ffmpeg espeak-ng redis-server
	DJANGO_SETTINGS_MODULE=archive_site.settings.test $(MANAGE) check --fail-level WARNING
	DATABASE_URL=sqlite://:memory: DJANGO_SETTINGS_MODULE=archive_site.settings.test \
		$(MANAGE) makemigrations --check --dry-run --noinput
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports
	$(BIN)/pytest

pytest: $(DEV) ocr
	$(BIN)/pytest

test-postgres: $(DEV)
	scripts/with-postgres.sh $(BIN)/pytest

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports

format: $(DEV)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

serve: setup
	@test -s var/secret-key || $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret-key
	DJANGO_SETTINGS_MODULE=archive_site.settings.production SECRET_KEY="$$(cat var/secret-key)" \
		$(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=archive_site.settings.production SECRET_KEY="$$(cat var/secret-key)" \
		SECURE_SSL_REDIRECT=false SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false SECURE_HSTS_SECONDS=0 \
		sh -c '$(MANAGE) db_worker --backend archive --no-reload & worker=$$!; trap "kill $$worker" EXIT; \
		$(BIN)/gunicorn archive_site.wsgi --bind 127.0.0.1:8000 --workers 2 --access-logfile -'

messages: $(DEV)
	$(MANAGE) makemessages -l fr --ignore=".venv/*" --ignore="var/*" --ignore="static/*" --no-obsolete
	$(MANAGE) compilemessages -l fr --ignore=".venv/*"

bench: $(RUNTIME)
	$(BIN)/python bench/archive.py
	$(BIN)/python bench/programme_table.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/harvesting.py --reuse
	$(BIN)/python bench/recordings.py
	$(BIN)/python bench/programme_calendar.py --reuse
	$(BIN)/python bench/leaflets.py
	$(BIN)/python bench/roundtrip.py
	$(BIN)/python bench/backup.py --reuse
	$(BIN)/python bench/uncached_pages.py --reuse
	$(BIN)/python bench/transcript_pdf.py

# Loopback only, bounded, stops by itself (docs/production.md); --duration shortens it.
loadtest: $(DEV)
	$(BIN)/python bench/loadtest.py

clean:
	rm -rf $(VENV) var static .pytest_cache .ruff_cache
