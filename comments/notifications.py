"""E-mails about comments: tasks enqueued once the comment is committed, run by the worker.

The comment is stored before any mail is tried, and a mail server that refuses, fails or
hangs holds no request: a task that fails is tried again later (core.tasks), and an
error is logged when its attempts run out. The mail itself leaves through the queue too
(core.mail)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import MAIL_ERRORS
from core.tasks import retrying_task

from .models import ArticleComment

MODERATE_PERMISSION = "comments.moderate_comments"
CONFIRMATION_SALT = "comments.confirm-email"
CONFIRMATION_MAX_AGE = 7 * 24 * 3600


def moderator_addresses():
    moderators = (
        get_user_model()
        .objects.with_perm(MODERATE_PERMISSION, include_superusers=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted(set(moderators) | set(settings.COMMENTS_MODERATOR_EMAILS))


def admin_edit_url(comment):
    path = reverse(ArticleComment.snippet_viewset.get_url_name("edit"), args=[comment.pk])
    return settings.WAGTAILADMIN_BASE_URL + path


@retrying_task(retry_on=MAIL_ERRORS)
def notify_moderators(comment_id):
    comment = ArticleComment.objects.select_related("article").filter(pk=comment_id).first()
    recipients = moderator_addresses()
    if comment is None or not recipients:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New comment to moderate: %(title)s") % {"title": comment.title}
        body = render_to_string(
            "comments/email/moderator_notification.txt",
            {
                "comment": comment,
                "article_url": comment.article.full_url,
                "admin_url": admin_edit_url(comment),
            },
        )
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def confirmation_token(comment):
    return signing.dumps(comment.pk, salt=CONFIRMATION_SALT)


def comment_for_token(token):
    """The comment a confirmation link stands for, or None if the link is forged or expired."""
    try:
        comment_id = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return None
    return ArticleComment.objects.select_related("article").filter(pk=comment_id).first()


@retrying_task(retry_on=MAIL_ERRORS)
def send_confirmation_request(comment_id, confirm_url, language):
    comment = ArticleComment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None:
        return False
    with translation.override(language):
        subject = _("Please confirm your comment")
        body = render_to_string(
            "comments/email/confirmation_request.txt",
            {"comment": comment, "confirm_url": confirm_url, "days": CONFIRMATION_MAX_AGE // 86400},
        )
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [comment.user_email])
