"""A resident's comment never waits for the mail server: the moderators' mail waits in the
queue, and the worker delivers it once the server answers again."""

import time

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from comments.models import ArticleComment
from core.mail import deliver_email
from core.tests.queue import free_port, hung_mail_server, mail_sink, run_worker, use_task_queue

from .conftest import RESIDENT, form_data


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hung_mail_server_holds_no_comment_and_the_mail_leaves_when_it_is_back(
    client, article, moderator, settings
):
    use_task_queue(settings)
    settings.EMAIL_PORT = port = free_port()
    settings.TASKS_RETRY_DELAY = 1

    with hung_mail_server(port):
        started = time.monotonic()
        response = client.post(f"/binh-luan/{article.pk}/gui/", form_data(article))
        answered_in = time.monotonic() - started

        assert response.status_code == 303
        assert "cho-duyet" in response["Location"]
        assert answered_in < 1
        assert ArticleComment.objects.get().title == RESIDENT["title"]

        run_worker()  # the notice is written and queued; its delivery times out after EMAIL_TIMEOUT

    [delivery] = DBTaskResult.objects.filter(
        task_path=deliver_email.module_path, status=TaskResultStatus.READY
    )
    queued_message_id = delivery.args_kwargs["args"][0]["headers"]["Message-ID"]
    with mail_sink(port) as mailbox:
        time.sleep(max(0, (delivery.run_after - timezone.now()).total_seconds()))
        run_worker()

    [(_sender, recipients, received)] = mailbox.messages
    assert recipients == ["duyet@xa.example"]
    assert received["Subject"].strip() == f"Bình luận mới cần duyệt: {RESIDENT['title']}"
    assert received["Message-ID"] == queued_message_id
    assert RESIDENT["comment"] in received.get_content()
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
