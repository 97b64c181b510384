"""Every public page type, full of content, passes the Nu Html Checker (vnu.jar from npm,
run on the machine's Java) with no error.

The jar starts once for all pages: a JVM takes seconds to start. Where `npm ci` has not
been run or there is no Java, the test is skipped with the reason; CI sets
REQUIRE_BROWSER=1, where a missing checker is a failure."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def checker_or_skip():
    reason = None
    if not VNU_JAR.exists():
        reason = f"the Nu Html Checker is not installed ({VNU_JAR} is missing: run `npm ci`)"
    elif shutil.which("java") is None:
        reason = "no Java to run the Nu Html Checker (apt-get install default-jre-headless)"
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


def check_html(files):
    """{file name: [error message with its line]} for the files the checker rejects."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    errors = {}
    for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
        name = Path(message.get("url", "")).name
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine', '?')}: {message['message']} {message.get('extract', '')!r}"
        )
    return errors


def test_every_public_page_type_is_valid_html(client, full_site, tmp_path):
    checker_or_skip()
    pages = dict(full_site.pages, **{"not found": "/khong-co-trang-nay/"})
    files = {}
    for number, (name, url) in enumerate(pages.items()):
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), url
        path = tmp_path / f"{number:02d}.html"
        path.write_bytes(response.content)
        files[path.name] = name

    errors = check_html(list(map(tmp_path.joinpath, files)))

    assert {f"{files[name]} ({pages[files[name]]})": found for name, found in errors.items()} == {}
