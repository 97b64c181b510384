"""The e-mails Wagtail sends along the approval workflow reach Vietnamese editors in
Vietnamese: the approver learns a page waits, the writer learns it was approved or sent
back."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from core.tests.english import english_words
from news.tests.factories import ArticlePageFactory

# The page's title and the addresses are content, not interface.
TITLE = "Hội nghị tổng kết năm"


def read(message):
    text = message.subject + "\n" + message.body
    return english_words(text.replace(TITLE, " "))


@pytest.fixture
def writer_and_approver(db, django_user_model):
    writer = django_user_model.objects.create_user(
        "bien-tap", password="x", email="lan@xa.example", first_name="Lan"
    )
    writer.groups.add(Group.objects.get(name="Biên tập viên"))
    approver = django_user_model.objects.create_user(
        "duyet", password="x", email="minh@xa.example", first_name="Minh"
    )
    approver.groups.add(Group.objects.get(name="Duyệt tin"))
    return writer, approver


@pytest.mark.django_db
def test_the_workflow_emails_read_in_vietnamese(portal, writer_and_approver):
    writer, approver = writer_and_approver
    article = ArticlePageFactory(parent=portal.category, title=TITLE)
    article.save_revision(user=writer)
    mail.outbox.clear()

    workflow_state = article.get_workflow().start(article, writer)
    submitted = [message for message in mail.outbox if approver.email in message.to]
    assert submitted, "the approver was not told a page waits"

    mail.outbox.clear()
    workflow_state.current_task_state.task.specific.on_action(
        workflow_state.current_task_state, approver, "reject"
    )
    sent_back = [message for message in mail.outbox if writer.email in message.to]
    assert sent_back, "the writer was not told the page was sent back"

    english = {message.subject: read(message) for message in submitted + sent_back if read(message)}
    assert not english, english
