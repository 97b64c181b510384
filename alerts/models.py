"""Urgent notices (thông báo khẩn): a banner at the top of the pages of a site, or of one
section of it, between a start and an end time.

A notice must reach readers at once through the front cache (whole pages kept 600 s) and
the process caches (core.cache): see alerts.signals and alerts.templatetags."""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Site

from core.cache import cached_for_site


class Severity(models.TextChoices):
    # Ordered from the most to the least urgent: banners are shown in this order.
    EMERGENCY = "emergency", _("Emergency")
    WARNING = "warning", _("Warning")
    INFORMATION = "information", _("Information")


SEVERITY_ORDER = {value: rank for rank, value in enumerate(Severity.values)}


class UrgentNotice(models.Model):
    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="urgent_notices"
    )
    severity = models.CharField(
        _("severity"), max_length=20, choices=Severity.choices, default=Severity.WARNING
    )
    title = models.CharField(pgettext_lazy("urgent notice", "Title"), max_length=200)
    message = models.TextField(_("message"), max_length=1000)
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    message_en = models.TextField(
        _("message in English"),
        max_length=1000,
        blank=True,
        help_text=_("Shown on the English pages; left empty, they show the Vietnamese text."),
    )
    link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page with details"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("shown on"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page: the notice shows on it and every page below it. Empty: on the whole site."),
    )
    starts_at = models.DateTimeField(_("starts at"), default=timezone.now)
    ends_at = models.DateTimeField(_("ends at"))

    panels = [
        FieldPanel("site"),
        FieldPanel("severity"),
        FieldPanel("title"),
        FieldPanel("message"),
        PageChooserPanel("link"),
        PageChooserPanel("target"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                # Marked as English: a screen reader reads what the editor typed in English.
                FieldPanel("title_en", widget=forms.TextInput(attrs={"lang": "en"})),
                FieldPanel("message_en", widget=forms.Textarea(attrs={"lang": "en"})),
            ],
            heading=_("English"),
        ),
    ]

    class Meta:
        verbose_name = _("urgent notice")
        verbose_name_plural = _("urgent notices")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["site", "ends_at"])]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        if self.site_id and self.target_id and not self.target.path.startswith(self.site.root_page.path):
            errors["target"] = _("Choose a page of the notice's site.")
        if errors:
            raise ValidationError(errors)

    def summary(self):
        """What a page needs to show the notice, kept in the process cache."""
        return ShownNotice(
            pk=self.pk,
            severity=self.severity,
            title=self.title,
            message=self.message,
            title_en=self.title_en,
            message_en=self.message_en,
            link_url=self.link.get_url() if self.link_id and self.link.live else None,
            target_path=self.target.path if self.target_id else "",
            starts_at=self.starts_at,
            ends_at=self.ends_at,
        )


@dataclass(frozen=True)
class ShownNotice:
    """A notice as pages read it: plain values, no query."""

    pk: int
    severity: str
    title: str
    message: str
    title_en: str
    message_en: str
    link_url: str | None
    target_path: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime

    @property
    def is_emergency(self):
        return self.severity == Severity.EMERGENCY

    def get_severity_display(self):
        return Severity(self.severity).label

    def shows_on(self, page_path, now):
        return self.starts_at <= now < self.ends_at and page_path.startswith(self.target_path)

    def text(self):
        if get_language() == "en" and self.message_en:
            return self.title_en or self.title, self.message_en
        return self.title, self.message


def unfinished_notices(site):
    """The site's notices that have not ended, whatever their start: which ones show is
    decided on each request against the clock, so a start or an end needs no renewal of
    the cache (a change of the notices renews the chrome version: alerts.signals)."""

    def build():
        notices = (
            UrgentNotice.objects.filter(site=site, ends_at__gt=timezone.now())
            .select_related("link", "target")
            .order_by("starts_at")
        )
        return [notice.summary() for notice in notices]

    return cached_for_site("urgent-notices", site.pk, build)


def notices_for(site, page_path, now):
    """(notices shown now on the page at `page_path`, seconds until the next start or end
    of a notice that targets it, or None)."""
    targeting = [notice for notice in unfinished_notices(site) if page_path.startswith(notice.target_path)]
    shown = sorted(
        (notice for notice in targeting if notice.shows_on(page_path, now)),
        key=lambda notice: (SEVERITY_ORDER[notice.severity], -notice.starts_at.timestamp()),
    )
    boundaries = [
        moment for notice in targeting for moment in (notice.starts_at, notice.ends_at) if moment > now
    ]
    until_next = min(boundaries) - now if boundaries else None
    return shown, until_next
