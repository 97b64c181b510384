"""A Redis cache that degrades: while Redis is unreachable, reads miss and writes are
dropped, so pages are built afresh (slower) instead of failing. The outage is logged
once a minute, not once per request."""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
REPORT_EVERY = 60


def _missing_counter(key, *args, **kwargs):
    # A counter that cannot be read raises like a missing one: callers already handle that.
    raise ValueError(f"Key '{key}' not found: the cache is unavailable")


def _tolerant(method, on_failure):
    """`method`, answering `on_failure(*arguments)` while Redis is unreachable."""

    @functools.wraps(method)
    def tolerant(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            self.report(error)
            return on_failure(*args, **kwargs)

    return tolerant


class ResilientRedisCache(RedisCache):
    last_report = None

    def report(self, error):
        now = time.monotonic()
        if ResilientRedisCache.last_report is None or now - ResilientRedisCache.last_report >= REPORT_EVERY:
            ResilientRedisCache.last_report = now
            logger.error("Redis cache unavailable, pages are built without it: %s", error)

    get = _tolerant(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _tolerant(RedisCache.get_many, lambda *args, **kwargs: {})
    has_key = _tolerant(RedisCache.has_key, lambda *args, **kwargs: False)
    add = _tolerant(RedisCache.add, lambda *args, **kwargs: False)
    set = _tolerant(RedisCache.set, lambda *args, **kwargs: None)
    set_many = _tolerant(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    touch = _tolerant(RedisCache.touch, lambda *args, **kwargs: False)
    delete = _tolerant(RedisCache.delete, lambda *args, **kwargs: False)
    delete_many = _tolerant(RedisCache.delete_many, lambda *args, **kwargs: None)
    incr = _tolerant(RedisCache.incr, _missing_counter)
