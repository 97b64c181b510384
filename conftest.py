"""Fixtures every app's tests share: a site with a home page, a news index and a category."""

import os
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import caches
from django.http import QueryDict
from django.test import override_settings
from django.utils import translation
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from core.front_cache import VarnishBackend
from home.tests.portal import build_portal

# The `chromium` fixture of the stories told in a real browser.
pytest_plugins = ["core.tests.browser"]

# Property-based tests (hostile input): the same examples on every run and in CI, a few of
# each, since every example is a request. HYPOTHESIS_PROFILE=thorough tries many more.
# The database fixtures are set up once per test, not per example: the examples only read,
# or post comments that the rate limit and the duplicate check answer.
for name, examples in (("portal", 15), ("thorough", 300)):
    hypothesis_settings.register_profile(
        name,
        max_examples=examples,
        derandomize=name == "portal",
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "portal"))


@pytest.fixture(autouse=True)
def fresh_request_state():
    """Each test starts in Vietnamese with a cold cache (pages cache the menu and unit
    settings; a request for /en/ leaves English active in the thread)."""
    clear_caches()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    clear_caches()
    translation.activate(settings.LANGUAGE_CODE)


def clear_caches():
    for each in caches.all():
        each.clear()


@pytest.fixture
def portal(db):
    return build_portal()


class RecordingFrontCache(VarnishBackend):
    """A front cache that writes down what it is asked to drop."""

    requests = []

    def _send(self, method, url):
        self.requests.append((method, url))


@pytest.fixture
def purged():
    """What the portal asks the front cache to drop: (method, URL) pairs."""
    RecordingFrontCache.requests = []
    backends = {
        "recording": {"BACKEND": f"{__name__}.RecordingFrontCache", "LOCATION": "http://127.0.0.1:6081"}
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        yield RecordingFrontCache.requests


@pytest.fixture
def sitemap_locations(client):
    """Every address the sitemap lists, read as a search engine reads it: the index at
    /sitemap.xml, then each file it names."""

    def read():
        index = client.get("/sitemap.xml").content.decode()
        locations = []
        for file_url in re.findall(r"<loc>(.*?)</loc>", index):
            parts = urlsplit(unescape(file_url))
            content = client.get(parts.path, QueryDict(parts.query)).content.decode()
            locations += re.findall(r"<loc>(.*?)</loc>", content)
        return locations

    return read
