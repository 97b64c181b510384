"""Whatever a broken client, a scanner or an attacker sends to the participation pages,
the answer is the page or a clear 4xx, never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import ANY_ENCODED, parameters
from participation.forms import SubmissionForm

from .factories import published_submission

pytestmark = pytest.mark.django_db

FORM_TEXT = st.one_of(
    st.text(max_size=300), st.sampled_from(["", " ", "\x00", "a" * 6000, "0" * 40, "@", "+84"])
)


@pytest.fixture
def record(participation, fields):
    return published_submission(participation, field=fields["Tư pháp"], subject="Chứng thực bản sao")


@given(query=parameters("q", "linh-vuc", "page"))
def test_the_listing_answers_any_parameters(client, record, query):
    response = client.get(f"/hoi-dap/?{query}")
    assert response.status_code in (200, 400)


@given(query=parameters("q", "page", "danh-gia"))
def test_the_other_pages_answer_any_parameters(client, record, query):
    for address in (
        "/hoi-dap/gui/",
        "/hoi-dap/tra-cuu/",
        "/hoi-dap/thong-ke/",
        "/hoi-dap/thong-ke/csv/",
        "/hoi-dap/json/",
        f"/hoi-dap/hoi-dap/{record.pk}/",
    ):
        assert client.get(f"{address}?{query}").status_code in (200, 400)


@given(segment=ANY_ENCODED)
def test_any_private_link_or_answer_address_is_not_found(client, record, segment):
    assert client.get(f"/tham-gia/theo-doi/{segment}/").status_code in (400, 404)
    assert client.get(f"/hoi-dap/hoi-dap/{segment}/").status_code in (400, 404)


@given(data=st.fixed_dictionaries({}, optional={name: FORM_TEXT for name in SubmissionForm.base_fields}))
def test_the_form_answers_any_input_with_a_page(client, participation, fields, data):
    response = client.post(f"/tham-gia/{participation.pk}/gui/", data)
    assert response.status_code in (303, 400, 429)


@given(data=st.fixed_dictionaries({}, optional={"code": FORM_TEXT, "contact": FORM_TEXT}))
def test_the_lookup_answers_any_input(client, participation, data):
    response = client.post(f"/tham-gia/{participation.pk}/tra-cuu/", data)
    assert response.status_code in (400, 404, 429)


@given(value=FORM_TEXT)
def test_a_rating_with_any_value_goes_back_to_the_answer(client, record, value):
    response = client.post(f"/tham-gia/danh-gia/{record.pk}/", {"huu-ich": value})
    assert response.status_code == 303


def test_a_private_link_with_a_nul_is_not_found_on_either_database(client, record):
    """PostgreSQL refuses a NUL in a query: the address never reaches it."""
    assert client.get("/tham-gia/theo-doi/abc%00def/").status_code == 404
