from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.pages import IntroMixin, PortalPageMixin

from . import views


class SchedulePage(RoutablePageMixin, PortalPageMixin, IntroMixin, Page):
    """'Lịch công tác': the leaders' work schedule of a site's unit, week by week."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("work schedule")
        verbose_name_plural = _("work schedules")

    def get_cached_paths(self):
        # A PURGE drops every query string of a path: every week and every leader.
        return ["/", self.reverse_subpage("print"), self.reverse_subpage("ical")]

    @path("")
    def week_view(self, request):
        return views.week_view(request, self)

    @path("in/", name="print")
    def print_view(self, request):
        return views.week_view(request, self, template="schedule/schedule_print.html")

    @path("ical/", name="ical")
    def ical_feed(self, request):
        return views.ical_feed(request, self)


class ScheduleEntry(models.Model):
    """One engagement of the schedule: a meeting, a visit, a reception of citizens."""

    schedule = models.ForeignKey(
        SchedulePage, on_delete=models.CASCADE, related_name="entries", verbose_name=_("work schedule")
    )
    date = models.DateField(pgettext_lazy("schedule", "Date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    content = models.TextField(pgettext_lazy("schedule", "Content"), max_length=2000)
    leaders = models.ManyToManyField(
        "organisation.Person", blank=True, related_name="schedule_entries", verbose_name=_("leaders")
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    participants = models.TextField(_("participants"), max_length=1000, blank=True)
    preparing_unit = models.CharField(_("preparing unit"), max_length=255, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "start_time", "pk"]
        indexes = [models.Index(fields=["schedule", "date", "start_time"])]
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.start_time:%H:%M} {self.content[:60]}"

    def clean(self):
        super().clean()
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end time must come after the start time.")})
