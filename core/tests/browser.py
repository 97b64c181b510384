"""Debian's Chromium driven by Playwright, for the stories told in a real browser.

Skipped, with the reason, only where no Chromium can be found; CI sets REQUIRE_BROWSER=1
(and installs Chromium in .ci/run), where a missing browser is a failure."""

import os
import shutil
from contextlib import contextmanager

import pytest

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def find_chromium():
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def no_browser(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture
def chromium():
    """Opens a page in Chromium, in Vietnamese unless told otherwise:
    `with chromium(java_script_enabled=False) as page:` (the options are Playwright's
    new_context's). Open it after the data is made and check the database after it is
    closed: Django refuses ORM calls while Playwright's event loop runs in the thread."""
    path = find_chromium()
    if path is None:
        no_browser("no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("the playwright package is not installed (pip install -r requirements-dev.txt)")

    @contextmanager
    def open_page(**context_options):
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
            try:
                yield browser.new_context(**{"locale": "vi-VN", **context_options}).new_page()
            finally:
                browser.close()

    return open_page
