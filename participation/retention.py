"""Personal data is kept only as long as the privacy notice says (PARTICIPATION_RETENTION_DAYS
after the answer or refusal, 24 months by default), and the addresses kept against abuse
for PARTICIPATION_ADDRESS_DAYS (30 by default). What the public record shows stays."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models.site_feedback import PageVote
from .models.submissions import LookupFailure, Rating, State, Submission, SubmissionPhoto

ERASED_NAME = "(đã xoá)"


def erase_old_personal_data(now=None):
    """Returns how many submissions lost their personal data."""
    now = now or timezone.now()
    kept_days = getattr(settings, "PARTICIPATION_RETENTION_DAYS", 730)
    address_days = getattr(settings, "PARTICIPATION_ADDRESS_DAYS", 30)
    finished = now - datetime.timedelta(days=kept_days)
    old = (
        Submission.objects.filter(state__in=[State.ANSWERED, State.PUBLISHED, State.CLOSED, State.REFUSED])
        .filter(received_at__lt=finished)
        .exclude(name=ERASED_NAME)
    )
    with transaction.atomic():
        photos = list(SubmissionPhoto.objects.filter(submission__in=old))
        for photo in photos:
            photo.image.delete(save=False)
        SubmissionPhoto.objects.filter(pk__in=[photo.pk for photo in photos]).delete()
        erased = old.update(
            name=ERASED_NAME, email="", phone="", place="", ip_address=None, publish_name=False
        )
        since = now - datetime.timedelta(days=address_days)
        LookupFailure.objects.filter(at__lt=since).delete()
        Rating.objects.filter(at__lt=since).update(address=None)
        PageVote.objects.filter(at__lt=since).delete()
        Submission.objects.filter(received_at__lt=since).exclude(ip_address=None).update(ip_address=None)
    return erased
