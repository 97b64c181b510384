"""One installation, two sites: a site's moderator lists, counts and opens only the
comments under its own site's articles, and the list costs the same whatever the number
of comments on either site (the user's sites are read once per request)."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Site

from home.tests.factories import HomePageFactory
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory, NewsIndexPageFactory

from .factories import ArticleCommentFactory
from .test_moderation_admin import LIST_URL, listed_titles, menu_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_article():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="xa-ben")
    Site.objects.create(hostname="xa-ben.example", port=80, root_page=home)
    news = NewsIndexPageFactory(parent=home)
    category = NewsCategoryPageFactory(parent=news)
    return ArticlePageFactory(parent=category, title="Tin của xã bên")


@pytest.fixture
def site_moderator(django_user_model, portal):
    """A moderator of the test portal's site only, as units.access makes them."""
    group = Group.objects.create(name="Duyệt tin – Xã Thử Nghiệm")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="moderate_comments")
    )
    GroupPagePermission.objects.create(
        group=group, page=portal.home, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user("duyet-xa", password="mat-khau-dai")
    user.groups.add(group)
    return user


def comments_on_both_sites(article, other_article, each):
    ArticleCommentFactory.create_batch(each, article=article, title="Góp ý của xã này")
    ArticleCommentFactory.create_batch(each, article=other_article, title="Góp ý của xã bên")


def test_a_site_s_moderator_lists_and_counts_only_its_own_comments(
    client, article, other_article, site_moderator
):
    comments_on_both_sites(article, other_article, 2)
    client.force_login(site_moderator)

    assert listed_titles(client.get(LIST_URL)) == ["Góp ý của xã này"] * 2
    assert menu_items(client.get("/admin/"))["comments"]["label"] == "Bình luận (2 chờ duyệt)"
    filters = client.get(LIST_URL).content.decode()
    assert "Tin của xã bên" not in filters


def test_the_moderation_list_costs_the_same_with_50_comments_on_two_sites_as_with_5(
    client, article, other_article, site_moderator, django_assert_max_num_queries
):
    comments_on_both_sites(article, other_article, 3)
    client.force_login(site_moderator)
    client.get(LIST_URL)
    with django_assert_max_num_queries(100) as captured:
        client.get(LIST_URL)
    with_few = len(captured)  # read now: the next request empties the query log

    comments_on_both_sites(article, other_article, 22)
    with django_assert_max_num_queries(with_few):
        response = client.get(LIST_URL)

    assert listed_titles(response) == ["Góp ý của xã này"] * 25


def test_a_site_s_moderator_approves_in_bulk_only_its_own_comments(
    client, article, other_article, site_moderator
):
    own = ArticleCommentFactory(article=article)
    foreign = ArticleCommentFactory(article=other_article, title="Góp ý của xã bên")
    client.force_login(site_moderator)
    url = f"/admin/bulk/comments/articlecomment/approve/?next={LIST_URL}&id={own.pk}&id={foreign.pk}"

    confirmation = client.get(url)
    client.post(url)

    assert "Góp ý của xã bên" not in confirmation.content.decode()
    own.refresh_from_db()
    foreign.refresh_from_db()
    assert own.is_public and not foreign.is_public
