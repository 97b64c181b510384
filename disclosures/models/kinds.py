"""The kinds of disclosure and the periods each is expected for: a list editors keep.

The defaults (migration 0002) follow Law 10/2022/QH15 Art. 11 and the budget rules
(Circular 343/2016/TT-BTC); a province sets the deadlines its communes keep."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.lists import NamedListItem

from ..periods import MAX_YEAR, MIN_YEAR, QUARTERS, Period, PeriodKind

YEAR_VALIDATORS = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


class Section(models.TextChoices):
    BUDGET = "ngan-sach", _("Budget")
    INVESTMENT = "du-an-dau-tu", _("Investment projects")
    PLANS = "quy-hoach-ke-hoach", _("Plans")
    LAND = "thu-hoi-dat", _("Land recovery and compensation")


class DueFrom(models.TextChoices):
    START = "bat-dau", _("the start of the period")
    END = "ket-thuc", _("the end of the period")


class DisclosureKind(NamedListItem):
    """A kind of disclosure (“Dự toán ngân sách”) and the periods it is expected for."""

    section = models.CharField(_("section"), max_length=30, choices=Section.choices)
    quarterly = models.BooleanField(_("expected every quarter"), default=False)
    six_monthly = models.BooleanField(_("expected for the first six months"), default=False)
    yearly = models.BooleanField(_("expected every year"), default=False)
    due_from = models.CharField(
        _("deadline counted from"), max_length=10, choices=DueFrom.choices, default=DueFrom.END
    )
    due_days = models.PositiveSmallIntegerField(
        _("days allowed"),
        default=15,
        validators=[MaxValueValidator(730)],
        help_text=_("How many days after the start or the end of the period it must be published."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("section"),
        FieldRowPanel([FieldPanel("quarterly"), FieldPanel("six_monthly"), FieldPanel("yearly")]),
        FieldRowPanel([FieldPanel("due_days"), FieldPanel("due_from")]),
        FieldPanel("slug"),
    ]

    class Meta(NamedListItem.Meta):
        verbose_name = _("kind of disclosure")
        verbose_name_plural = _("kinds of disclosure")

    def expected_periods(self, year):
        kinds = [
            *(QUARTERS if self.quarterly else []),
            *([PeriodKind.FIRST_HALF] if self.six_monthly else []),
        ]
        kinds += [PeriodKind.YEAR] if self.yearly else []
        return [Period(year, kind) for kind in PeriodKind.values if kind in kinds]

    def deadline(self, period):
        counted_from = period.start if self.due_from == DueFrom.START else period.end
        return counted_from + datetime.timedelta(days=self.due_days)
