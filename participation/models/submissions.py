"""What a resident sends (a question, or a piece of feedback or a petition), its photos and
its history. Each submission belongs to the participation page, and so the site, it was
sent from."""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .lists import SubmissionField

SUBJECT_MAX_LENGTH = 200
CONTENT_MAX_LENGTH = 5000
NAME_MAX_LENGTH = 100
PLACE_MAX_LENGTH = 255
PHONE_MAX_LENGTH = 20
EMAIL_MAX_LENGTH = 254


class Kind(models.TextChoices):
    QUESTION = "hoi-dap", _("Question")
    FEEDBACK = "phan-anh", _("Feedback or petition")


# The receipt code's prefix: HD-2026-000123 for a question, PA-2026-000123 for feedback.
CODE_PREFIXES = {Kind.QUESTION: "HD", Kind.FEEDBACK: "PA"}


class State(models.TextChoices):
    RECEIVED = "tiep-nhan", pgettext_lazy("participation state", "Received")
    ASSIGNED = "da-giao", pgettext_lazy("participation state", "Assigned")
    ANSWERED = "da-tra-loi", pgettext_lazy("participation state", "Answered")
    PUBLISHED = "da-cong-bo", pgettext_lazy("participation state", "Published")
    CLOSED = "da-dong", pgettext_lazy("participation state", "Closed")
    REFUSED = "tu-choi", pgettext_lazy("participation state", "Refused")


class Action(models.TextChoices):
    RECEIVE = "receive", pgettext_lazy("participation state", "Received")
    ASSIGN = "assign", pgettext_lazy("participation state", "Assigned")
    REFUSE = "refuse", pgettext_lazy("participation state", "Refused")
    ANSWER = "answer", pgettext_lazy("participation state", "Answered")
    PUBLISH = "publish", pgettext_lazy("participation state", "Published")
    UNPUBLISH = "unpublish", pgettext_lazy("participation state", "Unpublished")
    CLOSE = "close", pgettext_lazy("participation state", "Closed")
    NOTE = "note", pgettext_lazy("participation state", "Internal note")


OPEN_STATES = (State.RECEIVED, State.ASSIGNED)
ANSWERED_STATES = (State.ANSWERED, State.PUBLISHED, State.CLOSED)


def new_tracking_token():
    return secrets.token_urlsafe(24)


class SubmissionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=State.PUBLISHED, allow_publication=True)


class Submission(models.Model):
    page = models.ForeignKey(
        "participation.ParticipationPage",
        verbose_name=_("participation page"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    kind = models.CharField(pgettext_lazy("participation", "kind"), max_length=10, choices=Kind.choices)
    code = models.CharField(_("receipt code"), max_length=20, unique=True)
    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token, editable=False)
    subject = models.CharField(pgettext_lazy("participation", "subject"), max_length=SUBJECT_MAX_LENGTH)
    field = models.ForeignKey(
        SubmissionField,
        verbose_name=pgettext_lazy("participation", "field"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    content = models.TextField(pgettext_lazy("participation", "content"))
    place = models.CharField(_("place"), max_length=PLACE_MAX_LENGTH, blank=True)
    name = models.CharField(pgettext_lazy("participation", "name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH, blank=True)
    phone = models.CharField(_("phone"), max_length=PHONE_MAX_LENGTH, blank=True)
    allow_publication = models.BooleanField(_("may be published"), default=False)
    publish_name = models.BooleanField(_("name may be published"), default=False)
    consented_at = models.DateTimeField(_("privacy notice accepted at"))
    ip_address = models.GenericIPAddressField(_("sender's address"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    deadline = models.DateField(_("answer due"))
    state = models.CharField(
        pgettext_lazy("participation", "status"),
        max_length=12,
        choices=State.choices,
        default=State.RECEIVED,
        db_index=True,
    )
    department = models.CharField(_("assigned department"), max_length=255, blank=True)
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned officer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.TextField(pgettext_lazy("participation", "answer"), blank=True)
    answering_unit = models.CharField(_("answering unit"), max_length=255, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    published_question = models.TextField(
        _("question as published"),
        blank=True,
        help_text=_("The resident's text with any personal detail taken out."),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    search_text = models.TextField(editable=False, blank=True)
    useful_votes = models.PositiveIntegerField(_("rated useful"), default=0)
    not_useful_votes = models.PositiveIntegerField(_("rated not useful"), default=0)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("question or feedback")
        verbose_name_plural = _("questions and feedback")
        permissions = [
            ("receive_submission", _("Can receive, assign and refuse questions and feedback")),
            ("answer_submission", _("Can answer questions and feedback")),
            ("publish_submission", _("Can publish and close answered questions and feedback")),
        ]

    def __str__(self):
        return f"{self.code} – {self.subject}"

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.state in OPEN_STATES and today > self.deadline

    def answered_on_time(self):
        if self.answered_at is None:
            return None
        return timezone.localdate(self.answered_at) <= self.deadline

    def public_name(self):
        return self.name if self.publish_name else ""


def private_storage():
    """Beside the public media folder, never served by the web server: photos are seen
    by officers only, through the admin (participation.admin_views)."""
    media_root = Path(settings.MEDIA_ROOT)
    return FileSystemStorage(location=media_root.with_name(f"{media_root.name}-private"), base_url=None)


def photo_path(photo, filename):
    return f"tham-gia/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.jpg"


class SubmissionPhoto(models.Model):
    """A photo re-encoded on receipt (participation.photos): its metadata (GPS position,
    camera) is gone, and it is kept out of the public media files."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to=photo_path, storage=private_storage)

    def __str__(self):
        return self.image.name


class Event(models.Model):
    """One step of a submission's history. Internal notes and who acted are for officers;
    the resident sees the state changes and their public text."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    state = models.CharField(max_length=12, choices=State.choices)
    note = models.TextField(blank=True)
    internal = models.BooleanField(default=False)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.submission_id} {self.action} {self.at:%Y-%m-%d %H:%M}"


class ReceiptCounter(models.Model):
    """The last number given to each prefix in each year (participation.codes)."""

    prefix = models.CharField(max_length=4)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="participation_counter_unique")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last_number}"


class LookupFailure(models.Model):
    """A look-up that found nothing, kept a while to slow down guessing (participation.views.tracking)."""

    address = models.GenericIPAddressField(null=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.address} {self.at:%Y-%m-%d %H:%M}"


class Rating(models.Model):
    """One address's rating of one answer, kept to count each address once a day."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="ratings")
    address = models.GenericIPAddressField(null=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    useful = models.BooleanField()

    def __str__(self):
        return f"{self.submission_id} {self.useful}"
