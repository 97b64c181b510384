"""Through the real front cache: Varnish with the shipped VCL in front of the portal.

A reader asks Varnish; the portal purges it when an editor publishes, unpublishes or
moderates, and what readers see changes within two seconds."""

import gzip
import time
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction, Site

from comments.models import ArticleComment, CommentState
from comments.tests.factories import ArticleCommentFactory
from news.tests.factories import ArticlePageFactory

from .servers import varnish_in_front_of

HOST = "cong.test"
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Reader:
    """A resident's browser, asking the front cache for the site's pages."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"

    def get(self, path, cookie=None):
        headers = {"Host": HOST, "Accept-Encoding": "gzip"}
        if cookie:
            headers["Cookie"] = cookie
        try:
            with urlopen(Request(self.base + path, headers=headers), timeout=10) as response:
                return response.status, response.headers, response.read()
        except HTTPError as error:
            return error.code, error.headers, error.read()

    def text(self, path):
        status, headers, body = self.get(path)
        if headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return status, body.decode()

    def sees_within(self, path, check, seconds=2.0):
        deadline = time.monotonic() + seconds
        while True:
            status, html = self.text(path)
            if check(status, html):
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)


@pytest.fixture
def reader(portal, live_server):
    Site.objects.filter(pk=portal.site.pk).update(hostname=HOST, port=80)
    backend_port = int(live_server.url.rsplit(":", 1)[1])
    with varnish_in_front_of(backend_port) as port:
        location = f"http://127.0.0.1:{port}"
        backends = {"varnish": {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": location}}
        with override_settings(WAGTAILFRONTENDCACHE=backends):
            yield Reader(port)


@pytest.fixture
def article(portal):
    return ArticlePageFactory(parent=portal.category, title="Tiếp xúc cử tri xã Tam Hồng")


def cached(reader, path):
    reader.get(path)
    status, headers, _ = reader.get(path)
    assert headers["X-Cache"] == "HIT", f"{path} was not kept by the front cache"
    return status


def test_a_published_article_shows_on_its_category_and_the_home_page_within_two_seconds(
    reader, portal, article
):
    category_path, home_path = portal.category.url, "/"
    cached(reader, category_path)
    cached(reader, home_path)

    new = ArticlePageFactory.build(title="Khai mạc kỳ họp thứ mười HĐND xã", live=False)
    portal.category.add_child(instance=new)
    new.save_revision().publish()

    for path in (category_path, home_path):
        assert reader.sees_within(path, lambda status, html: "Khai mạc kỳ họp thứ mười" in html), path


def test_an_approved_comment_shows_under_the_article_within_two_seconds(reader, article):
    comment = ArticleCommentFactory(article=article, comment="Đề nghị sửa đường liên thôn.")
    assert cached(reader, article.url) == 200

    ArticleComment.objects.filter(pk=comment.pk).set_state(CommentState.APPROVED)

    assert reader.sees_within(article.url, lambda status, html: "Đề nghị sửa đường liên thôn." in html)


def test_an_unpublished_article_is_gone_within_two_seconds(reader, article):
    assert cached(reader, article.url) == 200

    article.unpublish()

    assert reader.sees_within(article.url, lambda status, html: status == 404)


def test_a_restricted_page_is_never_served_from_the_cache(reader, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="mat-khau")

    for _ in range(2):
        _, headers, body = reader.get(article.url)
        assert headers["X-Cache"] == "MISS"
        assert "private" in headers["Cache-Control"]
        assert "Tiếp xúc cử tri" not in body.decode(errors="replace")


def test_a_logged_in_editor_always_reaches_the_portal(reader, article):
    cached(reader, article.url)

    for _ in range(2):
        _, headers, _ = reader.get(article.url, cookie="sessionid=phien-cua-bien-tap-vien")
        assert headers["X-Cache"] == "MISS"


def test_pages_are_sent_compressed(reader, article):
    status, headers, _ = reader.get(article.url)

    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
