"""The gallery's pages, a page under an urgent notice and the footer's portal links pass
the Nu Html Checker."""

import io

import pytest

from alerts.models import Severity
from alerts.tests.factories import UrgentNoticeFactory
from core.tests.test_html_validity import check_html, checker_or_skip
from demo.links import load_links_demo

pytestmark = pytest.mark.django_db


def test_gallery_banner_and_footer_links_are_valid_html(client, portal, gallery, album, tmp_path):
    checker_or_skip()
    load_links_demo(portal.home, io.StringIO())
    UrgentNoticeFactory(site=portal.site, link=portal.news_index)
    UrgentNoticeFactory(site=portal.site, severity=Severity.INFORMATION, title="Lịch cắt điện")
    files = {}
    for number, url in enumerate((gallery.url, album.url, "/", "/kha-nang-tiep-can/", "/du-lieu-ca-nhan/")):
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{number:02d}.html"
        path.write_bytes(response.content)
        files[path.name] = url

    errors = check_html(files)

    assert errors == {}, {files[name]: messages for name, messages in errors.items()}
