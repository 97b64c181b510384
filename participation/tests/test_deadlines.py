"""The answer deadline counts working days: weekends and the listed holidays are skipped."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from participation.deadlines import add_working_days, answer_deadline
from participation.models import PublicHoliday

FRIDAY = datetime.date(2026, 4, 24)


def test_weekends_are_not_counted():
    assert add_working_days(FRIDAY, 3, set()) == datetime.date(2026, 4, 29)


def test_holidays_are_not_counted():
    # 30/4 and 1/5 (Thursday, Friday) are holidays: three working days from Tuesday 28/4
    # are 29/4, 4/5 and 5/5.
    holidays = {datetime.date(2026, 4, 30), datetime.date(2026, 5, 1)}
    assert add_working_days(datetime.date(2026, 4, 28), 3, holidays) == datetime.date(2026, 5, 5)


def test_a_message_received_on_a_holiday_counts_from_the_next_working_day():
    holidays = {datetime.date(2026, 9, 2)}
    assert add_working_days(datetime.date(2026, 9, 2), 1, holidays) == datetime.date(2026, 9, 3)


@pytest.mark.django_db
def test_the_holiday_list_is_read_from_the_database():
    PublicHoliday.objects.create(date=datetime.date(2026, 4, 27), name="Nghỉ bù Giỗ Tổ Hùng Vương")
    assert answer_deadline(FRIDAY, 1) == datetime.date(2026, 4, 28)


@given(
    start=st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2035, 1, 1)),
    days=st.integers(min_value=0, max_value=60),
    holidays=st.sets(
        st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2035, 12, 31)), max_size=20
    ),
)
def test_the_deadline_is_a_working_day_with_exactly_that_many_working_days_before_it(start, days, holidays):
    due = add_working_days(start, days, holidays)
    between = [start + datetime.timedelta(days=n) for n in range(1, (due - start).days + 1)]
    working = [day for day in between if day.weekday() < 5 and day not in holidays]
    assert len(working) == days
    if days:
        assert due.weekday() < 5 and due not in holidays
