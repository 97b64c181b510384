"""A resident comments on an article: what they see, what is kept, what is refused."""

import re
import time
from unittest import mock

import pytest
from django.test import Client, override_settings
from django_comments_xtd.moderation import moderator
from wagtail.models import PageViewRestriction

from comments.models import ArticleComment
from comments.moderation import ArticleCommentModerator
from news.models import ArticlePage, SupervisionReportPage
from news.tests.factories import ArticlePageFactory, SupervisionReportPageFactory

from .conftest import RESIDENT, form_data

pytestmark = pytest.mark.django_db


def page_text(response):
    return response.content.decode()


def test_the_form_has_the_four_required_fields_of_the_seed_page_and_a_privacy_notice(client, article):
    response = client.get(article.url)

    content = page_text(response)
    for label in ("Tiêu đề", "Người gửi", "Email", "Nội dung bình luận"):
        assert f'{label} <span class="field__required" aria-hidden="true">*</span></label>' in content
    assert content.count(" required ") + content.count(" required>") == 4
    assert (
        "Địa chỉ email của bạn chỉ dùng để liên hệ với bạn về bình luận này và không bao giờ được công bố"
        in content
    )
    assert "Địa chỉ IP của bạn được lưu 30 ngày" in content
    assert 'name="url"' not in content  # the commenter's website is not asked for
    assert "gravatar" not in content.lower()


def test_a_resident_is_told_the_comment_awaits_moderation_and_it_does_not_appear(
    client, article, send_comment
):
    response = send_comment(article)

    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?binh-luan=cho-duyet#binh-luan-thong-bao"
    page = page_text(client.get(response["Location"]))
    assert "Bình luận đang chờ duyệt và sẽ được đăng dưới bài viết sau khi Ban biên tập duyệt." in page
    assert RESIDENT["title"] not in page
    comment = ArticleComment.objects.get()
    assert (comment.title, comment.user_name, comment.user_email) == (
        RESIDENT["title"],
        RESIDENT["name"],
        RESIDENT["email"],
    )
    assert comment.comment == RESIDENT["comment"]
    assert comment.article_id == article.pk
    assert not comment.is_public
    assert comment.ip_address == "127.0.0.1"


def test_a_supervision_report_takes_comments_too(client, portal, send_comment):
    report = SupervisionReportPageFactory(parent=portal.category)

    response = send_comment(report)

    assert response.status_code == 303
    assert ArticleComment.objects.get().article_id == report.pk
    assert not ArticleComment.objects.get().is_public


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("title", "Vui lòng nhập tiêu đề."),
        ("name", "Vui lòng nhập tên người gửi."),
        ("email", "Vui lòng nhập địa chỉ email."),
        ("comment", "Vui lòng nhập nội dung bình luận."),
    ],
)
@pytest.mark.parametrize("blank", ["", "   \n  "])
def test_each_missing_field_is_named_in_vietnamese_and_the_typed_text_is_kept(
    article, send_comment, field, message, blank
):
    response = send_comment(article, **{field: blank})

    content = page_text(response)
    assert response.status_code == 400
    assert "Bình luận chưa được gửi: vui lòng sửa các ô được đánh dấu bên dưới." in content
    assert message in content
    assert f'id="id_{field}_error"' in content
    assert 'aria-invalid="true"' in content
    for other, value in RESIDENT.items():
        if other != field:
            assert value in content
    assert not ArticleComment.objects.exists()


def test_a_field_left_out_of_the_post_altogether_is_a_400_not_a_500(article, send_comment):
    data = form_data(article)
    del data["comment"]

    response = send_comment(article, data=data)

    assert response.status_code == 400
    assert "Vui lòng nhập nội dung bình luận." in page_text(response)


@pytest.mark.parametrize(
    ("field", "length", "message"),
    [
        ("title", 151, "Tiêu đề chỉ được dài tối đa 150 ký tự (hiện có 151)."),
        ("name", 51, "Tên người gửi chỉ được dài tối đa 50 ký tự (hiện có 51)."),
        ("comment", 3001, "Nội dung bình luận chỉ được dài tối đa 3000 ký tự (hiện có 3001)."),
    ],
)
def test_too_long_fields_are_refused_with_their_limit(article, send_comment, field, length, message):
    response = send_comment(article, **{field: "ạ" * length})

    assert response.status_code == 400
    assert message in page_text(response)
    assert not ArticleComment.objects.exists()


