"""Editors moderate comments in the Wagtail admin: 'Bình luận' with the pending count, a
filtered list, bulk approve/reject/delete, an official answer; only with the permission."""

import json
import re

import pytest
from django.contrib.auth.models import Group

from comments.models import ArticleComment
from core.models import ScopedLogEntry
from news.tests.factories import ArticlePageFactory

from .factories import ArticleCommentFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/comments/articlecomment/"


def bulk_url(action, comments):
    ids = "&".join(f"id={comment.pk}" for comment in comments)
    return f"/admin/bulk/comments/articlecomment/{action}/?next={LIST_URL}&{ids}"


def menu_items(response):
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
    )
    modules = json.loads(props[1])["modules"]
    main_menu = next(module for module in modules if module["_type"] == "wagtail.sidebar.MainMenuModule")
    return {item["_args"][0]["name"]: item["_args"][0] for item in main_menu["_args"][0]}


def listed_titles(response):
    return re.findall(r'<span id="snippet_\d+_title">(.+?)</span>', response.content.decode())


def test_the_approvers_group_may_moderate_comments():
    approvers = Group.objects.get(name="Duyệt tin")

    assert approvers.permissions.filter(
        content_type__app_label="comments", codename="moderate_comments"
    ).exists()


def test_a_moderator_sees_binh_luan_in_the_menu_with_the_pending_count(client, article, moderator):
    ArticleCommentFactory.create_batch(2, article=article)
    ArticleCommentFactory(article=article, approved=True)
    client.force_login(moderator)

    item = menu_items(client.get("/admin/"))["comments"]

    assert item["label"] == "Bình luận (2 chờ duyệt)"
    assert item["url"] == f"{LIST_URL}?state=pending"


def test_with_nothing_pending_the_menu_just_says_binh_luan(client, moderator):
    client.force_login(moderator)

    assert menu_items(client.get("/admin/"))["comments"]["label"] == "Bình luận"


def test_a_writer_without_the_permission_sees_no_comments(client, article, writer):
    comment = ArticleCommentFactory(article=article)
    client.force_login(writer)

    assert "comments" not in menu_items(client.get("/admin/"))
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(f"{LIST_URL}edit/{comment.pk}/").status_code in (302, 403)
    client.post(bulk_url("approve", [comment]))
    client.post(bulk_url("delete", [comment]))
    comment.refresh_from_db()
    assert not comment.is_public


def test_nobody_writes_a_comment_in_the_admin(client, admin_user):
    client.force_login(admin_user)

    assert client.get(f"{LIST_URL}add/").status_code in (302, 403)
    assert f'href="{LIST_URL}add/"' not in client.get(LIST_URL).content.decode()


def test_the_list_filters_by_state(client, article, moderator):
    ArticleCommentFactory(article=article, title="Chờ")
    ArticleCommentFactory(article=article, title="Duyệt", approved=True)
    ArticleCommentFactory(article=article, title="Loại", rejected=True)
    client.force_login(moderator)

    assert listed_titles(client.get(LIST_URL, {"state": "pending"})) == ["Chờ"]
    assert listed_titles(client.get(LIST_URL, {"state": "approved"})) == ["Duyệt"]
    assert listed_titles(client.get(LIST_URL, {"state": "rejected"})) == ["Loại"]
    assert sorted(listed_titles(client.get(LIST_URL))) == ["Chờ", "Duyệt", "Loại"]


def test_the_list_filters_by_article_and_date_and_searches(client, portal, article, moderator):
    other = ArticlePageFactory(parent=portal.category)
    ArticleCommentFactory(article=article, title="Về bài giám sát", comment="Một cửa liên thông")
    old = ArticleCommentFactory(article=other, title="Bài khác cũ")
    ArticleComment.objects.filter(pk=old.pk).update(submit_date="2020-10-01T08:00:00+07:00")
    client.force_login(moderator)

    assert listed_titles(client.get(LIST_URL, {"article": article.pk})) == ["Về bài giám sát"]
    dated = client.get(LIST_URL, {"submit_date_from": "2020-09-30", "submit_date_to": "2020-10-02"})
    assert listed_titles(dated) == ["Bài khác cũ"]
    assert listed_titles(client.get(LIST_URL, {"q": "liên thông"})) == ["Về bài giám sát"]


