"""Personal data goes when the privacy notice says; the published answer stays."""

import datetime

import pytest
from django.utils import timezone

from participation.models import State, SubmissionPhoto
from participation.retention import erase_old_personal_data

from .factories import SubmissionFactory, published_submission

pytestmark = pytest.mark.django_db


def test_old_personal_data_is_erased_and_recent_kept(participation, fields, photo_file):
    long_ago = timezone.now() - datetime.timedelta(days=800)
    old = published_submission(
        participation, field=fields["Tư pháp"], received_at=long_ago, ip_address="203.0.113.5"
    )
    SubmissionPhoto.objects.create(submission=old, image=photo_file())
    recent = SubmissionFactory(page=participation, state=State.ANSWERED)
    pending = SubmissionFactory(page=participation, received_at=long_ago)
    assert erase_old_personal_data() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    pending.refresh_from_db()
    assert (old.email, old.phone, old.place, old.ip_address) == ("", "", "", None)
    assert not old.photos.exists()
    assert old.answer and old.state == State.PUBLISHED
    assert recent.email == pending.email == "mau@example.com"
