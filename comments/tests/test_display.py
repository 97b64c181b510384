"""Readers see approved comments under the article and their count on listings."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.utils import timezone

from comments.models import ArticleComment
from core.cache import versions_read_once
from core.context_processors import CacheScope
from core.models import UnitSettings
from news.tests.factories import ArticlePageFactory

from .factories import ArticleCommentFactory

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">bấm</a>',
]


def section(response):
    return response.content.decode().split('id="binh-luan"', 1)[1]


def test_approved_comments_show_oldest_first_with_title_name_and_date(client, article):
    now = timezone.now()
    ArticleCommentFactory(article=article, approved=True, title="Thứ hai", submit_date=now)
    ArticleCommentFactory(
        article=article,
        approved=True,
        title="Thứ nhất",
        user_name="Lê Văn Cường",
        submit_date=timezone.make_aware(datetime.datetime(2020, 9, 30, 9, 5)),
    )

    html = section(client.get(article.url))

    assert '<h2 id="binh-luan-heading">Bình luận (2)</h2>' in html
    assert html.index("Thứ nhất") < html.index("Thứ hai")
    assert "Lê Văn Cường" in html
    assert "30/09/2020 09:05" in html


def test_pending_and_rejected_comments_are_not_shown(client, article):
    ArticleCommentFactory(article=article, title="Đang chờ")
    ArticleCommentFactory(article=article, title="Bị từ chối", rejected=True)

    html = section(client.get(article.url))

    assert "Đang chờ" not in html and "Bị từ chối" not in html
    assert "Chưa có bình luận nào được đăng." in html


def test_line_breaks_are_kept_in_plain_text(client, article):
    ArticleCommentFactory(article=article, approved=True, comment="Dòng một\nDòng hai\n\nĐoạn mới")

    html = section(client.get(article.url))

    assert "<p>Dòng một<br>Dòng hai</p>\n\n<p>Đoạn mới</p>" in html


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_sent_by_a_resident_is_shown_escaped(client, article, payload):
    ArticleCommentFactory(article=article, approved=True, title=payload, user_name=payload, comment=payload)
    ArticleComment.objects.update(answer=payload)

    html = section(client.get(article.url))

    assert payload not in html
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg" not in html
    assert "&lt;" in html


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markup_is_escaped_when_the_form_comes_back_with_an_error(article, send_comment, payload):
    response = send_comment(article, title="", name=payload, comment=payload)

    html = section(response)
    assert response.status_code == 400
    assert payload not in html
    assert "&lt;" in html


def test_the_official_answer_shows_under_the_comment_in_the_name_of_the_unit(client, article):
    comment = ArticleCommentFactory(article=article, approved=True, title="Hỏi giờ làm việc")
    comment.answer = "Bộ phận một cửa làm việc sáng thứ Bảy.\nTrân trọng."
    comment.answered_at = timezone.make_aware(datetime.datetime(2020, 10, 2, 8, 0))
    comment.save()

    html = section(client.get(article.url))

    assert html.index("Hỏi giờ làm việc") < html.index("Trả lời của Xã Thử Nghiệm")
    assert "02/10/2020" in html
    assert "Bộ phận một cửa làm việc sáng thứ Bảy.<br>Trân trọng." in html


def test_the_email_address_is_never_on_a_public_page(client, portal, article):
    ArticleCommentFactory(article=article, approved=True, user_email="bi.mat@example.com")
    ArticleCommentFactory(article=article, user_email="cho.duyet@example.com")
    ArticleComment.objects.filter(is_public=True).update(answer="Cảm ơn.")

    pages = [
        article.url,
        portal.category.url,
        portal.news_index.url,
        portal.home.url,
        "/rss.xml",
        "/atom.xml",
    ]
    pages += [f"{portal.category.url}rss/", f"/en{article.url}", "/sitemap.xml"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert "bi.mat@example.com" not in content, url
        assert "cho.duyet@example.com" not in content, url
    assert "Cảm ơn." in client.get(article.url).content.decode(), "the approved comment and its answer show"


def test_listings_show_the_count_of_approved_comments(client, portal, article):
    quiet = ArticlePageFactory(parent=portal.category, title="Bài không ai bình luận")
    ArticleCommentFactory.create_batch(2, article=article, approved=True)
    ArticleCommentFactory(article=article)  # pending: not counted
    ArticleCommentFactory(article=article, rejected=True)

    html = client.get(portal.category.url).content.decode()

    card = html.split(article.title, 1)[1].split("</article>", 1)[0]
    assert f'<a href="{article.url}#binh-luan">2 bình luận</a>' in card
    quiet_card = html.split(quiet.title, 1)[1].split("</article>", 1)[0]
    assert "bình luận" not in quiet_card


def test_the_count_on_listings_costs_no_query_per_article(client, portal, django_assert_max_num_queries):
    first = ArticlePageFactory(parent=portal.category)
    ArticleCommentFactory(article=first, approved=True)
    client.get(portal.category.url)
    with django_assert_max_num_queries(50) as captured:
        client.get(portal.category.url)
    one_article = len(captured)

    for _ in range(10):
        ArticleCommentFactory.create_batch(
            2, article=ArticlePageFactory(parent=portal.category), approved=True
        )
    client.get(portal.category.url)  # publishing renews the cached menu: warm it again
    with django_assert_max_num_queries(one_article) as eleven_articles:
        html = client.get(portal.category.url).content.decode()

    assert html.count("2 bình luận") == 10
    assert len(eleven_articles) == one_article


def test_the_comment_section_costs_the_same_however_many_comments(
    client, article, django_assert_num_queries, django_assert_max_num_queries
):
    with django_assert_max_num_queries(100) as cold:
        client.get(article.url)
    with django_assert_max_num_queries(100) as captured:
        client.get(article.url)
    without_comments = len(captured)
    ArticleCommentFactory.create_batch(20, article=article, approved=True)
    ArticleComment.objects.update(
        answer="Trả lời.", answered_by=get_user_model().objects.create(username="x")
    )

    # A moderation renews what the page caches: it is built once more, with the list.
    with django_assert_max_num_queries(len(cold) + 1):
        html = client.get(article.url).content.decode()
    with django_assert_num_queries(without_comments):
        assert client.get(article.url).content.decode() == html

    assert html.count('class="comment"') == 20


def test_the_comment_section_itself_is_one_query(rf, article, django_assert_num_queries):
    request = rf.get(article.url)
    ArticleCommentFactory.create_batch(5, article=article, approved=True)
    template = Template("{% load article_comments %}{% comment_section %}")
    with versions_read_once():
        # The page header has read the unit settings and the cache version already.
        UnitSettings.for_request(request)
        str(CacheScope(request))

        with django_assert_num_queries(2):  # the comment list's version, the comments
            template.render(Context({"page": article, "request": request}))


def test_an_article_with_comments_and_answers_stays_within_the_page_budget(
    client, portal, article, django_assert_max_num_queries
):
    ArticlePageFactory.create_batch(4, parent=portal.category)  # related articles, with their counts
    ArticleCommentFactory.create_batch(10, article=article, approved=True)
    ArticleComment.objects.update(answer="Trả lời.")
    client.get(article.url)  # the header's menu and unit settings come from the cache

    with django_assert_max_num_queries(12):
        html = client.get(article.url).content.decode()

    assert html.count('class="comment"') == 10


def test_times_are_machine_readable_to_the_second_without_microseconds(client, article):
    moment = timezone.make_aware(datetime.datetime(2026, 12, 2, 2, 5, 47, 63954))
    comment = ArticleCommentFactory(article=article, approved=True, submit_date=moment)
    comment.answer = "Đã tiếp nhận."
    comment.answered_at = moment
    comment.save()

    html = section(client.get(article.url))

    assert html.count('<time datetime="2026-12-02T02:05:47+0700">') == 2
    assert ".063954" not in html
