"""Whatever a client puts in the addresses and parameters of the news (listings, archives
by year, month, author and tag, pagination, feeds, an article's notice), the answer is a
page or a 4xx with a Vietnamese message: never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import ANY_ENCODED, NUMBERS, assert_no_server_error, encoded, parameters

from .factories import ArticlePageFactory, AuthorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(portal):
    author = AuthorFactory(name="Anh Đào", slug="anh-dao")
    article = ArticlePageFactory(parent=portal.category, author=author, tags=["một cửa"])
    return article


ADDRESSES = [
    "/tin-tuc/{}/",
    "/tin-tuc/2020/{}/",
    "/tin-tuc/{}/1/",
    "/tin-tuc/tac-gia/{}/",
    "/tin-tuc/the/{}/",
    "/tin-tuc/thoi-su-tong-hop/{}/",
    "/tin-tuc/thoi-su-tong-hop/{}/in/",
    "/en/tin-tuc/{}/",
]
LISTINGS = [
    "/tin-tuc/",
    "/tin-tuc/2020/",
    "/tin-tuc/2020/1/",
    "/tin-tuc/tac-gia/anh-dao/",
    "/tin-tuc/the/mot-cua/",
    "/tin-tuc/thoi-su-tong-hop/",
    "/tin-tuc/thoi-su-tong-hop/rss/",
    "/tin-tuc/thoi-su-tong-hop/atom/",
    "/rss.xml",
    "/atom.xml",
]


@pytest.mark.parametrize("year", ["0", "10000", "99999999999", "9223372036854775808", "9" * 5000])
def test_a_year_no_calendar_holds_is_not_found(client, news, year):
    for address in (f"/tin-tuc/{year}/", f"/tin-tuc/2020/{year}/", f"/tin-tuc/{year}/1/"):
        response = client.get(address)
        assert response.status_code == 404
        assert "<h1>Không tìm thấy trang</h1>" in response.content.decode()


@given(value=ANY_ENCODED, address=st.sampled_from(ADDRESSES))
def test_no_archive_address_makes_a_server_error(client, news, value, address):
    assert_no_server_error(client.get(address.format(value)))


@given(number=NUMBERS.map(encoded), address=st.sampled_from(ADDRESSES[:3]))
def test_no_number_in_an_archive_address_makes_a_server_error(client, news, number, address):
    assert_no_server_error(client.get(address.format(number)))


@given(query=parameters("page", "binh-luan", "q"), address=st.sampled_from(LISTINGS))
def test_no_listing_or_feed_parameter_makes_a_server_error(client, news, query, address):
    assert_no_server_error(client.get(f"{address}?{query}"))


@given(query=parameters("binh-luan", "page"))
def test_no_parameter_of_an_article_makes_a_server_error(client, news, query):
    assert_no_server_error(client.get(f"{news.url}?{query}"))
