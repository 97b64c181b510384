"""Caching of what pages repeat (unit settings, main menu, a few rendered fragments).

Entries carry a version that any publish, unpublish, move, delete or settings change
renews. With Redis every worker sees the new version at once; with the per-process
local-memory cache (no REDIS_URL) other workers catch up within CHROME_TIMEOUT."""

import uuid

from django.core.cache import cache
from django.utils.translation import get_language

CHROME_TIMEOUT = 300
_VERSION_KEY = "portal:chrome-version"


def chrome_version():
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(_VERSION_KEY, version, None)
    return version


def renew_chrome_version(**kwargs):
    cache.set(_VERSION_KEY, uuid.uuid4().hex, None)


def cached_with_chrome(name, build):
    """`build()`, kept until the chrome version changes (or CHROME_TIMEOUT passes)."""
    return cache.get_or_set(f"portal:{chrome_version()}:{name}", build, CHROME_TIMEOUT)


def cached_for_site(name, site_id, build):
    return cached_with_chrome(f"{name}:{site_id}:{get_language()}", build)
