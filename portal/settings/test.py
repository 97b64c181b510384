import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
# Tasks run inside the request and mail lands in the outbox, so a test sees the result of
# one request at once. The tests of the queue itself (core/tests/test_tasks.py and
# comments/tests/test_mail_queue.py) switch to the database backend and run the worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# `make test` runs the suite in pytest-xdist workers (PYTEST_XDIST_WORKER is gw0, gw1, ...),
# side by side: each has its own uploads folder, and each clears the cache around every
# test, which on Redis empties the whole database, so each has its own Redis database too:
# the one REDIS_URL names for gw0, the one below it for gw1, and so on (above it, from
# a low number such as 0, where there is nothing below). Each worker's
# test database is its own already (pytest-django adds the worker to its name).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
MEDIA_ROOT = BASE_DIR / ".test-media" / (_WORKER or "serial")  # noqa: F405
if REDIS_URL and _WORKER:  # noqa: F405
    _redis = urlsplit(REDIS_URL)  # noqa: F405
    _given, _number = int(_redis.path.strip("/") or 0), int(_WORKER.removeprefix("gw"))
    _database = _given - _number if _given >= _number else _given + _number
    CACHES["default"]["LOCATION"] = _redis._replace(path=f"/{_database}").geturl()  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that a test can start a second process on the same database
    # (it is given the file's name); in shared memory where the system has it, one per run.
    _folder = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
    DATABASES["default"]["TEST"] = {"NAME": str(_folder / f"portal-test-{os.getpid()}.sqlite3")}  # noqa: F405
