"""A Redis cache that degrades: while Redis is unreachable, reads miss and writes are
dropped, so pages are built afresh (slower) instead of failing. The outage is logged
once a minute, not once per request."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
REPORT_EVERY = 60


class ResilientRedisCache(RedisCache):
    last_report = None

    def _failed(self, error):
        now = time.monotonic()
        if ResilientRedisCache.last_report is None or now - ResilientRedisCache.last_report >= REPORT_EVERY:
            ResilientRedisCache.last_report = now
            logger.error("Redis cache unavailable, pages are built without it: %s", error)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            self._failed(error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            self._failed(error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except RedisError as error:
            self._failed(error)
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except RedisError as error:
            self._failed(error)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except RedisError as error:
            self._failed(error)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except RedisError as error:
            self._failed(error)
            return list(data)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except RedisError as error:
            self._failed(error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except RedisError as error:
            self._failed(error)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except RedisError as error:
            self._failed(error)

    def incr(self, key, delta=1, version=None):
        # A counter that cannot be read raises like a missing one: callers already handle that.
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._failed(error)
            raise ValueError(f"Key '{key}' not found: the cache is unavailable") from error
