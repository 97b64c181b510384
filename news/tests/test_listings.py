import datetime
import itertools
import re

import pytest
from django.core.cache import caches

from comments.tests.factories import ArticleCommentFactory
from core.cache import chrome_version
from core.pagination import MAX_PAGE
from news.tests.factories import ArticlePageFactory, AuthorFactory, NewsCategoryPageFactory

pytestmark = pytest.mark.django_db


def titles_in(response):
    content = response.content.decode()
    return [
        line.split(">", 1)[1].split("<", 1)[0]
        for line in content.split('<h3 class="card__title"><a href=')[1:]
    ]


def test_a_category_lists_its_articles_newest_first(client, portal):
    ArticlePageFactory(parent=portal.category, title="Cũ", date=datetime.date(2020, 1, 1))
    ArticlePageFactory(parent=portal.category, title="Mới", date=datetime.date(2020, 9, 30))
    ArticlePageFactory(parent=portal.category, title="Giữa", date=datetime.date(2020, 5, 1))

    response = client.get(portal.category.url)

    assert response.status_code == 200
    assert titles_in(response) == ["Mới", "Giữa", "Cũ"]


def test_long_listings_are_paginated_with_newer_and_older_links(client, portal):
    for number in range(14):
        ArticlePageFactory(
            parent=portal.category, title=f"Bài {number:02d}", date=datetime.date(2020, 1, 1 + number)
        )

    first = client.get(portal.category.url)
    second = client.get(portal.category.url + "?page=2")

    assert len(titles_in(first)) == 12 and titles_in(first)[0] == "Bài 13"
    assert 'href="?page=2" rel="next"' in first.content.decode()
    assert titles_in(second) == ["Bài 01", "Bài 00"]
    assert 'href="?page=1" rel="prev"' in second.content.decode()
    assert "Trang 2" in second.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "-3", "1.5", "9" * 40, "", "%00", "１"])
def test_a_bad_page_number_shows_the_first_page(client, portal, page):
    ArticlePageFactory(parent=portal.category, title="Bài duy nhất")

    response = client.get(portal.category.url, {"page": page})

    assert response.status_code == 200
    assert titles_in(response) == ["Bài duy nhất"]


def test_a_page_past_the_end_is_not_found(client, portal):
    ArticlePageFactory(parent=portal.category)

    response = client.get(portal.category.url + "?page=500")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_an_empty_category_says_so(client, portal):
    assert "Chưa có bài viết nào được đăng ở đây." in client.get(portal.category.url).content.decode()


def test_unpublished_articles_are_not_listed(client, portal):
    draft = ArticlePageFactory(parent=portal.category, title="Bản nháp")
    draft.unpublish()
    ArticlePageFactory(parent=portal.category, title="Đã đăng")

    assert titles_in(client.get(portal.category.url)) == ["Đã đăng"]


def test_the_news_index_lists_every_category_and_archives_by_year_and_month(client, portal):
    ArticlePageFactory(parent=portal.category, title="Tháng chín", date=datetime.date(2020, 9, 30))
    ArticlePageFactory(parent=portal.category, title="Tháng mười", date=datetime.date(2020, 10, 2))
    ArticlePageFactory(parent=portal.category, title="Năm sau", date=datetime.date(2021, 1, 5))

    assert titles_in(client.get("/tin-tuc/")) == ["Năm sau", "Tháng mười", "Tháng chín"]
    year = client.get("/tin-tuc/2020/")
    assert titles_in(year) == ["Tháng mười", "Tháng chín"]
    assert "Bài viết năm 2020" in year.content.decode()
    month = client.get("/tin-tuc/2020/09/")
    assert titles_in(month) == ["Tháng chín"]
    assert "Bài viết tháng 09/2020" in month.content.decode()
    assert '<a href="/tin-tuc/2021/">2021</a>' in year.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/tin-tuc/2020/13/",
        "/tin-tuc/2020/00/",
        "/tin-tuc/0/",
        "/tin-tuc/0/1/",
        "/tin-tuc/10000/",
        "/tin-tuc/99999999999999999999/",
        "/en/tin-tuc/0/",
        "/tin-tuc/tac-gia/khong-co/",
        "/tin-tuc/the/khong-co/",
    ],
)
def test_archives_that_do_not_exist_are_not_found(client, portal, url):
    assert client.get(url).status_code == 404


