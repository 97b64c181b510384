"""Tasks the tests of core.tasks enqueue; the worker imports them by their path."""

import hashlib

from django.core.cache import cache
from django_tasks import task

from core.tasks import retrying_task


@task()
def add(first, second):
    return first + second


def fail_until(attempt_that_works, name):
    """Counts the calls under `name` and raises until the given one."""
    key = "sample-task-calls-" + hashlib.sha256(name.encode()).hexdigest()
    calls = cache.get(key, 0) + 1
    cache.set(key, calls)
    if calls < attempt_that_works:
        raise ConnectionError(f"call {calls} of {name} failed")
    return f"{name} worked at call {calls}"


@retrying_task(attempts=3, delay=0)
def flaky(attempt_that_works, name):
    return fail_until(attempt_that_works, name)


@retrying_task(attempts=3, delay=60)
def flaky_with_a_long_wait(attempt_that_works, name):
    return fail_until(attempt_that_works, name)


@retrying_task(attempts=3, delay=0, retry_on=(ConnectionError,))
def broken(name):
    raise KeyError(name)
