"""ISO weeks, as the schedule's URL names them (?tuan=2026-W49), and the days they hold."""

import datetime
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# A schedule is about the present: years far from it are a mistyped or hostile address.
FIRST_YEAR = 2000
LAST_YEAR = 2100
WEEK_PATTERN = re.compile(r"([0-9]{4})-W([0-9]{2})")

# Vietnamese names the days "Thứ Hai … Chủ nhật"; Django's own catalogue says "Thứ 2".
WEEKDAY_NAMES = [
    pgettext_lazy("schedule weekday", "Monday"),
    pgettext_lazy("schedule weekday", "Tuesday"),
    pgettext_lazy("schedule weekday", "Wednesday"),
    pgettext_lazy("schedule weekday", "Thursday"),
    pgettext_lazy("schedule weekday", "Friday"),
    pgettext_lazy("schedule weekday", "Saturday"),
    pgettext_lazy("schedule weekday", "Sunday"),
]


class BadWeek(ValueError):
    pass


@dataclass(frozen=True)
class Week:
    year: int
    number: int

    @classmethod
    def containing(cls, day):
        year, number, _weekday = day.isocalendar()
        return cls(year, number)

    @classmethod
    def parse(cls, text):
        """The week written as 2026-W49 (ISO 8601), or BadWeek with a message for the reader."""
        match = WEEK_PATTERN.fullmatch(text.strip())
        if not match:
            raise BadWeek(_("The week must be written as year-W-number, for example 2026-W05."))
        year, number = int(match[1]), int(match[2])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise BadWeek(
                _("The schedule covers the years %(first)s to %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        try:
            datetime.date.fromisocalendar(year, number, 1)
        except ValueError:
            raise BadWeek(
                _("The year %(year)s has no week %(number)s.") % {"year": year, "number": number}
            ) from None
        return cls(year, number)

    def __str__(self):
        return f"{self.year}-W{self.number:02d}"

    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    def days(self):
        return [self.monday + datetime.timedelta(days=offset) for offset in range(7)]

    def shifted(self, weeks):
        """The week `weeks` later (or earlier), or None outside the years the schedule covers."""
        week = Week.containing(self.monday + datetime.timedelta(weeks=weeks))
        return week if FIRST_YEAR <= week.year <= LAST_YEAR else None


def weekday_name(day):
    return WEEKDAY_NAMES[day.weekday()]
