"""A resident looks through the unit's disclosures at /cong-khai/."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given

from core.tests.hostile import assert_no_server_error, parameters
from disclosures.models import DisclosureDocument
from disclosures.periods import PeriodKind
from documents.tests.factories import decree_42
from home.tests.factories import HomePageFactory

from .factories import DisclosureIndexPageFactory, DisclosurePageFactory, attach, kind

pytestmark = pytest.mark.django_db

URL = "/cong-khai/"


@pytest.fixture
def published(disclosures_page):
    estimate = DisclosurePageFactory(
        parent=disclosures_page,
        title="Công khai dự toán ngân sách xã năm 2025",
        kind=kind("du-toan-ngan-sach"),
        period=PeriodKind.YEAR,
    )
    q1 = DisclosurePageFactory(parent=disclosures_page, title="Thực hiện dự toán quý 1 năm 2025")
    land = DisclosurePageFactory(
        parent=disclosures_page,
        title="Thu hồi đất làm đường liên thôn",
        kind=kind("thu-hoi-dat-boi-thuong-ho-tro-tai-dinh-cu"),
        year=2024,
        period=PeriodKind.Q4,
    )
    return {"estimate": estimate, "q1": q1, "land": land}


def titles(response):
    content = response.content.decode()
    return [
        title for title in ("dự toán ngân sách xã", "quý 1 năm 2025", "Thu hồi đất làm") if title in content
    ]


def test_the_list_shows_every_disclosure_latest_period_first(client, published):
    response = client.get(URL)

    assert response.status_code == 200
    content = response.content.decode()
    assert (
        content.index("dự toán ngân sách xã")
        < content.index("quý 1 năm 2025")
        < content.index("Thu hồi đất làm")
    )
    assert "Quý 4 năm 2024" in content


@pytest.mark.parametrize(
    "query, shown",
    [
        ({"muc": "ngan-sach"}, ["dự toán ngân sách xã", "quý 1 năm 2025"]),
        ({"muc": "thu-hoi-dat"}, ["Thu hồi đất làm"]),
        ({"loai": "du-toan-ngan-sach"}, ["dự toán ngân sách xã"]),
        ({"nam": "2024"}, ["Thu hồi đất làm"]),
        ({"ky": "quy-1", "nam": "2025"}, ["quý 1 năm 2025"]),
    ],
    ids=repr,
)
def test_filters_kept_in_the_url_narrow_the_list(client, published, query, shown):
    response = client.get(URL, query)

    assert response.status_code == 200
    assert titles(response) == shown
    for value in query.values():
        assert f'value="{value}" selected' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"muc": "khong-co"},
        {"loai": "khong-co"},
        {"nam": "20x5"},
        {"nam": "1800"},
        {"ky": "quy-5"},
        {"page": "abc"},
        {"nam": ["2024", "2025"]},
    ],
    ids=repr,
)
def test_a_bad_parameter_is_refused_in_vietnamese(client, published, query):
    response = client.get(URL, query)

    assert response.status_code == 400
    assert "Một số điều kiện không dùng được" in response.content.decode()


def test_a_draft_or_another_sites_disclosure_is_not_listed(client, published, portal):
    DisclosurePageFactory(parent=published["q1"].get_parent(), title="Bản nháp chưa duyệt", live=False)
    other_home = HomePageFactory(parent=portal.home.get_parent(), slug="xa-khac")
    DisclosureIndexPageFactory(parent=other_home, slug="cong-khai")
    DisclosurePageFactory(parent=other_home.get_children().get().specific, title="Của xã khác")

    content = client.get(URL).content.decode()
    assert published["q1"].title in content
    assert "Bản nháp chưa duyệt" not in content
    assert "Của xã khác" not in content


def test_the_detail_shows_the_period_the_documents_and_the_files(client, published, register):
    estimate = published["estimate"]
    DisclosureDocument.objects.create(page=estimate, document=decree_42(register))
    attach(estimate, title="Biểu số liệu dự toán")

    content = client.get(estimate.url).content.decode()
    assert "Năm 2025 (01/01/2025 – 31/12/2025)" in content
    assert "42/2022/NĐ-CP" in content
    assert "Biểu số liệu dự toán" in content and "download" in content


def test_the_list_makes_as_many_queries_with_many_disclosures_and_any_filter(
    client, disclosures_page, django_assert_num_queries
):
    DisclosurePageFactory(parent=disclosures_page)
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        client.get(URL)
        few = len(queries)  # read now: each request empties the connection's query log
    for _ in range(25):
        DisclosurePageFactory(parent=disclosures_page)
    client.get(URL)  # the new pages renewed the cached menu and settings
    for query in ({}, {"muc": "ngan-sach", "nam": "2025"}, {"ky": "quy-1", "loai": "du-toan-ngan-sach"}):
        with django_assert_num_queries(few):
            client.get(URL, query)


@given(query=parameters("muc", "loai", "nam", "ky", "page"))
def test_no_parameter_makes_a_server_error(client, published, query):
    assert_no_server_error(client.get(f"{URL}?{query}"))
    assert_no_server_error(client.get(f"{URL}theo-ky/?{query}"))
