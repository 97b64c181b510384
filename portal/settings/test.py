import os
import tempfile
from pathlib import Path

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
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that a test can start a second process on the same database
    # (it is given the file's name); in shared memory where the system has it, one per run.
    _folder = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
    DATABASES["default"]["TEST"] = {"NAME": str(_folder / f"portal-test-{os.getpid()}.sqlite3")}  # noqa: F405
