"""Mails to the resident: received (with the code and the private link) and answered.
Tasks enqueued once the submission is committed: a mail server that fails delays the
mail (core.tasks retries it), it never loses or holds a submission."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import MAIL_ERRORS
from core.tasks import retrying_task

from .models.submissions import Submission


def tracking_url(submission):
    """The private link, on the submission's own site."""
    site = submission.page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("participation:track", args=[submission.tracking_token])
    return root + path


def mail_resident(submission_id, subject, template):
    submission = Submission.objects.select_related("page", "field").filter(pk=submission_id).first()
    if submission is None or not submission.email:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(
            template, {"submission": submission, "tracking_url": tracking_url(submission)}
        )
        subject = subject % {"code": submission.code}
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [submission.email])


@retrying_task(retry_on=MAIL_ERRORS)
def notify_received(submission_id):
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("We have received your message %(code)s")
    return mail_resident(submission_id, subject, "participation/email/received.txt")


@retrying_task(retry_on=MAIL_ERRORS)
def notify_answered(submission_id):
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your message %(code)s has been answered")
    return mail_resident(submission_id, subject, "participation/email/answered.txt")
