"""What a newcomer sees after `make run` (settings.dev): the portal as residents get it,
with its own Vietnamese error pages, its static files and a favicon."""

import importlib
from unittest import mock

import pytest
from django.test import Client, override_settings

from home.models import HomePage

pytestmark = pytest.mark.django_db

dev = importlib.import_module("portal.settings.dev")
DEV_SERVER = override_settings(
    DEBUG=dev.DEBUG,
    STORAGES=dev.STORAGES,
    WHITENOISE_USE_FINDERS=dev.WHITENOISE_USE_FINDERS,
    WHITENOISE_AUTOREFRESH=dev.WHITENOISE_AUTOREFRESH,
)


@DEV_SERVER
def test_a_missing_page_shows_the_vietnamese_404_page(portal):
    response = Client().get("/khong-co-trang-nay/")

    assert response.status_code == 404
    content = response.content.decode()
    assert "<h1>Không tìm thấy trang</h1>" in content
    assert "Page not found at" not in content  # Django's debug page


@DEV_SERVER
def test_an_english_reader_s_missing_page_is_marked_english_and_its_footer_is_cached(
    portal, django_assert_max_num_queries
):
    client = Client()
    client.get("/en/khong-co-trang-nay/")
    # Routing and redirects only: the footer's settings and links come from its fragment.
    with django_assert_max_num_queries(5):
        response = client.get("/en/khong-co-trang-nay/")

    assert response.status_code == 404
    content = response.content.decode()
    assert '<html lang="en">' in content and "Thu Nghiem Commune" in content


@DEV_SERVER
def test_a_server_error_shows_the_vietnamese_500_page(portal):
    with mock.patch.object(HomePage, "serve", side_effect=RuntimeError("hỏng")):
        response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()


@DEV_SERVER
def test_static_files_are_served_as_they_are_without_collectstatic(portal):
    client = Client()
    page = client.get("/").content.decode()

    assert 'href="/static/css/portal.css"' in page
    stylesheet = client.get("/static/css/portal.css")
    assert stylesheet.status_code == 200
    assert b"".join(stylesheet.streaming_content)


@DEV_SERVER
def test_the_favicon_is_the_emblem(portal):
    client = Client()
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert icon["Content-Type"] == "image/x-icon"
    assert b"".join(icon.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO file


def test_pages_link_the_emblem_as_their_icon(client, portal):
    content = client.get("/").content.decode()

    assert '<link rel="icon" href="/static/img/emblem.svg" type="image/svg+xml">' in content
    assert client.get("/favicon.ico")["Location"] == "/static/img/favicon.ico"
