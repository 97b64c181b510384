"""A resident (or a council member) checks, period by period, what the unit published."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from disclosures.periods import PeriodKind

from .factories import DisclosurePageFactory, kind

pytestmark = pytest.mark.django_db

URL = "/cong-khai/theo-ky/"


def period_section(content, heading):
    """The HTML of one period's section, from its heading to the next."""
    start = content.index(heading)
    end = content.find("<section", start)
    return content[start : end if end > 0 else None]


def line_state(section, kind_name):
    row = re.search(
        rf"<th scope=\"row\">{re.escape(kind_name)}</th>\s*<td><span class=\"state [^\"]+\">([^<]+)<", section
    )
    return row[1] if row else None


@pytest.fixture
def first_quarter_published(disclosures_page):
    return DisclosurePageFactory(parent=disclosures_page, title="Thực hiện dự toán quý 1 năm 2025")


def test_each_period_shows_what_was_published_and_what_is_missing(client, first_quarter_published, today):
    response = client.get(URL, {"nam": "2025"})

    assert response.status_code == 200
    content = response.content.decode()
    execution = "Tình hình thực hiện dự toán ngân sách"
    q1 = period_section(content, "Quý 1 năm 2025")
    assert line_state(q1, execution) == "Đã công khai"
    assert "Thực hiện dự toán quý 1 năm 2025" in q1
    # Q2's deadline (15 July) has passed on 10 October; Q3's (15 October) has not.
    assert line_state(period_section(content, "Quý 2 năm 2025"), execution) == "Chưa công khai"
    assert line_state(period_section(content, "Quý 3 năm 2025"), execution) == "Chưa đến hạn"
    assert line_state(period_section(content, "Năm 2025"), "Dự toán ngân sách") == "Chưa công khai"
    # The estimate, Q2 and six months' execution, six months' investment progress, the land-use plan.
    assert "5 công khai còn thiếu trong năm." in content


def test_this_year_is_shown_by_default_and_the_section_filter_is_kept(client, first_quarter_published, today):
    response = client.get(URL, {"muc": "thu-hoi-dat"})

    content = response.content.decode()
    assert "Công khai theo kỳ năm 2025" in content
    assert "Tình hình thực hiện dự toán ngân sách" not in content
    assert 'href="?nam=2024&amp;muc=thu-hoi-dat"' in content


def test_years_before_the_checklist_starts_show_nothing_missing(client, disclosures_page, today):
    content = client.get(URL, {"nam": "2023"}).content.decode()

    assert "0 công khai còn thiếu trong năm." in content
    assert "Chưa công khai" not in content


def test_an_unexpected_disclosure_is_shown_in_its_period(client, disclosures_page, today):
    DisclosurePageFactory(
        parent=disclosures_page,
        title="Thu hồi đất làm đường liên thôn",
        kind=kind("thu-hoi-dat-boi-thuong-ho-tro-tai-dinh-cu"),
        period=PeriodKind.Q2,
    )

    q2 = period_section(client.get(URL, {"nam": "2025"}).content.decode(), "Quý 2 năm 2025")
    assert line_state(q2, "Thu hồi đất, bồi thường, hỗ trợ, tái định cư") == "Đã công khai"


def test_a_bad_year_is_refused_in_vietnamese(client, disclosures_page):
    response = client.get(URL, {"nam": "hai nghìn"})

    assert response.status_code == 400
    assert "“hai nghìn” không phải là giá trị hợp lệ của “Năm”" in response.content.decode()


def test_the_period_view_makes_as_many_queries_whatever_the_disclosures(
    client, disclosures_page, today, django_assert_num_queries
):
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        client.get(URL)
        few = len(queries)  # read now: each request empties the connection's query log
    for period in PeriodKind.values:
        DisclosurePageFactory(parent=disclosures_page, period=period)
        DisclosurePageFactory(parent=disclosures_page, period=period, kind=kind("du-toan-ngan-sach"))
    client.get(URL)  # the new pages renewed the cached menu and settings
    with django_assert_num_queries(few):
        client.get(URL, {"muc": "ngan-sach"})
