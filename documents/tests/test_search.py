"""The portal's search box finds documents, as "Văn bản"."""

import re

import pytest

from .factories import decree_42

pytestmark = pytest.mark.django_db


def results(client, **params):
    content = client.get("/tim-kiem/", params).content.decode()
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]*)">(.*?)</a></h3>', content)


@pytest.fixture
def decree(register):
    return decree_42(register)


@pytest.mark.parametrize(
    "typed", ["42/2022/NĐ-CP", "nghi dinh 42", "dich vu cong truc tuyen moi truong mang"]
)
def test_site_search_finds_a_document(client, decree, typed):
    found = results(client, q=typed)

    assert found and found[0][0] == decree.url
    assert "42/2022/NĐ-CP" in re.sub(r"</?mark>", "", found[0][1])


def test_documents_are_their_own_kind(client, decree):
    assert results(client, q="nghi dinh 42", kind="van-ban")[0][0] == decree.url
    assert results(client, q="nghi dinh 42", kind="tin-tuc") == []
    assert "Văn bản" in client.get("/tim-kiem/", {"q": "nghi dinh"}).content.decode()


def test_an_unpublished_document_leaves_the_search(client, decree):
    decree.unpublish()

    assert results(client, q="nghi dinh 42") == []
