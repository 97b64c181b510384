"""Whatever a client puts in the search's parameters and headers, the answer is results,
"nothing found" or a 400 with a Vietnamese message: never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import COMBINING, ODD_HEADERS, assert_no_server_error, encoded, parameters

pytestmark = pytest.mark.django_db

ADDRESSES = ["/tim-kiem/", "/en/tim-kiem/"]


@given(query=parameters("q", "kind", "page"), address=st.sampled_from(ADDRESSES))
def test_no_parameter_makes_a_server_error(client, archive, query, address):
    assert_no_server_error(client.get(f"{address}?{query}"))


@given(words=st.lists(COMBINING, min_size=1, max_size=4), address=st.sampled_from(ADDRESSES))
def test_no_combination_of_accents_and_letters_makes_a_server_error(client, archive, words, address):
    """Stray combining marks, alone or beside letters (the tsquery error of issue 10)."""
    assert_no_server_error(client.get(f"{address}?q={encoded(' '.join(words))}"))


@given(headers=ODD_HEADERS)
def test_no_header_makes_a_server_error(client, archive, headers):
    assert_no_server_error(client.get("/tim-kiem/?q=mot+cua", **headers))
