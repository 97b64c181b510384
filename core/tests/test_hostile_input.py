"""Whatever address, parameter or header a client sends to the site's own views (page
routing, robots.txt, the sitemap, the favicon), the answer is a page or a 4xx with a
Vietnamese message: never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import ANY_ENCODED, ODD_HEADERS, assert_no_server_error, parameter, parameters

pytestmark = pytest.mark.django_db

NOT_FOUND = "<h1>Không tìm thấy trang</h1>"


@pytest.mark.parametrize("segment", ["a", "tin-tuc"])
def test_an_address_of_a_thousand_segments_is_not_found(client, portal, segment):
    """On SQLite, the lookup of 997 slugs once failed: "Expression tree is too large"."""
    response = client.get(f"/{segment}" * 997 + "/")

    assert response.status_code == 404
    assert NOT_FOUND in response.content.decode()


def test_an_address_with_a_nul_byte_is_not_found(client, portal):
    for address in ("/tin-tuc%00/", "/tin-tuc/thoi-su-tong-hop/%00/", "/%00/tin-tuc/"):
        response = client.get(address)
        assert response.status_code == 404
        assert NOT_FOUND in response.content.decode()


def test_the_deepest_pages_are_still_found_below_their_sub_paths(client, portal):
    assert client.get("/tin-tuc/2020/").status_code == 200
    assert client.get("/tin-tuc/thoi-su-tong-hop/rss/").status_code == 200
    assert client.get("/tin-tuc/thoi-su-tong-hop/" + "a/" * 80).status_code == 404


@given(
    segments=st.lists(ANY_ENCODED, min_size=1, max_size=4), prefix=st.sampled_from(["", "/en", "/tin-tuc"])
)
def test_no_address_makes_a_server_error(client, portal, segments, prefix):
    assert_no_server_error(client.get(prefix + "/" + "/".join(segments) + "/"))


@given(
    query=parameters("page", "p", "q", "lang"), address=st.sampled_from(["/", "/robots.txt", "/sitemap.xml"])
)
def test_no_parameter_makes_a_server_error(client, portal, query, address):
    assert_no_server_error(client.get(f"{address}?{query}"))


@given(section=ANY_ENCODED, page=parameter("p"))
def test_no_sitemap_file_address_makes_a_server_error(client, portal, section, page):
    assert_no_server_error(client.get(f"/sitemap-{section}.xml"))
    assert_no_server_error(client.get(f"/sitemap-trang.xml?{page}"))


@given(
    headers=ODD_HEADERS,
    address=st.sampled_from(["/", "/tin-tuc/", "/robots.txt", "/sitemap.xml", "/favicon.ico", "/khong-co/"]),
)
def test_no_header_makes_a_server_error(client, portal, headers, address):
    assert_no_server_error(client.get(address, **headers))


@pytest.mark.parametrize("host", ["[::1", "testserver:abc", "exa mple.vn", "testserver\x00"])
def test_a_host_header_that_names_no_host_gets_the_vietnamese_400_page(client, portal, host):
    response = client.get("/", HTTP_HOST=host)

    assert response.status_code == 400
    assert "<h1>Yêu cầu không hợp lệ</h1>" in response.content.decode()
