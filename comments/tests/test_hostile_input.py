"""Whatever a client sends to the comment address, it gets the article, a refusal with a
Vietnamese message, or a 404: never a server error."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from comments.models import ArticleComment
from core.tests.hostile import ANY_ENCODED, ODD_HEADERS, ORIGINS, assert_no_server_error

from .conftest import form_data

pytestmark = pytest.mark.django_db

FIELDS = [
    "title",
    "name",
    "email",
    "comment",
    "honeypot",
    "timestamp",
    "security_hash",
    "object_pk",
    "content_type",
]
FORM = "application/x-www-form-urlencoded"


def post(client, article, field, value, **headers):
    """The form as the page sends it, with one field replaced by a raw, hostile value."""
    data = form_data(article)
    data.pop(field, None)
    body = urlencode(data) + f"&{field}={value}"
    return client.post(f"/binh-luan/{article.pk}/gui/", body, content_type=FORM, **headers)


def test_an_origin_that_is_not_an_address_is_refused_as_from_another_site(article):
    """`Origin: http://[::1` once raised ValueError while it was read."""
    browser = Client(HTTP_ORIGIN="http://[::1")

    response = post(browser, article, "comment", "Xin hỏi")

    assert response.status_code == 403
    assert "Không thể gửi bình luận từ một trang web khác." in response.content.decode()
    assert not ArticleComment.objects.exists()


@pytest.mark.parametrize("article_id", ["9223372036854775808", "9" * 40])
def test_an_article_number_too_large_for_the_database_is_not_found(client, portal, article_id):
    response = client.post(f"/binh-luan/{article_id}/gui/", {"comment": "Xin hỏi"})

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@given(field=st.sampled_from(FIELDS), value=ANY_ENCODED)
def test_no_field_value_makes_a_server_error(client, article, field, value):
    assert_no_server_error(post(client, article, field, value))


@given(headers=ODD_HEADERS, origin=ORIGINS)
def test_no_header_makes_a_server_error(client, article, headers, origin):
    assert_no_server_error(post(client, article, "comment", "Xin hỏi", **{**headers, "HTTP_ORIGIN": origin}))


@given(article_id=ANY_ENCODED)
def test_no_article_address_makes_a_server_error(client, article, article_id):
    assert_no_server_error(client.post(f"/binh-luan/{article_id}/gui/", {"comment": "Xin hỏi"}))
    assert_no_server_error(client.get(f"/binh-luan/{article_id}/gui/"))


@given(token=ANY_ENCODED)
def test_no_confirmation_link_makes_a_server_error(client, portal, token):
    assert_no_server_error(client.get(f"/binh-luan/xac-nhan/{token}/"))
