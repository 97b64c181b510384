"""“Was this page useful?” (Decree 42/2022 Art. 8(1)(d)): counted per page for editors.
Each address counts once per page per day (PageVote rows, kept to enforce that)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page


class PageUsefulness(models.Model):
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="+", verbose_name=pgettext_lazy("participation", "page")
    )
    useful = models.PositiveIntegerField(_("useful"), default=0)
    not_useful = models.PositiveIntegerField(_("not useful"), default=0)
    last_rated_at = models.DateTimeField(_("last rated at"), default=timezone.now)

    class Meta:
        ordering = ["-not_useful", "-useful"]
        verbose_name = _("page usefulness")
        verbose_name_plural = _("page usefulness")

    def __str__(self):
        return f"{self.page_id}: +{self.useful} −{self.not_useful}"

    def share_useful(self):
        total = self.useful + self.not_useful
        return f"{round(100 * self.useful / total)} %" if total else "–"


class PageVote(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    address = models.GenericIPAddressField(null=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.page_id} {self.at:%Y-%m-%d}"
