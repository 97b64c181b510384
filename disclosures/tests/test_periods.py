"""The periods of a year, and when each kind of disclosure is due."""

import datetime

import pytest

from disclosures.periods import Period, PeriodKind, periods_of

from .factories import kind

pytestmark = pytest.mark.django_db


def test_a_year_has_six_periods_in_the_order_they_end():
    periods = periods_of(2024)

    assert [period.kind for period in periods] == ["quy-1", "quy-2", "6-thang", "quy-3", "quy-4", "nam"]
    assert [period.end for period in periods] == sorted(period.end for period in periods)
    assert Period(2024, PeriodKind.Q1).end == datetime.date(2024, 3, 31)
    assert Period(2024, PeriodKind.FIRST_HALF).start == datetime.date(2024, 1, 1)
    assert Period(2024, PeriodKind.YEAR).end == datetime.date(2024, 12, 31)


def test_periods_read_as_vietnamese_sentences():
    assert str(Period(2025, PeriodKind.Q3).label) == "Quý 3 năm 2025"
    assert str(Period(2025, PeriodKind.FIRST_HALF).label) == "6 tháng đầu năm 2025"
    assert str(Period(2025, PeriodKind.YEAR).label) == "Năm 2025"


def test_the_default_kinds_expect_the_budget_periods_of_the_law():
    estimate = kind("du-toan-ngan-sach")
    execution = kind("tinh-hinh-thuc-hien-du-toan-ngan-sach")
    accounts = kind("quyet-toan-ngan-sach")

    assert estimate.expected_periods(2025) == [Period(2025, PeriodKind.YEAR)]
    assert [period.kind for period in execution.expected_periods(2025)] == PeriodKind.values
    assert accounts.expected_periods(2025) == [Period(2025, PeriodKind.YEAR)]
    assert kind("thu-hoi-dat-boi-thuong-ho-tro-tai-dinh-cu").expected_periods(2025) == []


def test_a_deadline_counts_from_the_start_or_the_end_of_the_period():
    # The estimate is published early in its year; the execution after its quarter.
    assert kind("du-toan-ngan-sach").deadline(Period(2025, PeriodKind.YEAR)) == datetime.date(2025, 1, 31)
    execution = kind("tinh-hinh-thuc-hien-du-toan-ngan-sach")
    assert execution.deadline(Period(2025, PeriodKind.Q1)) == datetime.date(2025, 4, 15)
