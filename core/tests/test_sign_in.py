"""Admin sign-in against guessing (django-axes, counted in the database) and the
password-reset form against floods."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail
from django.core.cache.backends.redis import RedisCache
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

PASSWORD = "mat-khau-rat-dai-2026"
PROXIES = ["127.0.0.1", "::1"]
# Production's Redis cache, pointed at a port where no Redis answers.
REDIS_DOWN = {
    **settings.CACHES,
    "default": {
        "BACKEND": "core.cache_backends.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
}


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "bientap", email="bientap@xa.example", password=PASSWORD, is_superuser=True
    )


def behind_the_proxies(resident):
    return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{resident}, 127.0.0.1")


def sign_in(client, username="bientap", password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def guess_wrong(client, times, username="bientap"):
    return [sign_in(client, username, f"doan-sai-{number}").status_code for number in range(times)]


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_five_wrong_passwords_lock_the_account_for_that_address_in_vietnamese(editor):
    attacker = behind_the_proxies("203.0.113.5")

    assert guess_wrong(attacker, 4) == [200, 200, 200, 200]
    assert sign_in(attacker, password="doan-sai-nua").status_code == 429
    response = sign_in(attacker)

    page = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "Tạm khóa đăng nhập" in page
    assert "Vui lòng thử lại sau 15 phút." in page
    assert "_auth_user_id" not in attacker.session


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_the_lock_holds_the_user_at_that_address_only(editor, django_user_model):
    django_user_model.objects.create_user("duyet", password=PASSWORD, is_superuser=True)
    attacker, colleague = behind_the_proxies("203.0.113.5"), behind_the_proxies("198.51.100.7")
    guess_wrong(attacker, 5)

    assert signed_in(sign_in(colleague))
    assert signed_in(sign_in(attacker, username="duyet"))
    assert sign_in(attacker).status_code == 429


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_the_count_lives_in_the_database_so_every_worker_sees_it(editor):
    guess_wrong(behind_the_proxies("203.0.113.5"), 5)

    # django-axes' database handler: no cache involved, so a Redis outage changes nothing.
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == (
        "bientap",
        "203.0.113.5",
        5,
    )
    # Another worker is another client with the same database.
    assert sign_in(behind_the_proxies("203.0.113.5")).status_code == 429


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_after_the_cool_off_the_right_password_works_again(editor):
    attacker = behind_the_proxies("203.0.113.5")
    guess_wrong(attacker, 5)

    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))

    assert signed_in(sign_in(attacker))


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_the_administrator_unlocks_with_axes_reset(editor):
    attacker = behind_the_proxies("203.0.113.5")
    guess_wrong(attacker, 5)

    call_command("axes_reset_username", "bientap")

    assert signed_in(sign_in(attacker))


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_forged_forwarded_address_does_not_escape_the_lock(editor):
    guess_wrong(behind_the_proxies("203.0.113.5"), 5)

    disguised = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.44, 203.0.113.5, 127.0.0.1")
    assert sign_in(disguised).status_code == 429


@override_settings(CACHES=REDIS_DOWN)
def test_sign_in_and_its_lockout_work_while_redis_is_down(editor):
    assert signed_in(sign_in(Client(REMOTE_ADDR="198.51.100.7")))

    attacker = Client(REMOTE_ADDR="203.0.113.5")
    assert guess_wrong(attacker, 5) == [200, 200, 200, 200, 429]
    assert sign_in(attacker).status_code == 429


def ask_reset(client, email="bientap@xa.example"):
    return client.post("/admin/password_reset/", {"email": email})


@override_settings(TRUSTED_PROXIES=PROXIES, PASSWORD_RESET_RATE_LIMIT=3, PASSWORD_RESET_RATE_PERIOD=3600)
def test_the_password_reset_form_is_throttled_per_address_and_per_email(editor):
    flooder = behind_the_proxies("203.0.113.5")
    assert [ask_reset(flooder).status_code for _ in range(3)] == [302, 302, 302]

    response = ask_reset(flooder)

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Vui lòng thử lại sau 60 phút." in response.content.decode()
    assert len(mail.outbox) == 3
    # From elsewhere, the same mailbox is protected too; another mailbox is not held up.
    assert ask_reset(behind_the_proxies("198.51.100.7")).status_code == 429
    assert ask_reset(behind_the_proxies("198.51.100.7"), "khac@xa.example").status_code == 302


def test_the_password_reset_form_still_works_while_its_counter_is_unreachable(editor, monkeypatch):
    monkeypatch.setattr("core.security.cache", RedisCache("redis://127.0.0.1:9/0", {}))

    assert ask_reset(Client()).status_code == 302
    assert len(mail.outbox) == 1


@override_settings(CACHES=REDIS_DOWN)
def test_the_password_reset_form_works_unthrottled_while_redis_is_down(editor):
    assert [ask_reset(Client()).status_code for _ in range(7)] == [302] * 7
    assert len(mail.outbox) == 7
