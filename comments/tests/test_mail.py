"""Moderators hear of each new comment by e-mail, after it is stored; a broken mail server
loses nothing. Optionally, a resident confirms their address first."""

import re
import smtplib

import pytest
from django.core import signing
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings

from comments import notifications
from comments.models import ArticleComment

from .conftest import RESIDENT, form_data

pytestmark = pytest.mark.django_db


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def test_moderators_get_an_email_about_each_new_comment(article, moderator, writer, send_comment, mailoutbox):
    send_comment(article)

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    comment = ArticleComment.objects.get()
    assert mail.to == ["duyet@xa.example"]  # the approvers; not the writers
    assert mail.subject == f"Bình luận mới cần duyệt: {RESIDENT['title']}"
    assert f"/admin/snippets/comments/articlecomment/edit/{comment.pk}/" in mail.body
    assert RESIDENT["comment"] in mail.body
    assert article.title in mail.body


@override_settings(COMMENTS_MODERATOR_EMAILS=["bbt@xa.example"])
def test_extra_moderator_addresses_come_from_the_settings(article, moderator, send_comment, mailoutbox):
    send_comment(article)

    assert mailoutbox[0].to == ["bbt@xa.example", "duyet@xa.example"]


def test_the_email_leaves_only_once_the_comment_is_committed(
    client, article, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        client.post(f"/binh-luan/{article.pk}/gui/", form_data(article))

        assert mailoutbox == []
    for callback in waiting:
        callback()
    assert len(mailoutbox) == 1


@override_settings(EMAIL_BACKEND="comments.tests.test_mail.BrokenMailServer")
def test_a_failing_mail_server_neither_loses_nor_blocks_the_comment(article, moderator, send_comment, caplog):
    response = send_comment(article)

    assert response.status_code == 303
    assert "cho-duyet" in response["Location"]
    assert ArticleComment.objects.get().title == RESIDENT["title"]
    # The test settings run tasks at once, where no retry can wait: the failure is logged.
    assert "comments.notifications.notify_moderators failed after 1 attempt(s)" in caplog.text


@override_settings(COMMENTS_CONFIRM_EMAIL=True)
def test_with_confirmation_on_the_resident_confirms_before_moderators_hear(
    client, article, moderator, send_comment, mailoutbox, django_capture_on_commit_callbacks
):
    response = send_comment(article)

    comment = ArticleComment.objects.get()
    assert "binh-luan=xac-nhan-email" in response["Location"]
    assert not comment.email_confirmed and not comment.is_public
    assert [mail.to for mail in mailoutbox] == [[RESIDENT["email"]]]
    link = re.search(r"http://testserver(/binh-luan/xac-nhan/\S+/)", mailoutbox[0].body)[1]
    assert "Để xác nhận địa chỉ email này là của bạn" in mailoutbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.get(link)

    comment.refresh_from_db()
    assert comment.email_confirmed and not comment.is_public
    assert "binh-luan=da-xac-nhan" in confirmed["Location"]
    assert [mail.to for mail in mailoutbox][1:] == [["duyet@xa.example"]]
    assert client.get(link).status_code == 303  # a second click changes nothing
    assert len(mailoutbox) == 2


@override_settings(COMMENTS_CONFIRM_EMAIL=True, EMAIL_BACKEND="comments.tests.test_mail.BrokenMailServer")
def test_with_confirmation_on_a_failing_mail_server_still_keeps_the_comment(article, send_comment):
    assert send_comment(article).status_code == 303
    assert ArticleComment.objects.filter(email_confirmed=False).count() == 1


def test_a_forged_or_expired_confirmation_link_is_a_clear_400(client, article, send_comment, monkeypatch):
    send_comment(article)
    comment = ArticleComment.objects.get()
    forged = client.get("/binh-luan/xac-nhan/khong-hop-le/")
    token = notifications.confirmation_token(comment)
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: "1")  # signed in 1970
    expired = client.get(f"/binh-luan/xac-nhan/{notifications.confirmation_token(comment)}/")

    assert forged.status_code == 400
    assert "Đường dẫn này không đầy đủ hoặc đã hết hạn." in forged.content.decode()
    assert expired.status_code == 400
    assert client.get(f"/binh-luan/xac-nhan/{token}/").status_code == 303
