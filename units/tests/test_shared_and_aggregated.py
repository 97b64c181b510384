"""What the province shares with its communes (the catalogue of procedures), and what it
gathers from them (their latest news), without copying anything."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given

from core.tests.hostile import ANY_ENCODED
from news.models import NewsCategoryPage, NewsIndexPage
from news.tests.factories import ArticlePageFactory
from procedures.tests.factories import ProcedureFactory
from units.builder import build_unit_site

pytestmark = pytest.mark.django_db


def test_a_procedure_imported_once_shows_on_every_commune(client, two_units):
    ProcedureFactory(name="Đăng ký khai sinh", at_commune=True, at_province=False)
    ProcedureFactory(name="Cấp giấy phép xây dựng", at_commune=False, at_province=True)
    for unit in (two_units.a, two_units.b):
        body = client.get("/thu-tuc-hanh-chinh/", HTTP_HOST=unit.host).content.decode()
        assert "Đăng ký khai sinh" in body
        # A commune's list opens on its own level; the province's are one choice away.
        assert "Cấp giấy phép xây dựng" not in body
        body = client.get("/thu-tuc-hanh-chinh/?cap=tinh", HTTP_HOST=unit.host).content.decode()
        assert "Cấp giấy phép xây dựng" in body


def test_a_procedure_s_page_is_on_the_commune_s_own_site(client, two_units):
    procedure = ProcedureFactory(name="Đăng ký kết hôn")
    body = client.get(f"/thu-tuc-hanh-chinh/{procedure.slug}/", HTTP_HOST=two_units.a.host).content.decode()
    assert "Đăng ký kết hôn" in body
    assert f'href="http://{two_units.a.host}/thu-tuc-hanh-chinh/{procedure.slug}/"' in body  # canonical
    home = client.get("/", HTTP_HOST=two_units.b.host).content.decode()
    assert f'action="http://{two_units.b.host}/thu-tuc-hanh-chinh/"' in home


def test_each_commune_s_contact_and_results_show_its_own_unit(client, two_units):
    for unit in (two_units.a, two_units.b):
        body = client.get("/ket-qua-giai-quyet-thu-tuc-hanh-chinh/", HTTP_HOST=unit.host).content.decode()
        other = two_units.b if unit is two_units.a else two_units.a
        assert unit.name in body and other.name not in body


def test_the_province_home_lists_each_commune_s_latest_news(client, two_units):
    body = client.get("/").content.decode()
    for unit in (two_units.a, two_units.b):
        assert unit.name in body
        assert f"Tin {unit.secret} về chợ phiên" in body
        assert f"http://{unit.host}/tin-tuc/" in body  # the link leads to the commune's own site


def queries_of(client, path, **params):
    """The queries of a request once the caches the first one fills are warm."""
    client.get(path, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def add_communes_with_news(first, count):
    """`count` more communes, each with four articles (one more than its section shows)."""
    names = []
    for number in range(first, first + count):
        built = build_unit_site(f"Xã Thêm {number}", "xã", f"xa-them-{number}.example:80")
        news_index = NewsIndexPage.objects.child_of(built.home).get()
        category = NewsCategoryPage.objects.child_of(news_index).first()
        for day in range(1, 5):
            article = ArticlePageFactory(
                parent=category, title=f"Tin xã thêm {number} số {day}", date=datetime.date(2024, 5, day)
            )
            article.save_revision().publish()
        names.append(f"Xã Thêm {number}")
    return names


def test_the_province_home_costs_the_same_with_six_communes_as_with_two(client, two_units):
    with_two, body = queries_of(client, "/")
    assert "Tin anpha về chợ phiên" in body and "Tin beta về chợ phiên" in body

    names = add_communes_with_news(1, 4)
    with_six, body = queries_of(client, "/")

    assert with_six == with_two
    for name in [two_units.a.name, two_units.b.name, *names]:
        assert name in body
    # Each commune's section shows its three newest articles.
    assert "Tin xã thêm 4 số 4" in body and "Tin xã thêm 4 số 2" in body
    assert "Tin xã thêm 4 số 1" not in body


@pytest.fixture
def communes_news(two_units):
    build_unit_site("Tỉnh Mẫu", "tỉnh", "testserver:80")
    return "/tin-xa-phuong/"


def test_the_communes_news_listing_filters_by_commune(client, two_units, communes_news):
    body = client.get(communes_news).content.decode()
    assert "Tin anpha về chợ phiên" in body and "Tin beta về chợ phiên" in body
    body = client.get(communes_news, {"don_vi": two_units.a.host}).content.decode()
    assert "Tin anpha về chợ phiên" in body and "Tin beta về chợ phiên" not in body


def test_the_communes_news_listing_costs_the_same_with_six_communes_as_with_two(
    client, two_units, communes_news
):
    every_two, body = queries_of(client, communes_news)
    assert "Tin anpha về chợ phiên" in body and "Tin beta về chợ phiên" in body
    one_of_two, body = queries_of(client, communes_news, don_vi=two_units.a.host)
    assert "Tin anpha về chợ phiên" in body and "Tin beta về chợ phiên" not in body

    add_communes_with_news(1, 4)
    every_six, body = queries_of(client, communes_news)
    assert "Tin xã thêm 1 số 4" in body and "Tin xã thêm 4 số 4" in body
    one_of_six, body = queries_of(client, communes_news, don_vi="xa-them-3.example")
    assert "Tin xã thêm 3 số 1" in body and "Tin xã thêm 3 số 4" in body
    assert "Tin xã thêm 2 số" not in body and "Tin anpha về chợ phiên" not in body

    assert (every_six, one_of_six) == (every_two, one_of_two)


def test_an_unknown_commune_is_said_and_every_commune_shown(client, two_units, communes_news):
    response = client.get(communes_news, {"don_vi": "xa-khong-co"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "không phải là một xã trong danh sách" in body
    assert "Tin anpha về chợ phiên" in body


@given(value=ANY_ENCODED, number=ANY_ENCODED)
def test_any_filter_value_gives_a_page_or_a_404(client, two_units, communes_news, value, number):
    response = client.get(f"{communes_news}?don_vi={value}&page={number}")
    assert response.status_code in (200, 404)
    assert not re.search(r"Traceback|Exception", response.content.decode())