def test_length_is_counted_on_composed_vietnamese_letters(article, send_comment):
    decomposed = "a\u0323" * 150  # "ạ" typed as a + combining dot: 300 code points, 150 letters

    response = send_comment(article, title=decomposed)

    assert response.status_code == 303
    assert ArticleComment.objects.get().title == "ạ" * 150


@pytest.mark.parametrize("email", ["an.nguyen", "an@", "an nguyen@example.com", "@example.com"])
def test_an_invalid_email_is_refused(article, send_comment, email):
    response = send_comment(article, email=email)

    assert response.status_code == 400
    assert "Địa chỉ email không hợp lệ; vui lòng nhập đúng dạng, ví dụ ten@example.com." in page_text(
        response
    )


def test_more_than_two_links_are_refused(article, send_comment):
    text = "Xem http://a.example, https://b.example và www.c.example"

    response = send_comment(article, comment=text)

    assert response.status_code == 400
    assert "Bình luận chỉ được chứa tối đa 2 đường dẫn (link)." in page_text(response)
    assert not ArticleComment.objects.exists()


def test_two_links_are_accepted(article, send_comment):
    response = send_comment(article, comment="Xem http://a.example và https://b.example")

    assert response.status_code == 303


@pytest.mark.parametrize("field", ["title", "name", "email", "comment"])
def test_a_null_character_is_a_clear_400(article, send_comment, field):
    response = send_comment(article, **{field: "Xin\x00chào"})

    assert response.status_code == 400
    assert "Nội dung chứa ký tự không được phép (NUL): vui lòng xoá ký tự đó." in page_text(response)
    assert not ArticleComment.objects.exists()


def test_a_line_break_cannot_slip_into_a_title_or_name(article, send_comment):
    send_comment(article, title="Góp ý\r\nBcc: x@example.com", name="An\nNguyễn")

    comment = ArticleComment.objects.get()
    assert comment.title == "Góp ý Bcc: x@example.com"
    assert comment.user_name == "An Nguyễn"


def test_the_honeypot_filled_in_saves_nothing(article, send_comment):
    response = send_comment(article, honeypot="http://spam.example")

    assert response.status_code == 400
    assert "Bình luận bị nhận diện là thư rác tự động nên chưa được gửi." in page_text(response)
    assert RESIDENT["comment"] in page_text(response)  # a person can send it again
    assert not ArticleComment.objects.exists()


def test_the_same_comment_sent_twice_is_kept_once(client, article, send_comment):
    send_comment(article)
    response = send_comment(article, email=RESIDENT["email"].upper(), comment=RESIDENT["comment"] + "  ")

    assert response.status_code == 303
    assert "binh-luan=da-gui" in response["Location"]
    assert ArticleComment.objects.count() == 1
    page = page_text(client.get(response["Location"]))
    assert "Bình luận này đã được gửi trước đó nên không gửi lại lần nữa." in page


def test_comments_are_closed_when_the_article_says_so(client, portal, send_comment):
    closed = ArticlePageFactory(parent=portal.category, allow_comments=False)

    page = page_text(client.get(closed.url))
    response = send_comment(closed)

    assert "Bài viết này không nhận bình luận." in page
    # The comments' section, up to the page's own “Was this page useful?” (participation).
    comments_section = page.split('id="binh-luan"')[1].split('id="phan-hoi-trang"')[0]
    assert "<form" not in comments_section
    assert response.status_code == 403
    assert "Bài viết này không nhận bình luận." in page_text(response)
    assert not ArticleComment.objects.exists()


def test_an_unpublished_or_missing_article_takes_no_comment(article, send_comment):
    data = form_data(article)
    article.unpublish()

    assert send_comment(article, data=data).status_code == 404
    assert Client().post("/binh-luan/999999/gui/", data).status_code == 404
    assert not ArticleComment.objects.exists()


def test_a_private_article_takes_no_comment(article, send_comment):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="bi-mat")

    assert send_comment(article).status_code == 404
    assert not ArticleComment.objects.exists()


def test_opening_the_comment_address_leads_to_the_form_on_the_article(client, article):
    response = client.get(f"/binh-luan/{article.pk}/gui/")

    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#binh-luan-form"
    assert client.put(f"/binh-luan/{article.pk}/gui/").status_code == 405


def test_a_form_made_for_one_article_cannot_post_to_another(portal, article, send_comment):
    other = ArticlePageFactory(parent=portal.category)

    response = send_comment(other, data=form_data(article))

    assert response.status_code == 400
    assert "Biểu mẫu đã cũ. Nội dung bạn nhập vẫn được giữ bên dưới" in page_text(response)
    assert RESIDENT["comment"] in page_text(response)
    assert not ArticleComment.objects.exists()


