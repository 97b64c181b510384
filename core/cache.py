"""Caching of what pages repeat (unit settings, main menu, a few rendered fragments).

Entries carry versions: the chrome version, which any publish, unpublish, move, delete
or settings change renews, and narrower ones such as the comments version. With Redis
every worker sees a new version at once; with the per-process local-memory cache (no
REDIS_URL) other workers catch up within CHROME_TIMEOUT.

During a request each version is read once (see versions_read_once): a page reads a
dozen cached entries, and with Redis each read is a round trip."""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.utils.translation import get_language

CHROME_TIMEOUT = 300
_MISSING = object()
_versions_of_this_request = ContextVar("portal_versions_of_this_request", default=None)


def current_version(name):
    memo = _versions_of_this_request.get()
    if memo is not None and name in memo:
        return memo[name]
    key = f"portal:{name}-version"
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
    if memo is not None:
        memo[name] = version
    return version


def renew_version(name):
    version = uuid.uuid4().hex
    cache.set(f"portal:{name}-version", version, None)
    memo = _versions_of_this_request.get()
    if memo is not None:
        memo[name] = version


@contextmanager
def versions_read_once():
    token = _versions_of_this_request.set({})
    try:
        yield
    finally:
        _versions_of_this_request.reset(token)


def chrome_version():
    return current_version("chrome")


def renew_chrome_version(**kwargs):
    renew_version("chrome")


def cached_with_chrome(name, build, keep_none=True):
    """`build()`, kept until the chrome version changes (or CHROME_TIMEOUT passes); a None
    is kept only if `keep_none`.

    A key names the versions its value was built under, so the value behind a key never
    changes: with a shared cache, each process also keeps what it has read (the "local"
    cache), and a page costs one round trip to Redis for the versions, not one per entry."""
    key = f"portal:{chrome_version()}:{name}"
    local = caches["local"] if "local" in settings.CACHES else None
    value = local.get(key, _MISSING) if local else _MISSING
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = build()
            if value is None and not keep_none:
                return None
            cache.set(key, value, CHROME_TIMEOUT)
        if local:
            local.set(key, value, CHROME_TIMEOUT)
    return value


def cached_for_site(name, site_id, build):
    return cached_with_chrome(f"{name}:{site_id}:{get_language()}", build)
