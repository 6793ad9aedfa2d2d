# The two commands a newcomer needs: `make run` and `make test`. Everything else is here for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed

.PHONY: run test lint check messages browsers bench lighthouse clean-db help stack stack-down stack-test

help:
	@echo "make run   - install, migrate, load the demo content and serve the site (PORT=8000 by default)"
	@echo "make test  - lint, migration check and the whole test suite (SQLite, or DATABASE_URL)"
	@echo "make bench - performance figures (not part of make test)"
	@echo "make lighthouse - Lighthouse mobile scores, medians of 3 (needs Lighthouse from npm: LIGHTHOUSE=...)"
	@echo "make stack - the production tier on this machine (PostgreSQL, Redis, gunicorn, worker, cron, nginx)"
	@echo "make stack-down - stop what make stack started"
	@echo "make stack-test - the scale-out test: two app servers behind the proxy, outages included"

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

# Lighthouse mobile scores, medians of 3 (needs Lighthouse from npm: see benchmarks/lighthouse.py).
lighthouse: $(STAMP) messages
	$(PY) benchmarks/lighthouse.py

# The production tier on loopback (scripts/stack.py; STACK_PORT=8800 by default, STACK_ARGS="--instances 2 --s3").
stack: $(STAMP)
	$(PY) scripts/stack.py up $(STACK_ARGS)

stack-down:
	$(PY) scripts/stack.py down

# A fresh stack of its own, started and stopped by the test, beside any other checkout's: its state (database,
# media, static files) lives in a folder under /tmp named after this checkout (which the postgres and www-data
# users can reach wherever the checkout is), on a free block of ports (`stack.py free-ports`; STACK_PORT and the
# other STACK_*_PORT variables, when set, are kept).
STACK_TEST_DIR ?= /tmp/birduino-stack-test-$(shell printf %s "$(CURDIR)" | cksum | cut -d' ' -f1)
stack-test: $(STAMP)
	rm -rf $(STACK_TEST_DIR) && mkdir -p $(STACK_TEST_DIR) && chmod 755 $(STACK_TEST_DIR)
	env $$($(PY) scripts/stack.py free-ports) STACK_TEST=1 STACK_DIR=$(STACK_TEST_DIR) \
		$(BIN)/pytest -p no:randomly tests/stack -x -v

clean-db:
	rm -f db.sqlite3
