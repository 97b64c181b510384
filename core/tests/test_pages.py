"""Slugs, NFC storage, routing and privacy rules every page type shares."""

import unicodedata

import pytest
from wagtail.models import Page, PageViewRestriction

from home.tests.factories import StandardPageFactory
from news.models import ArticlePage
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_page_without_a_slug_gets_an_ascii_one_from_its_vietnamese_title(portal):
    article = ArticlePage(title="Đoàn giám sát HĐND làm việc tại xã", date=None)
    portal.category.add_child(instance=article)

    assert article.slug == "doan-giam-sat-hdnd-lam-viec-tai-xa"


def test_a_unicode_slug_from_the_admin_is_made_ascii(portal):
    article = ArticlePage(title="Một cửa", slug="một-cửa-liên-thông")
    portal.category.add_child(instance=article)

    assert article.slug == "mot-cua-lien-thong"
    assert article.url == "/tin-tuc/thoi-su-tong-hop/mot-cua-lien-thong/"


def test_text_typed_in_nfd_is_stored_in_nfc(portal):
    decomposed = unicodedata.normalize("NFD", "Bộ phận một cửa")
    article = ArticlePageFactory(
        parent=portal.category,
        title=decomposed,
        summary=decomposed,
        body=[{"type": "paragraph", "value": f"<p>{decomposed}</p>"}],
    )

    stored = ArticlePage.objects.get(pk=article.pk)
    assert stored.title == "Bộ phận một cửa"
    assert stored.summary == "Bộ phận một cửa"
    assert stored.body.raw_data[0]["value"] == "<p>Bộ phận một cửa</p>"


def test_routing_finds_pages_and_their_sub_paths(client, portal):
    article = ArticlePageFactory(parent=portal.category)

    assert client.get(article.url).status_code == 200
    assert client.get(article.url + "in/").status_code == 200
    assert client.get("/tin-tuc/2020/").status_code == 200
    assert client.get("/tin-tuc/thoi-su-tong-hop/khong-co/").status_code == 404
    assert client.get(article.url + "khong-co/").status_code == 404


def test_a_slug_used_in_another_section_does_not_confuse_routing(client, portal):
    other = NewsCategoryPageFactory(parent=portal.news_index, title="Kinh tế", slug="kinh-te")
    here = ArticlePageFactory(parent=portal.category, title="Bài ở đây", slug="cung-ten")
    ArticlePageFactory(parent=other, title="Bài ở chỗ khác", slug="cung-ten")

    response = client.get("/tin-tuc/thoi-su-tong-hop/cung-ten/")

    assert "Bài ở đây" in response.content.decode()
    assert here.url == "/tin-tuc/thoi-su-tong-hop/cung-ten/"


def test_an_unpublished_page_is_not_found(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    article.unpublish()

    assert client.get("/tin-tuc/thoi-su-tong-hop/" + article.slug + "/").status_code == 404


def test_a_private_section_is_left_out_of_listings_and_menus(client, portal):
    private = StandardPageFactory(parent=portal.home, title="Nội bộ", show_in_menus=True)
    secret = ArticlePageFactory(parent=portal.category, title="Tin nội bộ")
    PageViewRestriction.objects.create(page=Page.objects.get(pk=secret.pk), restriction_type="login")
    PageViewRestriction.objects.create(page=Page.objects.get(pk=private.pk), restriction_type="login")
    ArticlePageFactory(parent=portal.category, title="Tin công khai")

    home = client.get("/").content.decode()
    category = client.get(portal.category.url).content.decode()

    assert "Tin công khai" in home and "Tin công khai" in category
    assert "Tin nội bộ" not in home and "Tin nội bộ" not in category
    assert "Nội bộ" not in home
    assert client.get(secret.url).status_code == 302


def test_a_page_restricted_after_readers_have_seen_it_is_restricted_at_once(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    assert client.get(article.url).status_code == 200

    PageViewRestriction.objects.create(page=Page.objects.get(pk=portal.category.pk), restriction_type="login")

    assert client.get(article.url).status_code == 302


def test_a_renamed_page_answers_at_its_new_address_only(client, portal):
    article = ArticlePageFactory(parent=portal.category, slug="ten-cu")
    assert client.get("/tin-tuc/thoi-su-tong-hop/ten-cu/").status_code == 200

    article.slug = "ten-moi"
    article.save_revision().publish()

    assert client.get("/tin-tuc/thoi-su-tong-hop/ten-cu/").status_code == 404
    assert client.get("/tin-tuc/thoi-su-tong-hop/ten-moi/").status_code == 200


def test_a_deleted_page_is_gone_at_once(client, portal):
    article = ArticlePageFactory(parent=portal.category)
    url = article.url
    assert client.get(url).status_code == 200

    article.delete()

    assert client.get(url).status_code == 404


def test_a_new_home_page_for_the_site_is_served_at_once(client, portal):
    new_home = StandardPageFactory(parent=Page.objects.get(depth=1), title="Trang chủ mới")
    assert "Trang chủ mới" not in client.get("/").content.decode()

    site = portal.site
    site.root_page = new_home
    site.save()

    assert "Trang chủ mới" in client.get("/").content.decode()


def test_an_editors_preview_shows_the_draft_and_no_cached_part_of_the_published_page(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Tiêu đề đã đăng")
    client.get(article.url)

    article.title = "Tiêu đề bản nháp"
    response = article.make_preview_request()
    response.render()
    content = response.content.decode()

    assert '<span aria-current="page">Tiêu đề bản nháp</span>' in content
    assert '<span aria-current="page">Tiêu đề đã đăng</span>' not in content


def test_a_very_long_address_is_a_quiet_404(client, portal, recwarn):
    response = client.get("/tin-tuc/" + "ab/" * 120)

    assert response.status_code == 404
    assert not [warning for warning in recwarn if "Cache key" in str(warning.message)]
