"""What every page shows around its content: unit identity, menu, languages, errors."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import get_resolver
from django.utils.module_loading import import_string

from core.models import UnitSettings
from news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_header_and_footer_show_the_unit_from_its_settings(client, portal):
    unit = UnitSettings.for_site(portal.site)
    unit.governing_body = "UBND xã Thử Nghiệm"
    unit.editor_in_chief = "Nguyễn Văn A"
    unit.address = "Số 1 đường Thử"
    unit.phone = "0211 3 123 456"
    unit.save()

    page = client.get("/").content.decode()

    for text in ("Xã Thử Nghiệm", "UBND xã Thử Nghiệm", "Nguyễn Văn A", "Số 1 đường Thử", "0211 3 123 456"):
        assert text in page
    assert "lienhe@xa.example" in page


def test_a_change_of_settings_shows_at_once(client, portal):
    client.get("/")
    unit = UnitSettings.for_site(portal.site)
    unit.name = "Phường Mới"
    unit.save()

    assert "Phường Mới" in client.get("/").content.decode()


def test_the_menu_links_the_sections_and_marks_the_current_one(client, portal):
    page = client.get(portal.news_index.url).content.decode()

    assert '<a href="/tin-tuc/" aria-current="page">Tin tức – Sự kiện</a>' in page


def test_vietnamese_is_the_default_and_english_is_one_link_away(client, portal):
    vietnamese = client.get("/").content.decode()
    assert '<html lang="vi">' in vietnamese
    assert 'href="/en/" lang="en" hreflang="en">English</a>' in vietnamese

    english = client.get("/en/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert '<html lang="en">' in english
    assert "Thu Nghiem Commune" in english
    assert "Skip to main content" in english


def test_an_english_browser_still_gets_vietnamese_at_the_plain_address(client, portal):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en").content.decode()

    assert '<html lang="vi">' in page
    assert "Chuyển đến nội dung chính" in page


def test_a_missing_page_answers_in_vietnamese(client, portal):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


class LoadedResources(HTMLParser):
    """The addresses a browser fetches by itself while rendering a page."""

    FETCHED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"}:
            self.urls += [attributes[name] for name in ("src", "poster") if attributes.get(name)]
            self.urls += [part.split()[0] for part in attributes.get("srcset", "").split(",") if part.strip()]
        if tag == "link" and set((attributes.get("rel") or "").split()) & self.FETCHED_LINKS:
            self.urls.append(attributes.get("href", ""))


def test_no_page_asks_another_host_for_anything(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    for url in ("/", portal.news_index.url, portal.category.url, article.url, article.url + "in/"):
        page = client.get(url).content.decode()
        parser = LoadedResources()
        parser.feed(page)
        foreign = [found for found in parser.urls if urlsplit(found).netloc not in ("", "testserver")]
        assert parser.urls and not foreign, f"{url} loads {foreign}"
        assert "url(http" not in page and "@import" not in page


def test_robots_txt_points_at_the_sitemap(client, portal):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.parametrize(
    "error, status, text",
    [
        ("csrf", 403, "Biểu mẫu đã hết hạn"),
        (400, 400, "Yêu cầu không hợp lệ"),
        (403, 403, "Không có quyền truy cập"),
        (404, 404, "Không tìm thấy trang"),
        (500, 500, "Hệ thống đang gặp sự cố"),
    ],
)
def test_error_pages_speak_vietnamese(rf, portal, error, status, text):
    """One template for every error; the 500 page is rendered without the request."""
    request = rf.get("/")
    if error == "csrf":
        response = import_string(settings.CSRF_FAILURE_VIEW)(request, reason="")
    elif error == 500:
        response = get_resolver().resolve_error_handler(500)(request)
    else:
        response = get_resolver().resolve_error_handler(error)(request, exception=Exception())

    assert response.status_code == status
    assert f"<h1>{text}</h1>" in response.content.decode()
