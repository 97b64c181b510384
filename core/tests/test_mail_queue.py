"""Any mail the portal sends waits in the queue and the worker delivers it over SMTP; when
the mail server never comes back, an error names the message that was not sent."""

import contextlib
import logging

import pytest
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.mail import deliver_email
from core.tests.queue import free_port, mail_sink, run_worker, use_task_queue

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PDF = b"%PDF-1.4\n\x00\xff\xfe binary"


def test_a_mail_with_every_part_waits_for_the_worker_and_arrives_whole(settings):
    use_task_queue(settings)
    settings.EMAIL_PORT = port = free_port()
    message = EmailMultiAlternatives(
        "Lịch tiếp công dân tháng 12",
        "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm.",
        "Cổng thông tin <cong@xa.example>",
        ["an@example.com"],
        cc=["binh@example.com"],
        bcc=["luu-tru@xa.example"],
        reply_to=["mot-cua@xa.example"],
    )
    message.attach_alternative("<p>Chủ tịch UBND xã tiếp công dân vào <b>sáng thứ Năm</b>.</p>", "text/html")
    message.attach("lich.pdf", PDF, "application/pdf")
    message.attach("ghi-chu.txt", "Mang theo căn cước.", "text/plain")

    with mail_sink(port) as mailbox:
        assert message.send() == 1
        assert mailbox.messages == []
        run_worker()

    [(sender, recipients, received)] = mailbox.messages
    assert sender == "cong@xa.example"
    assert recipients == ["an@example.com", "binh@example.com", "luu-tru@xa.example"]
    assert received["Subject"] == "Lịch tiếp công dân tháng 12"
    assert received["Cc"] == "binh@example.com"
    assert received["Bcc"] is None
    assert received["Reply-To"] == "mot-cua@xa.example"
    assert (
        received.get_body(("plain",)).get_content().strip()
        == "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm."
    )
    assert "<b>sáng thứ Năm</b>" in received.get_body(("html",)).get_content()
    attachments = {part.get_filename(): part.get_content() for part in received.iter_attachments()}
    assert attachments == {"lich.pdf": PDF, "ghi-chu.txt": "Mang theo căn cước."}


def test_a_mail_sent_inside_a_transaction_is_queued_once_it_commits_and_never_if_it_rolls_back(settings):
    use_task_queue(settings)

    with transaction.atomic():
        send_mail("Hồ sơ đã được tiếp nhận", "Mã hồ sơ: 001.", None, ["an@example.com"])
        assert not DBTaskResult.objects.exists()
    with contextlib.suppress(RuntimeError), transaction.atomic():
        send_mail("Hồ sơ bị hủy", "Không gửi thư này.", None, ["an@example.com"])
        raise RuntimeError("the change is undone")

    [queued] = DBTaskResult.objects.all()
    assert queued.args_kwargs["args"][0]["subject"] == "Hồ sơ đã được tiếp nhận"


def test_when_the_mail_server_never_comes_back_an_error_names_the_message(settings, caplog):
    use_task_queue(settings)
    settings.EMAIL_PORT = free_port()  # nothing listens there: every connection is refused
    settings.TASKS_RETRY_ATTEMPTS, settings.TASKS_RETRY_DELAY = 2, 0

    send_mail("Kết quả giải quyết hồ sơ", "Hồ sơ của bạn đã có kết quả.", None, ["an@example.com"])
    run_worker()

    attempts = DBTaskResult.objects.filter(task_path=deliver_email.module_path).order_by("enqueued_at")
    assert [row.status for row in attempts] == [TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED]
    assert "ConnectionRefusedError" in attempts[1].traceback
    assert attempts[1].args_kwargs["args"][0]["body"] == "Hồ sơ của bạn đã có kết quả."
    [error] = [
        record for record in caplog.records if record.levelno == logging.ERROR and record.name == "core.tasks"
    ]
    assert "core.mail.deliver_email failed after 2 attempt(s)" in error.getMessage()
    assert "an@example.com" in error.getMessage()
    assert "Kết quả giải quyết hồ sơ" in error.getMessage()