def test_a_tampered_form_keeps_the_text_and_asks_to_send_again(article, send_comment):
    response = send_comment(article, security_hash="0" * 40)

    content = page_text(response)
    assert response.status_code == 400
    assert "Biểu mẫu đã cũ." in content
    assert RESIDENT["title"] in content and RESIDENT["email"] in content
    assert not ArticleComment.objects.exists()


def test_a_post_forged_by_another_website_is_refused(article, send_comment):
    forged = Client(HTTP_ORIGIN="https://ke-xau.example", HTTP_SEC_FETCH_SITE="cross-site")

    response = send_comment(article, http_client=forged)

    assert response.status_code == 403
    assert "Không thể gửi bình luận từ một trang web khác." in page_text(response)
    assert not ArticleComment.objects.exists()


def test_a_post_from_the_page_itself_passes_the_origin_check(article, send_comment):
    browser = Client(HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin")

    assert send_comment(article, http_client=browser).status_code == 303


def test_a_form_from_a_page_cached_for_days_still_works_without_any_cookie(client, article, send_comment):
    """The caching contract: the page holds no CSRF token and its form timestamp may be
    old; a fresh browser (no cookie at all) posting it days later is still heard."""
    three_days_ago = time.time() - 3 * 24 * 3600
    with mock.patch("django_comments.forms.time.time", return_value=three_days_ago):
        cached_page = client.get(article.url)
    assert "csrfmiddlewaretoken" not in page_text(cached_page)
    assert "csrftoken" not in cached_page.cookies
    data = form_data(article)
    data["timestamp"] = str(int(three_days_ago))
    data["security_hash"] = re.search(r'name="security_hash" value="(\w+)"', page_text(cached_page))[1]

    response = send_comment(article, http_client=Client(enforce_csrf_checks=True), data=data)

    assert response.status_code == 303
    assert ArticleComment.objects.count() == 1


@override_settings(COMMENTS_RATE_LIMIT=5, COMMENTS_RATE_PERIOD=600)
def test_a_sixth_comment_within_ten_minutes_gets_a_vietnamese_429(article, send_comment):
    for number in range(5):
        assert send_comment(article, comment=f"Góp ý thứ {number}").status_code == 303

    response = send_comment(article, comment="Góp ý thứ sáu")

    content = page_text(response)
    assert response.status_code == 429
    # Until the first of the five leaves the ten minutes: sent a moment ago.
    assert 570 <= int(response["Retry-After"]) <= 600
    assert "Bạn đã gửi quá nhiều bình luận trong thời gian ngắn." in content
    assert "vui lòng gửi lại sau 10 phút" in content
    assert "Góp ý thứ sáu" in content
    assert ArticleComment.objects.count() == 5


@override_settings(COMMENTS_RATE_LIMIT=1, COMMENTS_RATE_PERIOD=60)
def test_the_rate_limit_is_per_address_and_configurable(article, send_comment):
    assert send_comment(article, comment="Một").status_code == 303
    assert send_comment(article, comment="Hai").status_code == 429

    neighbour = Client(REMOTE_ADDR="198.51.100.7")
    assert send_comment(article, http_client=neighbour, comment="Ba").status_code == 303


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_the_resident_address_comes_from_x_forwarded_for(article, send_comment):
    behind_proxy = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5, 10.0.0.9")

    send_comment(article, http_client=behind_proxy)

    # 6.6.6.6 was written by the client itself; 10.0.0.9 is a trusted hop.
    assert ArticleComment.objects.get().ip_address == "203.0.113.5"


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(article, send_comment):
    spoofing = Client(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.5")

    send_comment(article, http_client=spoofing)

    assert ArticleComment.objects.get().ip_address == "198.51.100.7"


def test_the_english_page_speaks_english(client, article, send_comment):
    page = page_text(client.get(f"/en{article.url}"))
    response = client.post(f"/en/binh-luan/{article.pk}/gui/", form_data(article, title=""))

    assert "Comment text" in page and "Send comment" in page
    assert "Please enter a title." in page_text(response)


def test_every_commentable_page_class_has_the_holding_moderator():
    """django-comments-xtd matches moderators by exact class: registering ArticlePage alone
    would publish comments on supervision reports at once."""
    assert {ArticlePage, SupervisionReportPage} <= set(moderator._registry)
    assert all(
        isinstance(moderator._registry[page_class], ArticleCommentModerator)
        for page_class in (ArticlePage, SupervisionReportPage)
    )
