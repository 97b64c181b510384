"""The periods a disclosure covers: a quarter, the first six months, or a year.

Budget execution is published quarterly, for the first six months and for the year
(Law 10/2022/QH15 Art. 11; Circular 343/2016/TT-BTC), so a year has six periods, shown
in the order they end: Q1, Q2, six months, Q3, Q4, year."""

import calendar
import datetime
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

MIN_YEAR, MAX_YEAR = 1990, 2100


class PeriodKind(models.TextChoices):
    Q1 = "quy-1", _("Quarter 1")
    Q2 = "quy-2", _("Quarter 2")
    FIRST_HALF = "6-thang", _("First six months")
    Q3 = "quy-3", _("Quarter 3")
    Q4 = "quy-4", _("Quarter 4")
    YEAR = "nam", _("Whole year")


QUARTERS = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4]
# Months covered: (first, last).
MONTHS = {
    PeriodKind.Q1: (1, 3),
    PeriodKind.Q2: (4, 6),
    PeriodKind.FIRST_HALF: (1, 6),
    PeriodKind.Q3: (7, 9),
    PeriodKind.Q4: (10, 12),
    PeriodKind.YEAR: (1, 12),
}


# How a period reads in a sentence: "Quý 1 năm 2025", "6 tháng đầu năm 2025", "Năm 2025".
LABELS = {
    PeriodKind.Q1: _("Quarter 1 of %(year)s"),
    PeriodKind.Q2: _("Quarter 2 of %(year)s"),
    PeriodKind.FIRST_HALF: _("First six months of %(year)s"),
    PeriodKind.Q3: _("Quarter 3 of %(year)s"),
    PeriodKind.Q4: _("Quarter 4 of %(year)s"),
    PeriodKind.YEAR: _("Year %(year)s"),
}


@dataclass(frozen=True)
class Period:
    year: int
    kind: str

    @property
    def start(self):
        return datetime.date(self.year, MONTHS[self.kind][0], 1)

    @property
    def end(self):
        month = MONTHS[self.kind][1]
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def label(self):
        return LABELS[PeriodKind(self.kind)] % {"year": self.year}


def periods_of(year):
    """The year's six periods, in the order they end."""
    return [Period(year, kind) for kind in PeriodKind.values]
