"""Production refuses to run with a weak key and passes Django's deployment checks."""

import os
import secrets
import subprocess
import sys

from django.conf import settings


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_real_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="portal.example",
    )
    assert result.returncode == 0, result.stderr + result.stdout
