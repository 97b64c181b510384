"""An editor sets a notice in the admin (Quản trị → Thông báo khẩn); a mistake is
explained in Vietnamese and nothing typed is lost."""

import pytest
from django.urls import reverse

from alerts.models import UrgentNotice

pytestmark = pytest.mark.django_db


def form(portal, **changes):
    data = {
        "site": portal.site.pk,
        "severity": "emergency",
        "title": "Sơ tán khẩn cấp",
        "message": "Người dân vùng trũng di chuyển đến trường tiểu học xã.",
        "starts_at": "02/12/2026 08:00",
        "ends_at": "03/12/2026 08:00",
        "title_en": "",
        "message_en": "",
    }
    data.update(changes)
    return data


def test_an_editor_sets_a_notice(admin_client, portal):
    response = admin_client.post(reverse(UrgentNotice.snippet_viewset.get_url_name("add")), form(portal))

    assert response.status_code == 302
    assert UrgentNotice.objects.get().title == "Sơ tán khẩn cấp"


def test_an_end_before_the_start_is_explained_and_the_form_kept(admin_client, portal):
    response = admin_client.post(
        reverse(UrgentNotice.snippet_viewset.get_url_name("add")), form(portal, ends_at="01/12/2026 08:00")
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Thời điểm kết thúc phải sau thời điểm bắt đầu." in html
    assert "Người dân vùng trũng di chuyển" in html
    assert not UrgentNotice.objects.exists()


def test_the_list_of_notices_opens(admin_client, portal):
    from .factories import UrgentNoticeFactory

    UrgentNoticeFactory(site=portal.site)

    response = admin_client.get(reverse(UrgentNotice.snippet_viewset.get_url_name("list")))

    assert response.status_code == 200 and "Cảnh báo lũ trên sông Hồng" in response.content.decode()


def test_a_section_of_another_site_is_refused_and_one_of_the_site_accepted(admin_client, portal):
    from wagtail.models import Page

    from home.tests.factories import HomePageFactory

    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Xã khác", slug="xa-khac")
    url = reverse(UrgentNotice.snippet_viewset.get_url_name("add"))

    refused = admin_client.post(url, form(portal, target=other_home.pk))
    accepted = admin_client.post(url, form(portal, target=portal.news_index.pk))

    assert refused.status_code == 200
    assert "Hãy chọn một trang thuộc trang web của thông báo." in refused.content.decode()
    assert accepted.status_code == 302
    assert UrgentNotice.objects.get().target.specific == portal.news_index
