"""What pages repeat (unit settings, menus, breadcrumbs, routes, rendered fragments),
kept in each process under a version that the database holds.

Whole pages are cached by the front cache (deploy/varnish/), which publications purge
(core.front_cache). This module keeps the uncached path cheap:

- The version lives in a table (CacheVersion), so every process (each gunicorn worker,
  the admin, cron's publish_scheduled, the task worker) reads the same one; a renewal is
  written in the transaction of the change that causes it, so it becomes visible exactly
  when that change does.
- Entries live in the process's own memory under keys that name their version: an entry
  never changes, nothing has to be told to forget it, and neither Redis nor its outage
  plays any part.
- During a request each version is read once (CacheVersionsMiddleware)."""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import caches
from django.db import connection, models
from django.utils.translation import get_language

ENTRY_TIMEOUT = 24 * 3600
CHROME = "chrome"
_MISSING = object()
_versions_of_this_request = ContextVar("portal_versions_of_this_request", default=None)


class CacheVersion(models.Model):
    """The current version of a family of cached entries (a random value: a restored
    backup or a new database can never meet entries of its own past)."""

    name = models.CharField(max_length=100, primary_key=True)
    value = models.CharField(max_length=32)

    class Meta:
        app_label = "core"

    def __str__(self):
        return f"{self.name}: {self.value}"


def current_version(name):
    memo = _versions_of_this_request.get()
    if memo is not None and name in memo:
        return memo[name]
    # Read on every request: plain SQL, without the ORM's cost of building a query.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {CacheVersion._meta.db_table} WHERE name = %s", [name])
        row = cursor.fetchone()
    version = row[0] if row else None
    if version is None:
        version = CacheVersion.objects.get_or_create(name=name, defaults={"value": uuid.uuid4().hex})[0].value
    if memo is not None:
        memo[name] = version
    return version


def renew_version(name):
    version = uuid.uuid4().hex
    CacheVersion.objects.update_or_create(name=name, defaults={"value": version})
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
    return current_version(CHROME)


def renew_chrome_version(**kwargs):
    renew_version(CHROME)


def cached_with_chrome(name, build, keep_none=True):
    """`build()`, kept until the chrome version changes; a None is kept only if `keep_none`."""
    entries = caches["versioned"]
    key = f"{chrome_version()}:{name}"
    value = entries.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is None and not keep_none:
            return None
        entries.set(key, value, ENTRY_TIMEOUT)
    return value


def cached_listing_page(name, build):
    """A page of a listing (core.pagination), kept until the chrome version changes. A page
    past the end is None and is not kept: a crawler asking for every number up to MAX_PAGE
    would otherwise fill the cache with empty pages."""

    def build_page():
        page = build()
        return None if page.is_past_the_end else page

    return cached_with_chrome(name, build_page, keep_none=False)


def cached_for_site(name, site_id, build):
    return cached_with_chrome(f"{name}:{site_id}:{get_language()}", build)
