"""Authors belong to a unit's site; an article is signed by an author of its own site."""

from importlib import import_module

import pytest
from wagtail.models import Page, Revision, Site

from core.tests.admin_form import admin_form
from home.tests.factories import HomePageFactory
from news.models import ArticlePage, Author

from .factories import ArticlePageFactory, AuthorFactory, NewsCategoryPageFactory, NewsIndexPageFactory

place_authors = import_module("news.migrations.0008_author_per_site").place_authors

pytestmark = pytest.mark.django_db


def test_an_article_in_a_tree_no_site_serves_yet_is_saved_with_its_author(admin_client, portal):
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="xa-chua-mo")
    category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=home))
    author = AuthorFactory(name="Phóng viên xã chưa mở")
    add_url = f"/admin/pages/add/news/articlepage/{category.pk}/"

    response = admin_client.post(
        add_url, admin_form(admin_client, add_url, title="Tin chuẩn bị", slug="", author=author.pk)
    )

    assert response.status_code == 302
    assert ArticlePage.objects.get(title="Tin chuẩn bị").author == author


def test_an_author_who_signed_on_two_sites_before_gets_a_copy_on_the_second(portal):
    commune_home = HomePageFactory(parent=Page.get_first_root_node(), slug="xa-ben")
    commune = Site.objects.create(hostname="xa-ben.example", port=80, root_page=commune_home)
    commune_category = NewsCategoryPageFactory(parent=NewsIndexPageFactory(parent=commune_home))
    author = AuthorFactory(name="Anh Đào", slug="anh-dao", role="Phóng viên")
    own = ArticlePageFactory(parent=portal.category, author=author)
    elsewhere = ArticlePageFactory(parent=commune_category, author=author)
    for article in (own, elsewhere):
        article.save_revision().publish()

    place_authors(Author.objects.filter(pk=author.pk), ArticlePage, Revision, Site)

    copy = Author.objects.get(site=commune)
    assert (copy.name, copy.slug, copy.role) == ("Anh Đào", "anh-dao", "Phóng viên")
    assert Author.objects.get(pk=author.pk).site == portal.site
    assert ArticlePage.objects.get(pk=own.pk).author_id == author.pk
    assert ArticlePage.objects.get(pk=elsewhere.pk).author_id == copy.pk
    assert {revision.content["author"] for revision in Revision.objects.for_instance(elsewhere)} == {copy.pk}
