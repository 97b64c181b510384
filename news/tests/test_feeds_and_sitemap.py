import datetime

import feedparser
import pytest

from core.sitemaps import PageSitemap
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(portal):
    other = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế", slug="kinh-te")
    return {
        "seed": ArticlePageFactory(
            parent=portal.category,
            title="HĐND huyện giám sát một cửa",
            summary="Đoàn giám sát làm việc tại xã.",
            byline="Anh Đào",
            date=datetime.date(2020, 9, 30),
            tags=["một cửa"],
        ),
        "economy": ArticlePageFactory(
            parent=other, title="Sản xuất vụ đông", date=datetime.date(2020, 11, 2)
        ),
        "other": other,
    }


@pytest.mark.parametrize(("url", "version"), [("/rss.xml", "rss20"), ("/atom.xml", "atom10")])
def test_the_site_feeds_list_every_article_newest_first(client, portal, articles, url, version):
    response = client.get(url)
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert feed.version == version and not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Sản xuất vụ đông", "HĐND huyện giám sát một cửa"]
    seed = feed.entries[1]
    assert seed.link == "http://testserver" + articles["seed"].url
    assert seed.author == "Anh Đào"
    assert seed.summary == "Đoàn giám sát làm việc tại xã."
    assert seed.published_parsed[:3] == (2020, 9, 30)
    assert [tag.term for tag in seed.tags] == ["một cửa"]
    assert "Xã Thử Nghiệm" in feed.feed.title


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_each_category_has_its_own_feeds(client, portal, articles, kind):
    feed = feedparser.parse(client.get(f"{portal.category.url}{kind}/").content)

    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["HĐND huyện giám sát một cửa"]
    assert feed.feed.title.startswith("Thời sự tổng hợp")


def test_pages_announce_their_feeds(client, portal, articles):
    content = client.get(portal.category.url).content.decode()

    assert (
        f'<link rel="alternate" type="application/rss+xml" title="RSS – Thời sự tổng hợp" href="{portal.category.url}rss/">'
        in content
    )
    assert '<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">' in content


def test_the_sitemap_lists_every_public_page(client, portal, articles, sitemap_locations):
    draft = ArticlePageFactory(parent=portal.category, title="Bản nháp")
    draft.unpublish()

    locations = sitemap_locations()

    for page in (portal.home, portal.news_index, portal.category, articles["seed"], articles["economy"]):
        assert f"http://testserver{page.url}" in locations
    assert f"http://testserver{draft.url}" not in locations


def test_a_large_sitemap_is_split_into_files_listed_by_an_index(
    client, portal, sitemap_locations, monkeypatch
):
    monkeypatch.setattr(PageSitemap, "limit", 2)
    articles = [ArticlePageFactory(parent=portal.category) for _ in range(3)]

    index = client.get("/sitemap.xml").content.decode()
    locations = sitemap_locations()

    assert "<sitemapindex" in index
    assert "<loc>http://testserver/sitemap-trang.xml?p=3</loc>" in index
    expected = [portal.home, portal.news_index, portal.category, *articles]
    assert sorted(locations) == sorted(f"http://testserver{page.url}" for page in expected)
    assert client.get("/sitemap-trang.xml", {"p": "4"}).status_code == 404
    assert client.get("/sitemap-trang.xml", {"p": "abc"}).status_code == 404


def test_a_site_without_news_has_no_feed(client, db):
    assert client.get("/rss.xml").status_code == 404
