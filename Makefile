# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15
# The suite runs in this many processes side by side (pytest-xdist), each with its own test
# database, uploads folder and Redis database (REDIS_TEST_URL's and the ones just below it:
# portal/settings/test.py). TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2

.PHONY: run test test-sqlite test-postgres lint install messages bench clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed" or 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

# `make run PORT=8001` where 8000 is taken. BASE_URL, when set, is where readers reach the demo.
PORT ?= 8000
DEMO_URL = $(or $(BASE_URL),http://127.0.0.1:$(PORT))

run: $(STAMP)
	@echo "== Cơ sở dữ liệu: tạo hoặc cập nhật bảng (migrate)"
	$(BIN)/python manage.py migrate --noinput --verbosity 0
	@echo "== Dữ liệu minh họa và tài khoản quản trị"
	BASE_URL=$(DEMO_URL) $(BIN)/python manage.py load_demo_content
	@echo "Cổng thông tin: $(DEMO_URL)/ (thư và việc nền: manage.py db_worker, bên cạnh; Ctrl-C dừng cả hai)"
	@echo "Hai xã mẫu trên cùng cài đặt: http://xa-mau-a.localhost:$(PORT)/ và http://xa-mau-b.localhost:$(PORT)/ (trình duyệt đưa mọi tên *.localhost về 127.0.0.1)"
	BASE_URL=$(DEMO_URL) $(BIN)/python scripts/run_dev.py 127.0.0.1:$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

test-sqlite: $(STAMP)
	@echo "== Test suite on SQLite, local-memory cache"
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest -n $(TEST_WORKERS)

# PostgreSQL and Redis are the production path. Where they cannot be reached (a fresh
# laptop) this says so and stops; REQUIRE_SERVICES=1 (set by .ci/run) makes that an error.
test-postgres: $(STAMP)
	@if $(BIN)/python scripts/services_up.py "$(POSTGRES_URL)" "$(REDIS_TEST_URL)"; then \
		echo "== Test suite on PostgreSQL, Redis cache"; \
		DATABASE_URL="$(POSTGRES_URL)" REDIS_URL="$(REDIS_TEST_URL)" $(BIN)/pytest -n $(TEST_WORKERS); \
	elif [ -n "$$REQUIRE_SERVICES" ]; then \
		echo "PostgreSQL or Redis is not reachable, and REQUIRE_SERVICES is set."; exit 1; \
	else \
		echo "== PostgreSQL or Redis is not reachable: the suite ran on SQLite only."; \
	fi

test: lint test-sqlite test-postgres

# The project catalogue (locale/) covers core, home, news and templates/; an app with a
# locale/ folder of its own keeps its strings there.
OWN_CATALOGUES := $(patsubst %/locale,%,$(wildcard */locale))
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l vi -l en --no-obsolete --ignore=.venv --ignore=staticfiles \
		$(foreach app,$(OWN_CATALOGUES),--ignore=$(app))
	for app in $(OWN_CATALOGUES); do (cd $$app && ../$(BIN)/python ../manage.py makemessages -l vi -l en --no-obsolete); done
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles .test-media .pytest_cache
