"""E-mails about comments, sent as tasks once the comment is committed.

A mail server that refuses or fails is logged and nothing more: the comment is already
stored, and the pending count in the admin menu still shows it. With django-tasks'
default immediate backend the mail goes out at the end of the request (a hanging server
delays that response by at most EMAIL_TIMEOUT); a worker backend (TASKS setting) takes
it out of the request altogether."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import ArticleComment

logger = logging.getLogger(__name__)

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


def send_quietly(subject, body, recipients, comment_id):
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        logger.exception("Could not send the e-mail about comment %s", comment_id)
        return False
    return True


@task()
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
    return send_quietly(subject, body, recipients, comment_id)


def confirmation_token(comment):
    return signing.dumps(comment.pk, salt=CONFIRMATION_SALT)


def comment_for_token(token):
    """The comment a confirmation link stands for, or None if the link is forged or expired."""
    try:
        comment_id = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return None
    return ArticleComment.objects.select_related("article").filter(pk=comment_id).first()


@task()
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
    return send_quietly(subject, body, [comment.user_email], comment_id)
