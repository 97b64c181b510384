"""Background work, and tasks that retry.

Every task of the portal and of Wagtail (search and reference indexes, front-cache
purges) goes through django-tasks. With the database backend (TASKS in portal.settings)
it is stored with the data and `manage.py db_worker` runs it, outside any request.

django-tasks runs a task once: an error marks it failed, and nothing tries it again.
`retrying_task` builds retries on what it offers. When an attempt raises one of
`retry_on`, the task enqueues itself again with `run_after` (a wait that doubles each
time, at most an hour) and the attempt number in the keyword argument `task_attempt`;
that attempt ends successfully, with a note of the retry as its return value and a
one-line warning in the log. When the attempts run out, or the error is not one to
retry, or the backend cannot defer work (the immediate backend), it logs an error and
the task fails, so its row keeps the traceback and the arguments. Define and enqueue one:

    from core.tasks import enqueue_on_commit, retrying_task

    @retrying_task(retry_on=(OSError,))  # attempts=, delay= and django-tasks' own options
    def purge_urls(urls):
        ...  # raise when it fails: an error caught here is never retried

    enqueue_on_commit(purge_urls, urls)  # JSON arguments; `task_attempt` is reserved

A retry repeats the whole task, so its work must bear repeating. A worker stopped with
SIGTERM or Ctrl-C finishes the task in hand; one killed outright leaves it RUNNING,
never retried.
"""

import datetime
import logging
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks.base import DEFAULT_TASK_PRIORITY, Task

logger = logging.getLogger(__name__)

ATTEMPT_ARGUMENT = "task_attempt"
MAX_DELAY = 3600


@dataclass(frozen=True, kw_only=True)
class RetryingTask(Task):
    attempts: int | None = None
    """Attempts in all, the first included (default: settings.TASKS_RETRY_ATTEMPTS)."""

    delay: float | None = None
    """Seconds before the first retry, doubled for each next one (default: settings.TASKS_RETRY_DELAY)."""

    retry_on: tuple[type[Exception], ...] = (Exception,)
    """The errors worth another attempt; any other fails the task at once."""

    def call(self, *args, **kwargs):
        attempt = kwargs.pop(ATTEMPT_ARGUMENT, 1)
        try:
            return super().call(*args, **kwargs)
        except Exception as error:
            if not isinstance(error, self.retry_on):
                reason = "an error not worth retrying"
            elif attempt >= self.attempts_in_all():
                reason = "no attempt left"
            elif not self.get_backend().supports_defer:
                reason = "its backend cannot run it later"
            else:
                return self.retry(attempt, error, args, kwargs)
            self.give_up(attempt, reason, error, args)
            raise

    def attempts_in_all(self):
        return self.attempts or settings.TASKS_RETRY_ATTEMPTS

    def wait_after(self, attempt):
        first = settings.TASKS_RETRY_DELAY if self.delay is None else self.delay
        return min(first * 2 ** (attempt - 1), MAX_DELAY)

    def retry(self, attempt, error, args, kwargs):
        wait = self.wait_after(attempt)
        run_after = timezone.now() + datetime.timedelta(seconds=wait)
        following = self.using(run_after=run_after).enqueue(
            *args, **kwargs, **{ATTEMPT_ARGUMENT: attempt + 1}
        )
        logger.warning(
            "Task %s failed (attempt %d of %d); it runs again in %s s as task %s: %r",
            self.module_path,
            attempt,
            self.attempts_in_all(),
            wait,
            following.id,
            error,
        )
        return {"retried_as": following.id, "run_after": run_after.isoformat(), "error": repr(error)[:500]}

    def give_up(self, attempt, reason, error, args):
        logger.error(
            "Task %s failed after %d attempt(s) and does not run again (%s); its arguments: %.300r",
            self.module_path,
            attempt,
            reason,
            args,
            exc_info=error,
        )


def retrying_task(
    *,
    attempts=None,
    delay=None,
    retry_on=(Exception,),
    priority=DEFAULT_TASK_PRIORITY,
    queue_name=DEFAULT_TASK_QUEUE_NAME,
    backend=DEFAULT_TASK_BACKEND_ALIAS,
):
    """Like django-tasks' `@task()`, for a task that retries (see this module's text)."""

    def wrapper(function):
        return RetryingTask(
            func=function,
            priority=priority,
            queue_name=queue_name,
            backend=backend,
            attempts=attempts,
            delay=delay,
            retry_on=tuple(retry_on),
        )

    return wrapper


def enqueue_on_commit(task, *args, **kwargs):
    """Enqueues the task once the current transaction commits (at once outside one), so it
    never acts on data that a rollback undoes, and never holds the transaction. A failure
    to enqueue is logged by Django and does not fail the request."""
    transaction.on_commit(partial(task.enqueue, *args, **kwargs), robust=True)
