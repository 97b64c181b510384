"""A resident searches from any page and reads the results."""

import datetime
import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.tests.factories import StandardPageFactory
from news.tests.factories import ArticlePageFactory

from .conftest import article

pytestmark = pytest.mark.django_db

URL = "/tim-kiem/"
# Promotions, site, results (one query per tier read: at most 12), pages; on PostgreSQL the
# planner settings and, in tests, a savepoint.
MAX_QUERIES = 20


def result_titles(content):
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<h3 class="search-result__title"><a href="[^"]*">(.*?)</a></h3>', content)
    ]


def test_every_page_has_a_search_box_that_works_without_javascript(client, archive):
    article_url = archive.portal.category.get_children().first().url
    for url in ("/", "/tin-tuc/", article_url, URL):
        content = client.get(url).content.decode()
        form = re.search(
            r'<form class="site-search" role="search" aria-label="Tìm kiếm trên cổng thông tin" method="get"'
            r' action="/tim-kiem/">(.*?)</form>',
            content,
            re.S,
        )
        assert form, url
        assert (
            '<label class="visually-hidden" for="site-search-q">Tìm kiếm trên cổng thông tin</label>'
            in form[1]
        )
        assert 'id="site-search-q" type="search" name="q"' in form[1]
        assert '<button class="site-search__button" type="submit">Tìm kiếm</button>' in form[1]


def test_results_show_kind_date_and_a_snippet_with_the_words_marked(client, archive):
    content = client.get(URL, {"q": "dia chinh"}).content.decode()

    assert "<h1>Kết quả tìm kiếm cho “dia chinh”</h1>" in content
    assert result_titles(content)[0] == "Hội nghị tổng kết công tác năm"
    # "chỉnh" folds to "chinh" too: every word the reader may have meant is marked.
    assert "cho 120 hộ và <mark>chỉnh</mark> lý bản đồ <mark>địa</mark> <mark>chính</mark>." in content
    assert "Lao động TB&amp;XH, <mark>Địa</mark> <mark>chính</mark>, Xây dựng" in content
    assert "Tin tức</span>" in content
    assert 'Ngày đăng <time datetime="2021-07-01">01/07/2021</time>' in content
    assert '<meta name="robots" content="noindex">' in content


def test_a_search_with_diacritics_marks_the_words_as_typed(client, archive):
    ArticlePageFactory(parent=archive.portal.category, title="Cho thuê đất và thu thuế đất", body=[])

    content = client.get(URL, {"q": "thuê đất"}).content.decode()

    assert "Cho <mark>thuê</mark> <mark>đất</mark> và thu thuế <mark>đất</mark>" in content
    assert "Gia hạn nộp tiền <mark>thuê</mark> <mark>đất</mark> năm 2020" in content
    # This one holds "thuế", not "thuê": it is found (after the others), its folded words marked.
    assert "Hướng dẫn kê khai <mark>thuế</mark> <mark>đất</mark> phi nông nghiệp" in content


def test_titles_and_snippets_are_escaped(client, portal):
    ArticlePageFactory(
        parent=portal.category,
        title="<script>alert(1)</script> Thông báo",
        body=[{"type": "paragraph", "value": "<p>Thông báo &lt;b&gt;quan trọng&lt;/b&gt; &amp; khẩn</p>"}],
    )

    content = client.get(URL, {"q": "thong bao"}).content.decode()

    assert "<script>alert(1)" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Thông</mark> <mark>báo</mark>" in content
    assert "&lt;b&gt;quan trọng&lt;/b&gt; &amp; khẩn" in content


def test_a_procedure_shows_its_code_and_links_to_its_page(client, archive):
    content = client.get(URL, {"q": "1.001193"}).content.decode()

    assert '<a href="/thu-tuc-hanh-chinh/1-001193/"><mark>Đăng</mark>' not in content
    assert '<a href="/thu-tuc-hanh-chinh/1-001193/">Đăng ký khai sinh</a>' in content
    assert "Thủ tục hành chính</span>" in content
    assert "Mã 1.001193" in content


