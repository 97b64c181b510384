import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from procedures.demo.loader import STATISTICS_FILES
from procedures.spreadsheets.statistics_import import StatisticsImporter

pytestmark = pytest.mark.django_db


def test_the_home_page_has_a_procedure_search_box_and_the_headline_figures(client, procedures_site):
    StatisticsImporter().run(STATISTICS_FILES[0].read_bytes())

    content = client.get("/").content.decode()

    assert '<form class="procedures-home__search" method="get" action="/thu-tuc-hanh-chinh/"' in content
    assert 'name="q"' in content
    assert "Bộ phận một cửa – Xã Tam Hồng<br>\n        Năm 2018 – 6 tháng đầu năm 2020" in content
    assert "<dd>16.517</dd>" in content
    assert "<dd>16.517 <small>(100%)</small></dd>" in content
    assert f'<a href="{procedures_site.statistics.url}">Kết quả giải quyết thủ tục hành chính</a>' in content


def test_the_home_page_search_reaches_the_list(client, procedures_site):
    response = client.get("/thu-tuc-hanh-chinh/", {"q": "khai sinh"})

    assert response.status_code == 200


def test_without_procedure_pages_the_home_page_shows_no_box(client, portal):
    assert "procedures-home" not in client.get("/").content.decode()


def test_the_box_adds_two_queries_however_many_figures(client, procedures_site):
    StatisticsImporter().run(STATISTICS_FILES[1].read_bytes())
    client.get("/")

    with CaptureQueriesContext(connection) as home_queries:
        client.get("/")
    procedure_queries = [query for query in home_queries if "procedures_" in query["sql"]]
    assert len(procedure_queries) <= 2
