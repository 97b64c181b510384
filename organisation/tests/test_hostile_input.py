"""The organisation page takes no parameters: whatever a scanner adds to its address, in
either language, the page is shown as it is, and a path below it is a clear 404."""

from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import ANY_ENCODED, assert_no_server_error, parameters

LANGUAGES = st.sampled_from(["", "/en"])
# Written out: once an example asks for /en/, page.url would carry the prefix.
PATH = "/gioi-thieu/"


@given(language=LANGUAGES, query=parameters("page", "q", "nguoi", "lang"))
def test_any_query_string_shows_the_page(client, organisation_page, organisation, language, query):
    response = client.get(f"{language}{PATH}?{query}")

    assert response.status_code == 200
    assert "Nguyễn Văn Mẫu (mẫu)" in response.content.decode()


@given(language=LANGUAGES, segment=ANY_ENCODED)
def test_any_path_below_the_page_is_not_a_server_error(client, organisation_page, language, segment):
    response = client.get(f"{language}{PATH}{segment}/")

    assert_no_server_error(response)
    assert response.status_code in (200, 301, 302, 400, 404)
