"""The rate limit every resident's form shares (comments, messages, comments on drafts,
failed look-ups): counted in the rows kept of what one address sent."""

import datetime

import pytest
from django.http import HttpResponse
from django.utils import timezone

from core.ratelimit import RateLimit
from participation.models import LookupFailure

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.9"


def sent(seconds_ago, address=ADDRESS):
    LookupFailure.objects.create(address=address, at=timezone.now() - datetime.timedelta(seconds=seconds_ago))


def rows_of(address=ADDRESS):
    return LookupFailure.objects.filter(address=address)


def test_the_limit_is_reached_by_as_many_rows_within_the_period():
    limit = RateLimit(limit=3, period=600)
    sent(10)
    sent(20)
    assert not limit.is_reached(rows_of(), "at")
    sent(30)
    assert limit.is_reached(rows_of(), "at")


def test_rows_older_than_the_period_and_other_addresses_do_not_count():
    limit = RateLimit(limit=2, period=600)
    sent(601)
    sent(3600)
    sent(5, address="198.51.100.1")
    sent(5, address="198.51.100.1")
    sent(5)
    assert not limit.is_reached(rows_of(), "at")
    assert limit.is_reached(rows_of("198.51.100.1"), "at")


@pytest.mark.parametrize("no_limit", [0, -1])
def test_a_limit_of_zero_or_less_never_refuses(no_limit):
    for _ in range(5):
        sent(1)
    assert not RateLimit(limit=no_limit, period=600).is_reached(rows_of(), "at")


def test_checking_a_flood_costs_one_query(django_assert_num_queries):
    for _ in range(50):
        sent(1)
    with django_assert_num_queries(1):
        assert RateLimit(limit=5, period=600).is_reached(rows_of(), "at")


@pytest.mark.parametrize(
    ("period", "minutes"), [(30, 1), (60, 1), (61, 2), (600, 10), (900, 15), (3599, 60), (3600, 60)]
)
def test_the_announced_wait_is_whole_minutes_never_shorter_than_the_period(period, minutes):
    assert RateLimit(limit=1, period=period).minutes == minutes


def test_the_refusal_says_when_to_retry_in_seconds():
    response = RateLimit(limit=1, period=900).ask_to_retry_later(HttpResponse(status=429))
    assert response["Retry-After"] == "900"
