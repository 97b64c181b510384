"""The privacy notice promises that Internet addresses are erased after the retention period."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from comments.models import ArticleComment

from .factories import ArticleCommentFactory

pytestmark = pytest.mark.django_db


def sent_days_ago(article, days):
    return ArticleCommentFactory(article=article, submit_date=timezone.now() - datetime.timedelta(days=days))


@override_settings(COMMENTS_IP_RETENTION_DAYS=30)
def test_addresses_older_than_the_retention_period_are_erased_and_the_comments_kept(article, capsys):
    old = sent_days_ago(article, 31)
    recent = sent_days_ago(article, 29)

    call_command("erase_comment_ip_addresses")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_address is None
    assert recent.ip_address == "203.0.113.9"
    assert ArticleComment.objects.count() == 2
    assert "Erased the IP address of 1 comment(s)" in capsys.readouterr().out


def test_the_period_can_be_given_on_the_command_line(article):
    sent_days_ago(article, 3)

    call_command("erase_comment_ip_addresses", days=2)

    assert ArticleComment.objects.get().ip_address is None


def test_a_negative_period_is_refused(article):
    with pytest.raises(CommandError):
        call_command("erase_comment_ip_addresses", days=-1)