def test_a_moderator_approves_several_comments_at_once(client, article, moderator):
    chosen = ArticleCommentFactory.create_batch(2, article=article)
    left = ArticleCommentFactory(article=article)
    assert 'class="comment"' not in client.get(article.url).content.decode()
    client.force_login(moderator)

    confirmation = client.get(bulk_url("approve", chosen))
    response = client.post(bulk_url("approve", chosen), follow=True)

    assert "Đăng các bình luận này dưới bài viết tương ứng?" in confirmation.content.decode()
    assert "Đã duyệt 2 bình luận." in response.content.decode()
    assert set(ArticleComment.objects.approved()) == set(chosen)
    left.refresh_from_db()
    assert not left.is_public
    assert ScopedLogEntry.objects.filter(action="comments.approve", user=moderator).count() == 2
    assert client.get(article.url).content.decode().count('class="comment"') == 2


def test_a_moderator_rejects_a_published_comment(client, article, moderator):
    published = ArticleCommentFactory(article=article, approved=True, title="Gỡ xuống")
    assert "Gỡ xuống" in client.get(article.url).content.decode()
    client.force_login(moderator)

    client.post(bulk_url("reject", [published]))

    published.refresh_from_db()
    assert published.is_removed and not published.is_public
    assert "Gỡ xuống" not in client.get(article.url).content.decode()


def test_a_moderator_deletes_comments_in_bulk(client, article, moderator):
    spam = ArticleCommentFactory.create_batch(3, article=article, approved=True, title="Quảng cáo")
    assert "Quảng cáo" in client.get(article.url).content.decode()
    client.force_login(moderator)

    client.post(bulk_url("delete", spam))

    assert not ArticleComment.objects.exists()
    assert "Quảng cáo" not in client.get(article.url).content.decode()


def test_a_moderator_approves_and_answers_in_the_edit_form(client, article, moderator):
    comment = ArticleCommentFactory(article=article, title="Hỏi giờ làm việc")
    assert "Hỏi giờ làm việc" not in client.get(article.url).content.decode()
    client.force_login(moderator)

    response = client.post(
        f"{LIST_URL}edit/{comment.pk}/",
        {"state": "approved", "answer": "Bộ phận một cửa làm việc sáng thứ Bảy."},
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_public and not comment.is_removed
    assert comment.answered_by == moderator and comment.answered_at
    page = client.get(article.url).content.decode()
    assert "Bộ phận một cửa làm việc sáng thứ Bảy." in page
    assert "Trả lời của Xã Thử Nghiệm" in page


def test_the_edit_form_cannot_change_what_the_resident_wrote(client, article, moderator):
    comment = ArticleCommentFactory(article=article, title="Nguyên văn", comment="Lời người dân.")
    client.force_login(moderator)

    client.post(
        f"{LIST_URL}edit/{comment.pk}/",
        {"state": "pending", "answer": "", "title": "Sửa", "comment": "Sửa", "user_email": "x@example.com"},
    )

    comment.refresh_from_db()
    assert (comment.title, comment.comment) == ("Nguyên văn", "Lời người dân.")
    assert comment.answered_by is None


def test_approving_one_comment_publishes_no_other(client, portal, article, moderator):
    """The library republishes a parent's replies when it is saved; there are no replies here."""
    approved = ArticleCommentFactory(article=article)
    others = ArticleCommentFactory.create_batch(3, article=article)
    client.force_login(moderator)

    client.post(f"{LIST_URL}edit/{approved.pk}/", {"state": "approved", "answer": ""})

    assert list(ArticleComment.objects.approved()) == [approved]
    assert not ArticleComment.objects.filter(pk__in=[c.pk for c in others], is_public=True).exists()


def test_the_list_costs_the_same_with_many_comments(
    client, article, moderator, django_assert_max_num_queries
):
    ArticleCommentFactory(article=article)
    client.force_login(moderator)
    client.get(LIST_URL)
    with django_assert_max_num_queries(100) as captured:
        client.get(LIST_URL)
    one_comment = len(captured)  # read now: the next request empties the query log

    ArticleCommentFactory.create_batch(30, article=article)
    with django_assert_max_num_queries(one_comment):
        response = client.get(LIST_URL)

    assert len(listed_titles(response)) == 31
