import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.procedures.loader import STATISTICS_FILES
from news.tests.factories import ArticlePageFactory
from procedures.spreadsheets.statistics_import import StatisticsImporter

from .factories import ProcedureFactory

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


def test_the_home_page_search_lists_the_procedures_it_finds(client, procedures_site):
    ProcedureFactory(name="Đăng ký khai sinh")
    ProcedureFactory(name="Đăng ký kết hôn")
    home = client.get("/").content.decode()
    action = re.search(r'<form class="procedures-home__search" method="get" action="([^"]+)"', home).group(1)

    listing = client.get(action, {"q": "khai sinh"}).content.decode()

    assert "Đăng ký khai sinh" in listing
    assert "Đăng ký kết hôn" not in listing
    assert "1 thủ tục" in listing


def test_the_box_is_styled_from_the_head_of_the_page(client, procedures_site):
    home = client.get("/").content.decode()
    head, body = home.split("</head>")

    assert 'href="/static/procedures/procedures.css"' in head
    assert '<link rel="stylesheet"' not in body


def test_without_procedure_pages_the_home_page_shows_the_news_without_a_box(client, portal):
    ArticlePageFactory(parent=portal.category, title="Lịch tiếp công dân tháng 10")

    home = client.get("/").content.decode()

    assert "Lịch tiếp công dân tháng 10" in home
    assert "procedures-home" not in home


def test_the_box_adds_two_queries_however_many_figures(client, procedures_site):
    StatisticsImporter().run(STATISTICS_FILES[1].read_bytes())
    client.get("/")

    with CaptureQueriesContext(connection) as home_queries:
        client.get("/")
    procedure_queries = [query for query in home_queries if "procedures_" in query["sql"]]
    assert len(procedure_queries) <= 2
