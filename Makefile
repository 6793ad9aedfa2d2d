# The two commands a newcomer needs: `make run` and `make test`. Everything else is here for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

.PHONY: run test lint check messages browsers bench clean-db help

help:
	@echo "make run   - install, migrate, load the demo content and serve the site (PORT=8000 by default)"
	@echo "make test  - lint, migration check and the whole test suite (SQLite, or DATABASE_URL)"
	@echo "make bench - performance figures (not part of make test)"

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

messages: $(STAMP)
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

run: $(STAMP) messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) ensure_dev_admin
	$(PY) scripts/serve_dev.py

# Browser tests use Debian's Chromium when present; elsewhere Playwright downloads its own.
browsers: $(STAMP)
	@test -x /usr/bin/chromium || $(BIN)/playwright install chromium

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(STAMP) messages
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run --noinput

# One pytest-xdist worker per core (TEST_WORKERS=0 runs in one process); each worker has its own test database,
# demo site, live server and Chromium.
TEST_WORKERS ?= auto

test: lint check browsers
	$(BIN)/pytest -p no:randomly -n $(TEST_WORKERS) $(PYTEST_ARGS)

bench: $(STAMP) messages
	$(PY) benchmarks/run.py

clean-db:
	rm -f db.sqlite3
