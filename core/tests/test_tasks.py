"""Background work waits in the database until the worker runs it; a task that fails is
tried again later, and when its attempts run out an error says so."""

import logging

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.mail import deliver_email
from core.tests import sample_tasks
from core.tests.queue import run_worker, use_task_queue
from news.tests.factories import ArticlePageFactory

# The worker commits as it goes, as in production: these tests commit too.
queue_test = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def rows(task):
    return list(DBTaskResult.objects.filter(task_path=task.module_path).order_by("enqueued_at"))


def messages(caplog, level):
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "core.tasks" and record.levelno == level
    ]


@queue_test
def test_the_worker_runs_the_tasks_waiting_in_the_queue(settings):
    use_task_queue(settings)
    result = sample_tasks.add.enqueue(2, 3)

    assert result.status == TaskResultStatus.READY
    run_worker()

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5


@queue_test
def test_wagtails_own_work_goes_through_the_worker_too(settings, portal):
    use_task_queue(settings)
    ArticlePageFactory(parent=portal.category, title="Lịch tiếp công dân tháng 12")

    waiting = DBTaskResult.objects.ready()
    assert {row.task_path.split(".")[0] for row in waiting} >= {"wagtail"}
    run_worker()

    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()


@queue_test
def test_a_failing_task_is_tried_again_until_it_works(settings, caplog):
    use_task_queue(settings)
    sample_tasks.flaky.enqueue(3, "gửi lại")

    run_worker()

    first, second, third = rows(sample_tasks.flaky)
    assert [row.status for row in (first, second, third)] == [TaskResultStatus.SUCCESSFUL] * 3
    assert first.return_value["retried_as"] == str(second.id)
    assert second.return_value["retried_as"] == str(third.id)
    assert third.return_value == "gửi lại worked at call 3"
    assert third.args_kwargs == {"args": [3, "gửi lại"], "kwargs": {"task_attempt": 3}}
    assert len(messages(caplog, logging.WARNING)) == 2
    assert messages(caplog, logging.ERROR) == []


@queue_test
def test_when_the_attempts_run_out_an_error_is_logged_and_the_task_fails(settings, caplog):
    use_task_queue(settings)
    sample_tasks.flaky.enqueue(10, "không bao giờ được")

    run_worker()

    *retried, last = rows(sample_tasks.flaky)
    assert len(retried) == 2
    assert last.status == TaskResultStatus.FAILED
    assert "ConnectionError: call 3 of không bao giờ được failed" in last.traceback
    [error] = messages(caplog, logging.ERROR)
    assert error.startswith(
        "Task core.tests.sample_tasks.flaky failed after 3 attempt(s) and does not run again (no attempt left)"
    )
    assert "không bao giờ được" in error


@queue_test
def test_an_error_not_worth_retrying_fails_the_task_at_once(settings, caplog):
    use_task_queue(settings)
    sample_tasks.broken.enqueue("lỗi lập trình")

    run_worker()

    [row] = rows(sample_tasks.broken)
    assert row.status == TaskResultStatus.FAILED
    [error] = messages(caplog, logging.ERROR)
    assert "after 1 attempt(s) and does not run again (an error not worth retrying)" in error


@queue_test
def test_a_retry_waits_and_each_wait_doubles_up_to_an_hour(settings):
    use_task_queue(settings)
    sample_tasks.flaky_with_a_long_wait.enqueue(2, "chờ")

    run_worker()
    run_worker()  # too early for the retry: it keeps waiting

    first, retry = rows(sample_tasks.flaky_with_a_long_wait)
    assert retry.status == TaskResultStatus.READY
    assert 59 <= (retry.run_after - first.finished_at).total_seconds() <= 61
    waits = [sample_tasks.flaky_with_a_long_wait.wait_after(attempt) for attempt in range(1, 9)]
    assert waits == [60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_without_a_delay_or_a_count_a_task_follows_the_settings(settings):
    settings.TASKS_RETRY_ATTEMPTS, settings.TASKS_RETRY_DELAY = 4, 15

    assert deliver_email.attempts_in_all() == 4
    assert [deliver_email.wait_after(attempt) for attempt in (1, 2, 3)] == [15, 30, 60]


def test_a_backend_that_runs_tasks_at_once_cannot_retry_so_it_logs_the_failure(caplog):
    # The test settings' immediate backend runs the task inside the caller.
    result = sample_tasks.flaky.enqueue(2, "ngay lập tức")

    assert result.status == TaskResultStatus.FAILED
    [error] = messages(caplog, logging.ERROR)
    assert "after 1 attempt(s) and does not run again (its backend cannot run it later)" in error
