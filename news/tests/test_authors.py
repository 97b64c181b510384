"""Authors belong to a unit's site; an article is signed by an author of its own site."""

import pytest
from wagtail.models import Page

from core.tests.admin_form import admin_form
from home.tests.factories import HomePageFactory
from news.models import ArticlePage

from .factories import AuthorFactory, NewsCategoryPageFactory, NewsIndexPageFactory

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
