"""Through the real front cache (Varnish with the shipped VCL) and in Chromium: a notice
set by an editor reaches a reader at once, and goes at its end without anyone acting."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.tests.test_front_cache import cached, reader  # noqa: F401 (the Varnish fixture)

from .factories import UrgentNoticeFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_notice_reaches_readers_through_the_front_cache_at_once_and_goes_at_its_end(reader, portal):  # noqa: F811
    cached(reader, "/")
    cached(reader, portal.category.url)

    UrgentNoticeFactory(
        site=portal.site, title="Bão số 3 đổ bộ", ends_at=timezone.now() + datetime.timedelta(seconds=3)
    )

    for path in ("/", portal.category.url):
        assert reader.sees_within(path, lambda status, html: "Bão số 3 đổ bộ" in html), path
    # No task plans the end here (the test queue cannot wait): the pages' short lifetime suffices.
    for path in ("/", portal.category.url):
        assert reader.sees_within(path, lambda status, html: "Bão số 3 đổ bộ" not in html, seconds=8), path


@pytest.mark.django_db
def test_an_end_before_the_start_is_refused_in_vietnamese(portal):
    notice = UrgentNoticeFactory.build(
        site=portal.site, starts_at=timezone.now(), ends_at=timezone.now() - datetime.timedelta(hours=1)
    )

    with pytest.raises(ValidationError) as refused:
        notice.full_clean()

    assert refused.value.message_dict["ends_at"] == ["Thời điểm kết thúc phải sau thời điểm bắt đầu."]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_sees_and_hears_the_banner_in_chromium(live_server, portal, chromium):
    UrgentNoticeFactory(site=portal.site, title="Sơ tán dân vùng trũng", link=portal.news_index)
    category_url, details_url = portal.category.url, portal.news_index.url

    with chromium(java_script_enabled=False) as page:
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(f"{live_server.url}{category_url}")
        alert = page.get_by_role("alert")
        text = alert.inner_text()
        box = alert.bounding_box()
        alert.get_by_role("link", name="Xem chi tiết").click()
        page.wait_for_load_state()
        landed = page.url

    assert "Khẩn cấp: Sơ tán dân vùng trũng" in text
    assert box["y"] < 200 and box["width"] <= 360, "at the top, within a phone's width"
    assert landed.endswith(details_url)
