"""The register as open data (CSV, JSON) with the list's filters, and feeds of new documents."""

import csv
import io
import json

import feedparser
import pytest

from .factories import LegalDocumentPageFactory, attach, decree_42

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(register):
    decree = decree_42(register)
    attach(decree)
    decision = LegalDocumentPageFactory(parent=register, number="15/2025/QĐ-UBND", title="Ban hành quy chế")
    return decree, decision


def test_csv_with_the_same_filters(client, documents):
    response = client.get("/van-ban/csv/", {"loai": "nghi-dinh"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Số, ký hiệu", "Loại văn bản", "Trích yếu"]
    assert [row[0] for row in rows[1:]] == ["42/2022/NĐ-CP"]
    assert rows[1][6] == "24/06/2022"
    assert rows[1][-1].startswith("http://testserver/documents/")


def test_json_with_the_same_filters(client, documents):
    data = json.loads(client.get("/van-ban/json/", {"q": "quy che"}).content)

    assert data["count"] == 1
    document = data["documents"][0]
    assert document["number"] == "15/2025/QĐ-UBND"
    assert document["url"] == "http://testserver/van-ban/15-2025-qd-ubnd/"
    assert document["status"] == "con-hieu-luc"


def test_json_lists_the_files(client, documents):
    data = json.loads(client.get("/van-ban/json/", {"loai": "nghi-dinh"}).content)

    assert data["documents"][0]["files"][0]["type"] == "PDF"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_of_new_documents(client, documents, kind):
    response = client.get(f"/van-ban/{kind}/")

    feed = feedparser.parse(response.content)
    assert response.status_code == 200
    titles = [entry.title for entry in feed.entries]
    assert "Nghị định 42/2022/NĐ-CP" in titles and "Quyết định 15/2025/QĐ-UBND" in titles
    assert any(entry.link == "http://testserver/van-ban/42-2022-nd-cp/" for entry in feed.entries)