def test_results_can_be_narrowed_to_one_kind(client, archive):
    everything = client.get(URL, {"q": "dang ky"}).content.decode()
    procedures = client.get(URL, {"q": "dang ky", "kind": "thu-tuc"}).content.decode()
    pages = client.get(URL, {"q": "dang ky", "kind": "trang"}).content.decode()

    assert set(result_titles(everything)) == {
        "Đăng ký khai sinh",
        "Đăng ký khai sinh trực tuyến qua Cổng dịch vụ công",
        "Giới thiệu",
    }
    assert result_titles(procedures) == ["Đăng ký khai sinh"]
    assert result_titles(pages) == ["Giới thiệu"]
    assert '<li><span aria-current="page">Thủ tục hành chính</span></li>' in procedures
    assert '<a href="?q=dang+ky&amp;kind=tin-tuc">Tin tức</a>' in procedures
    assert '<a href="?q=dang+ky">Tất cả</a>' in procedures
    assert '<input type="hidden" name="kind" value="thu-tuc">' in procedures


def test_nothing_found_gives_help_and_a_way_out_of_the_kind(client, archive):
    content = client.get(URL, {"q": "thuê đất", "kind": "thu-tuc"}).content.decode()

    assert "Không tìm thấy kết quả nào cho “thuê đất”." in content
    assert "gõ các từ không dấu" in content
    assert '<a href="?q=thu%C3%AA+%C4%91%E1%BA%A5t">Tìm trong mọi loại kết quả</a>' in content


def test_long_result_lists_are_paginated_keeping_the_search(client, portal):
    for day in range(1, 24):
        article(portal.category, f"Thông báo số {day}", datetime.date(2021, 1, day))

    first = client.get(URL, {"q": "thong bao"}).content.decode()
    third = client.get(URL, {"q": "thong bao", "page": 3}).content.decode()

    assert result_titles(first)[:2] == ["Thông báo số 23", "Thông báo số 22"]
    assert len(result_titles(first)) == 10
    assert '<a href="?q=thong+bao&amp;page=2" rel="next">' in first
    assert result_titles(third) == ["Thông báo số 3", "Thông báo số 2", "Thông báo số 1"]
    assert '<ol class="search-results" start="21">' in third
    assert '<a href="?q=thong+bao&amp;page=2" rel="prev">' in third
    assert 'rel="next"' not in third


def test_an_editor_pins_a_page_for_a_search_whatever_the_diacritics(client, archive):
    about = archive.portal.home.get_children().get(title="Giới thiệu")
    SearchPromotion.objects.create(
        query=Query.get("Một cửa"), page=about, description="Giờ làm việc của bộ phận một cửa."
    )
    SearchPromotion.objects.create(
        query=Query.get("một cửa"),
        external_link_url="https://dichvucong.gov.vn/",
        external_link_text="Cổng DVC",
    )

    for typed in ("mot cua", "MỘT CỬA", "một   cửa"):
        content = client.get(URL, {"q": typed}).content.decode()
        pinned = content.split('<section class="search-pinned"', 1)[1].split("</section>", 1)[0]
        assert f'<a href="{about.url}">Giới thiệu</a><p>Giờ làm việc của bộ phận một cửa.</p>' in pinned
        assert '<a href="https://dichvucong.gov.vn/">Cổng DVC</a>' in pinned
        # Shown once: the pinned page leaves the ranked list.
        assert "Giới thiệu" not in result_titles(content)


def test_a_pinned_page_that_is_unpublished_is_not_shown(client, archive):
    page = StandardPageFactory(parent=archive.portal.home, title="Trang cũ")
    SearchPromotion.objects.create(query=Query.get("mot cua"), page=page)
    page.unpublish()

    content = client.get(URL, {"q": "mot cua"}).content.decode()
    assert "Kết quả tìm kiếm cho “mot cua”" in content
    assert "search-pinned" not in content


def test_search_works_in_english_too(client, archive):
    content = client.get("/en/tim-kiem/", {"q": "mot cua"}).content.decode()

    assert "Search results for “mot cua”" in content
    assert 'href="/en/tin-tuc/thoi-su-tong-hop/' in content


def test_the_search_page_costs_no_more_queries_for_more_results(
    client, portal, django_assert_max_num_queries
):
    article(portal.category, "Thông báo riêng", datetime.date(2021, 1, 1))
    client.get(URL, {"q": "thong bao"})  # the menu and unit settings are cached by the first page
    with django_assert_max_num_queries(MAX_QUERIES) as one:
        client.get(URL, {"q": "thong bao"})

    for day in range(1, 15):
        article(portal.category, f"Thông báo số {day}", datetime.date(2021, 2, day))
    client.get(URL, {"q": "thong bao"})
    with django_assert_max_num_queries(MAX_QUERIES) as many:
        content = client.get(URL, {"q": "thong bao"}).content.decode()

    assert len(result_titles(content)) == 10
    assert len(many.captured_queries) <= len(one.captured_queries)
