"""The answer deadline in working days: Saturdays, Sundays and the public holidays of the
list (PublicHoliday) are not counted. The day a submission arrives is not counted either:
sent on a Friday with three working days, it is due on the Wednesday after."""

import datetime

from .models.lists import PublicHoliday

SATURDAY = 5


def is_working_day(day, holidays):
    return day.weekday() < SATURDAY and day not in holidays


def add_working_days(start, days, holidays):
    """The date `days` working days after `start`."""
    day = start
    counted = 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if is_working_day(day, holidays):
            counted += 1
    return day


def holidays_from(start):
    """The holidays that may fall within a deadline starting on `start` (a year is plenty)."""
    until = start + datetime.timedelta(days=366)
    return set(PublicHoliday.objects.filter(date__gt=start, date__lte=until).values_list("date", flat=True))


def answer_deadline(received_on, working_days):
    return add_working_days(received_on, working_days, holidays_from(received_on))
