"""An editor sets an urgent notice: every page it targets shows it at once, at the top,
announced by screen readers, and it goes away by itself at its end time."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks import default_task_backend

from alerts.models import Severity
from news.tests.factories import ArticlePageFactory

from .factories import UrgentNoticeFactory

pytestmark = pytest.mark.django_db


def banner(response):
    html = response.content.decode()
    found = re.search(r'<div class="urgent-notices">.*?</div>\s*</div>', html, re.S)
    return found.group(0) if found else ""


def s_maxage(response):
    return int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))


def test_a_notice_for_the_whole_site_shows_at_the_top_of_every_page(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    UrgentNoticeFactory(site=portal.site)

    for url in ("/", portal.news_index.url, portal.category.url, article.url, "/khong-co-trang-nay/"):
        response = client.get(url)
        shown = banner(response)
        assert "Cảnh báo lũ trên sông Hồng" in shown, url
        assert 'role="alert"' in shown
        html = response.content.decode()
        assert html.index("urgent-notices") < html.index('<main id="main"'), "the banner comes first"


def test_a_warning_is_a_status_that_screen_readers_announce_politely(client, portal):
    UrgentNoticeFactory(site=portal.site, severity=Severity.WARNING, title="Mưa lớn chiều nay")

    shown = banner(client.get("/"))

    assert 'role="status"' in shown and 'role="alert"' not in shown
    assert "Cảnh báo: Mưa lớn chiều nay" in re.sub(r"<[^>]+>", "", shown)


def test_the_most_urgent_notice_comes_first(client, portal):
    UrgentNoticeFactory(site=portal.site, severity=Severity.INFORMATION, title="Lịch cắt điện")
    UrgentNoticeFactory(site=portal.site, severity=Severity.EMERGENCY, title="Sơ tán khẩn cấp")

    shown = banner(client.get("/"))

    assert shown.index("Sơ tán khẩn cấp") < shown.index("Lịch cắt điện")


def test_a_notice_for_a_section_shows_on_it_and_below_it_only(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    UrgentNoticeFactory(site=portal.site, target=portal.news_index, title="Chỉ mục tin tức")

    assert "Chỉ mục tin tức" in banner(client.get(portal.news_index.url))
    assert "Chỉ mục tin tức" in banner(client.get(article.url))
    assert banner(client.get("/")) == ""


def test_a_notice_of_another_site_does_not_show(client, portal):
    from wagtail.models import Site

    other = Site.objects.create(hostname="xa-khac.example", root_page=portal.home)
    UrgentNoticeFactory(site=other)

    assert banner(client.get("/")) == ""


def test_the_english_pages_show_the_english_text_when_there_is_one(client, portal):
    UrgentNoticeFactory(site=portal.site, title_en="Flood warning", message_en="Move to higher ground.")

    assert "Move to higher ground." in banner(client.get("/en/"))
    assert "Mực nước sông Hồng" in banner(client.get("/"))


def test_a_notice_disappears_at_its_end_and_appears_at_its_start(client, portal, monkeypatch):
    now = timezone.now()
    UrgentNoticeFactory(site=portal.site, title="Đang diễn ra", ends_at=now + datetime.timedelta(hours=2))
    UrgentNoticeFactory(
        site=portal.site,
        title="Sắp tới",
        starts_at=now + datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=3),
    )
    assert "Đang diễn ra" in banner(client.get("/"))
    assert "Sắp tới" not in banner(client.get("/"))

    monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(hours=1, minutes=30))
    later = banner(client.get("/"))
    assert "Đang diễn ra" in later and "Sắp tới" in later

    monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(hours=2, seconds=1))
    assert "Đang diễn ra" not in banner(client.get("/"))

    monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(hours=3))
    assert banner(client.get("/")) == ""


def test_the_front_cache_keeps_a_page_no_longer_than_until_the_next_start_or_end(client, portal):
    assert s_maxage(client.get("/")) == 600
    UrgentNoticeFactory(site=portal.site, ends_at=timezone.now() + datetime.timedelta(seconds=120))

    assert 110 <= s_maxage(client.get("/")) <= 120

    UrgentNoticeFactory(
        site=portal.site,
        starts_at=timezone.now() + datetime.timedelta(seconds=30),
        ends_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert 20 <= s_maxage(client.get("/")) <= 30


def test_a_notice_for_another_section_does_not_shorten_the_page_lifetime(client, portal):
    UrgentNoticeFactory(
        site=portal.site, target=portal.news_index, ends_at=timezone.now() + datetime.timedelta(seconds=60)
    )

    assert s_maxage(client.get("/")) == 600


def test_setting_changing_and_deleting_a_notice_drops_the_site_from_the_front_cache(
    portal, purged, django_capture_on_commit_callbacks
):
    def bans_after(change):
        purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        return purged

    notice = UrgentNoticeFactory.build(site=portal.site)
    assert bans_after(notice.save) == [("BAN", portal.site.root_url)]
    notice.title = "Cập nhật"
    assert bans_after(notice.save) == [("BAN", portal.site.root_url)]
    assert bans_after(notice.delete) == [("BAN", portal.site.root_url)]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_the_start_and_end_are_planned_as_bans_of_the_site(
    portal, purged, django_capture_on_commit_callbacks
):
    default_task_backend.clear()
    starts = timezone.now() + datetime.timedelta(hours=1)
    ends = starts + datetime.timedelta(hours=5)

    with django_capture_on_commit_callbacks(execute=True):
        UrgentNoticeFactory(site=portal.site, starts_at=starts, ends_at=ends)

    planned = sorted(
        (result.task.run_after, result.args)
        for result in default_task_backend.results
        if result.task.run_after is not None
    )
    assert planned == [(starts, [[], [portal.site.root_url]]), (ends, [[], [portal.site.root_url]])]


def test_a_page_with_a_notice_costs_no_query_more_once_cached(client, portal):
    client.get("/")
    with CaptureQueriesContext(connection) as without_notice:
        client.get("/")
    UrgentNoticeFactory(site=portal.site)
    client.get("/")
    with CaptureQueriesContext(connection) as with_notice:
        assert "Cảnh báo lũ" in banner(client.get("/"))

    assert len(with_notice) == len(without_notice)
