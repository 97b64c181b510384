import pytest
from wagtail.models import Page

from home.models import ContactPage, HomePage, StandardPage
from news.models import ArticlePage, NewsCategoryPage, NewsIndexPage, SupervisionReportPage

pytestmark = pytest.mark.django_db


def allowed_children(page_class):
    return set(page_class.allowed_subpage_models())


def test_the_tree_goes_home_news_index_category_article():
    assert allowed_children(HomePage) >= {NewsIndexPage, StandardPage, ContactPage}
    assert allowed_children(NewsIndexPage) == {NewsCategoryPage}
    assert allowed_children(NewsCategoryPage) == {ArticlePage, SupervisionReportPage}
    assert allowed_children(ArticlePage) == set()
    assert allowed_children(SupervisionReportPage) == set()


def test_articles_live_only_in_categories(portal):
    assert ArticlePage.can_create_at(portal.category)
    assert not ArticlePage.can_create_at(portal.news_index)
    assert not ArticlePage.can_create_at(portal.home)
    assert SupervisionReportPage.can_create_at(portal.category)


def test_a_site_has_one_news_index_and_one_contact_page(portal):
    assert not NewsIndexPage.can_create_at(portal.home)
    assert ContactPage.can_create_at(portal.home)
    assert not NewsCategoryPage.can_create_at(portal.home)
    assert HomePage.can_create_at(Page.get_first_root_node())
