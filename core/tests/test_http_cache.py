"""What the portal tells a front cache and browsers, and what it purges when."""

import pytest
from wagtail.models import PageViewRestriction

from core.cache import CHROME, CacheVersion
from core.models import UnitSettings
from news.tests.factories import ArticlePageFactory, AuthorFactory


@pytest.fixture
def article(portal):
    return ArticlePageFactory(parent=portal.category, title="Hội nghị tiếp xúc cử tri", date="2020-09-30")


def test_a_public_page_may_be_kept_by_the_front_cache_and_revalidated_by_browsers(client, article):
    response = client.get(article.url)

    cache_control = response["Cache-Control"]
    for directive in (
        "public",
        "max-age=0",
        "s-maxage=600",
        "stale-while-revalidate=30",
        "stale-if-error=86400",
    ):
        assert directive in cache_control
    assert "Vary" not in response or "Cookie" not in response["Vary"]
    assert client.get(article.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_an_address_without_language_prefix_is_the_same_page_for_every_browser_language(client, article):
    bodies = {
        client.get(article.url, HTTP_ACCEPT_LANGUAGE=language).content
        for language in ("vi", "en", "en-US,en;q=0.9")
    }

    assert len(bodies) == 1
    assert "Accept-Language" not in client.get(article.url).get("Vary", "")


def test_a_missing_page_is_kept_only_a_minute(client, portal):
    response = client.get("/tin-tuc/khong-co-bai-nay/")

    assert response.status_code == 404
    assert "s-maxage=60" in response["Cache-Control"]


def test_what_a_logged_in_editor_sees_is_never_shared(client, article, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bientap", "b@xa.example", "mat-khau-dai"))

    for path in (article.url, "/admin/"):
        assert "private" in client.get(path)["Cache-Control"]


def test_a_restricted_page_is_never_shared(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="mat-khau")

    response = client.get(article.url)

    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_a_comment_sent_back_with_its_errors_is_never_shared(client, article):
    response = client.post(f"/binh-luan/{article.pk}/gui/", {"title": ""})

    assert 400 <= response.status_code < 500
    assert "no-store" in response["Cache-Control"]


def test_publishing_purges_the_article_and_every_listing_that_shows_it(
    portal, purged, django_capture_on_commit_callbacks
):
    author = AuthorFactory(name="Anh Đào", slug="anh-dao")
    article = ArticlePageFactory.build(
        title="Khánh thành trường", date="2020-09-30", author=author, live=False
    )
    portal.category.add_child(instance=article)
    article.tags.add("giáo dục")
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    urls = {url for method, url in purged if method == "PURGE"}
    base = "http://testserver"
    for path in (
        article.url,
        f"{article.url}in/",
        portal.category.url,
        f"{portal.category.url}rss/",
        "/tin-tuc/",
        "/tin-tuc/2020/",
        "/tin-tuc/2020/9/",
        "/tin-tuc/tac-gia/anh-dao/",
        "/tin-tuc/the/giao-duc/",
        "/",
        "/en/",
        f"/en{article.url}",
        "/rss.xml",
        "/sitemap.xml",
    ):
        assert base + path in urls, path


def test_a_draft_or_an_autosave_purges_nothing_and_keeps_the_cache(
    article, purged, django_capture_on_commit_callbacks
):
    version = CacheVersion.objects.get(name=CHROME).value  # renewed when the article was published

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Bản nháp đang sửa"
        article.save_revision()
        article.save_revision(clean=False)

    assert purged == []
    assert CacheVersion.objects.get(name=CHROME).value == version


def test_a_change_of_the_unit_drops_the_whole_site(portal, purged, django_capture_on_commit_callbacks):
    unit = UnitSettings.objects.get(site=portal.site)
    with django_capture_on_commit_callbacks(execute=True):
        unit.phone = "0243 123 456"
        unit.save()

    assert purged == [("BAN", "http://testserver")]
