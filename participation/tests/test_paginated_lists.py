"""The open data of questions and answers, and the comments published on a draft, come a
page at a time: a harvester follows the next page, a reader moves page by page, and a page
that is no page is refused in Vietnamese."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st

from core.pagination import MAX_PAGE
from core.tests.hostile import assert_no_server_error, parameter
from participation.models import DraftComment
from participation.models.consultation import COMMENTS_PER_PAGE
from participation.views.public import OPEN_DATA_PER_PAGE

from .factories import published_submission

pytestmark = pytest.mark.django_db

OPEN_DATA = "/hoi-dap/json/"
BAD_PAGE = "không phải là số trang"


def answers(participation, fields, count):
    for number in range(count):
        published_submission(participation, field=fields["Tư pháp"], subject=f"Câu hỏi số {number}")


def published_comments(draft, count):
    DraftComment.objects.bulk_create(
        DraftComment(
            page=draft, name=f"Người góp ý {number}", email="a@example.com", comment="Đồng ý.", is_public=True
        )
        for number in range(count)
    )


def queries_for(client, address):
    client.get(address)  # the page chrome's caches, filled once
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def test_the_open_data_comes_a_page_at_a_time_with_the_next_pages_address(client, participation, fields):
    answers(participation, fields, OPEN_DATA_PER_PAGE + 1)

    first = json.loads(client.get(OPEN_DATA).content)
    assert len(first["hoi_dap"]) == OPEN_DATA_PER_PAGE
    assert first["trang"] == 1 and first["trang_truoc"] is None
    assert first["trang_sau"].endswith("/hoi-dap/json/?page=2")

    second = json.loads(client.get(OPEN_DATA, {"page": 2}).content)
    assert [item["tieu_de"] for item in second["hoi_dap"]] == ["Câu hỏi số 0"]  # the oldest, last
    assert second["trang_sau"] is None and second["trang_truoc"].endswith("?page=1")


def test_the_open_data_refuses_a_page_that_is_no_page_in_vietnamese(client, participation, fields):
    answers(participation, fields, 2)

    bad = client.get(OPEN_DATA, {"page": "hai"})
    assert bad.status_code == 400
    assert BAD_PAGE in json.loads(bad.content)["loi"]
    past = client.get(OPEN_DATA, {"page": 3})
    assert past.status_code == 404
    assert json.loads(past.content)["loi"] == "Danh sách không có trang này."


def test_the_open_data_costs_the_same_with_3_answers_or_a_full_page(client, participation, fields):
    answers(participation, fields, 3)
    few = queries_for(client, OPEN_DATA)
    answers(participation, fields, OPEN_DATA_PER_PAGE + 2)

    assert queries_for(client, OPEN_DATA) == few


def test_the_drafts_comments_come_a_page_at_a_time(client, draft):
    published_comments(draft, COMMENTS_PER_PAGE + 1)

    first = client.get(draft.url).content.decode()
    assert first.count('class="qa-card"') == COMMENTS_PER_PAGE
    assert 'rel="next"' in first
    second = client.get(draft.url, {"page": 2}).content.decode()
    assert second.count('class="qa-card"') == 1


def test_a_comment_page_that_is_no_page_is_refused_in_vietnamese(client, draft):
    published_comments(draft, 2)

    bad = client.get(draft.url, {"page": "0"})
    assert bad.status_code == 400
    assert BAD_PAGE in bad.content.decode()
    past = client.get(draft.url, {"page": 2})
    assert past.status_code == 404
    assert "Không tìm thấy trang" in past.content.decode()


def test_the_drafts_page_costs_the_same_with_3_comments_or_a_full_page(client, draft):
    published_comments(draft, 3)
    few = queries_for(client, draft.url)
    published_comments(draft, COMMENTS_PER_PAGE + 2)

    assert queries_for(client, draft.url) == few


@given(page=parameter("page"))
def test_any_page_parameter_of_the_open_data_gets_an_answer_never_a_server_error(client, participation, page):
    response = client.get(f"{OPEN_DATA}?{page}")
    assert_no_server_error(response)
    assert response.status_code in (200, 400, 404)


@given(page=parameter("page"))
def test_any_page_parameter_of_a_draft_gets_an_answer_never_a_server_error(client, draft, page):
    response = client.get(f"{draft.url}?{page}")
    assert_no_server_error(response)
    assert response.status_code in (200, 400, 404)


@given(number=st.integers(min_value=1, max_value=MAX_PAGE))
def test_every_page_number_is_a_page_or_a_page_past_the_end(client, participation, number):
    response = client.get(OPEN_DATA, {"page": number})
    assert response.status_code == (200 if number == 1 else 404)


@given(number=st.one_of(st.integers(max_value=0), st.integers(min_value=MAX_PAGE + 1)))
def test_a_number_outside_the_pages_is_refused(client, draft, number):
    assert client.get(draft.url, {"page": number}).status_code == 400
