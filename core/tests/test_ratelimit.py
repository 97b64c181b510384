"""The rate limit every resident's form shares (comments, messages, comments on drafts,
failed look-ups): counted in the rows kept of what one address sent, and telling a
refused address how long it really has to wait."""

import datetime

import pytest
from django.http import HttpResponse
from django.utils import timezone

from core.ratelimit import RateLimit, Wait
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
    assert limit.wait(rows_of(), "at") is None
    sent(30)
    assert limit.wait(rows_of(), "at") is not None


def test_rows_older_than_the_period_and_other_addresses_do_not_count():
    limit = RateLimit(limit=2, period=600)
    sent(601)
    sent(3600)
    sent(5, address="198.51.100.1")
    sent(5, address="198.51.100.1")
    sent(5)
    assert limit.wait(rows_of(), "at") is None
    assert limit.wait(rows_of("198.51.100.1"), "at") is not None


@pytest.mark.parametrize("no_limit", [0, -1])
def test_a_limit_of_zero_or_less_never_refuses(no_limit):
    for _ in range(5):
        sent(1)
    assert RateLimit(limit=no_limit, period=600).wait(rows_of(), "at") is None


def test_checking_a_flood_costs_one_query(django_assert_num_queries):
    for _ in range(50):
        sent(1)
    with django_assert_num_queries(1):
        assert RateLimit(limit=5, period=600).wait(rows_of(), "at") is not None


def test_the_wait_lasts_until_the_oldest_counted_post_leaves_the_period():
    sent(3000)
    sent(500)
    sent(100)

    wait = RateLimit(limit=2, period=3600).wait(rows_of(), "at")

    # The two newest were sent 500 and 100 seconds ago: the older one leaves the hour in 3,100 s.
    assert 3095 <= wait.seconds <= 3100
    assert wait.minutes == 52


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(1, 1), (30, 1), (60, 1), (61, 2), (600, 10), (900, 15), (3599, 60), (3600, 60)]
)
def test_the_announced_wait_is_whole_minutes_never_shorter_than_the_real_one(seconds, minutes):
    assert Wait(seconds).minutes == minutes


def test_the_refusal_says_when_to_retry_in_seconds():
    response = Wait(900).ask_to_retry_later(HttpResponse(status=429))
    assert response["Retry-After"] == "900"
