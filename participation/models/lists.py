"""The lists editors keep for residents' questions and feedback: fields and public holidays."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel

from core.lists import NamedListItem


class SubmissionField(NamedListItem):
    """A lĩnh vực a resident chooses, such as “Tư pháp” or “Địa chính”."""

    class Meta(NamedListItem.Meta):
        verbose_name = pgettext_lazy("participation", "field")
        verbose_name_plural = pgettext_lazy("participation", "fields")


class PublicHoliday(models.Model):
    """A day off that the answer deadline skips, besides Saturdays and Sundays."""

    date = models.DateField(pgettext_lazy("holiday", "date"), unique=True)
    name = models.CharField(pgettext_lazy("holiday", "name"), max_length=255)

    panels = [FieldPanel("date"), FieldPanel("name")]

    class Meta:
        ordering = ["date"]
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"