def test_a_reader_follows_an_author_and_a_tag(client, portal):
    author = AuthorFactory(name="Anh Đào", slug="anh-dao")
    ArticlePageFactory(parent=portal.category, title="Của Anh Đào", author=author, tags=["một cửa"])
    ArticlePageFactory(parent=portal.category, title="Của người khác", tags=["kinh tế"])

    by_author = client.get("/tin-tuc/tac-gia/anh-dao/")
    by_tag = client.get("/tin-tuc/the/mot-cua/")

    assert titles_in(by_author) == ["Của Anh Đào"]
    assert "Bài viết của Anh Đào" in by_author.content.decode()
    assert titles_in(by_tag) == ["Của Anh Đào"]
    assert "Bài viết về “một cửa”" in by_tag.content.decode()


@pytest.mark.parametrize(
    "url_of", [lambda p: p.category.url, lambda p: p.news_index.url, lambda p: "/tin-tuc/2020/"]
)
def test_listing_queries_do_not_grow_with_the_number_of_articles(
    client, portal, django_assert_max_num_queries, url_of
):
    for number in range(30):
        ArticlePageFactory(
            parent=portal.category,
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            tags=[f"chủ đề {number}"],
            author=AuthorFactory(),
        )
    url = url_of(portal)
    client.get(url)

    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert len(titles_in(response)) == 12


def test_an_article_moved_to_another_category_is_listed_there(client, portal):
    economy = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế", slug="kinh-te")
    article = ArticlePageFactory(parent=portal.category, title="Bài chuyển mục")

    article.move(economy, pos="last-child")

    assert titles_in(client.get(economy.url)) == ["Bài chuyển mục"]
    assert titles_in(client.get(portal.category.url)) == []


def test_a_corrected_title_shows_in_the_listing_once_republished(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Tiêu đề có lỗi chính tả")
    assert titles_in(client.get(portal.category.url)) == ["Tiêu đề có lỗi chính tả"]

    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()

    assert titles_in(client.get(portal.category.url)) == ["Tiêu đề đã sửa"]


def test_the_comment_count_on_a_card_follows_moderation(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    assert "bình luận" not in client.get(portal.category.url).content.decode()

    ArticleCommentFactory.create_batch(2, article=article, approved=True)

    assert "2 bình luận" in client.get(portal.category.url).content.decode()


def test_the_archive_lists_only_the_years_and_months_that_have_articles(
    client, portal, django_assert_max_num_queries
):
    ArticlePageFactory(parent=portal.category, date=datetime.date(2020, 9, 30))
    ArticlePageFactory(parent=portal.category, date=datetime.date(2020, 9, 2))
    ArticlePageFactory(parent=portal.category, date=datetime.date(2020, 1, 15))
    ArticlePageFactory(parent=portal.category, date=datetime.date(2025, 12, 1))

    with django_assert_max_num_queries(5):  # the newest, then one lookup per month found
        assert portal.news_index.archive_months() == [(2025, [12]), (2020, [9, 1])]
    with django_assert_max_num_queries(1):  # kept until the next publication: only the cache version is read
        portal.news_index.archive_months()
    page = client.get("/tin-tuc/").content.decode()

    aside = page.split('class="archive"', 1)[1].split("</aside>", 1)[0]
    assert '<a href="/tin-tuc/2020/9/">09/2020</a>' in aside
    assert '<a href="/tin-tuc/2025/12/">12/2025</a>' in aside
    for empty_year in range(2021, 2025):
        assert f"/tin-tuc/{empty_year}/" not in aside
    assert titles_in(client.get("/tin-tuc/2020/9/")) == titles_in(client.get("/tin-tuc/2020/09/"))


def test_a_listing_goes_from_its_title_to_the_article_titles_without_skipping_a_level(client, portal):
    ArticlePageFactory(parent=portal.category)

    for url in (portal.news_index.url, portal.category.url):
        page = client.get(url).content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", page.split("<main", 1)[1])]
        assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), (url, levels)


def test_a_page_past_the_end_takes_no_place_in_the_cache(client, portal):
    """A crawler asking for ?page=2 … ?page=10000 must not fill the cache with empty pages."""
    ArticlePageFactory(parent=portal.category, title="Bài duy nhất")
    path = portal.category.url

    assert titles_in(client.get(path)) == ["Bài duy nhất"]
    for number in (2, 500, MAX_PAGE):
        response = client.get(path, {"page": number})
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()

    kept = caches["versioned"]
    key = f"{chrome_version()}:listing:{portal.category.pk}:{path}::"
    assert kept.get(f"{key}1") is not None
    for number in (2, 500, MAX_PAGE):
        assert kept.get(f"{key}{number}") is None
