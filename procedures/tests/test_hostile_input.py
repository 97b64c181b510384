"""Whatever a client puts in the procedure list's filters, its exports, a procedure's
address or the one-stop statistics' unit, the answer is a page or a 4xx with a
Vietnamese message: never a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import ANY_ENCODED, assert_no_server_error, parameters

from .factories import DossierStatisticsFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

FILTERS = ("q", "linh_vuc", "cap", "co_quan", "truc_tuyen", "page")


@pytest.fixture
def catalogue(procedures_site):
    ProcedureFactory(name="Đăng ký khai sinh")
    DossierStatisticsFactory()
    return procedures_site


@given(query=parameters(*FILTERS), export=st.sampled_from(["", "csv/", "json/"]))
def test_no_filter_makes_a_server_error(client, catalogue, query, export):
    assert_no_server_error(client.get(f"{catalogue.index.url}{export}?{query}"))


@given(slug=ANY_ENCODED, suffix=st.sampled_from(["", "in/"]))
def test_no_procedure_address_makes_a_server_error(client, catalogue, slug, suffix):
    assert_no_server_error(client.get(f"{catalogue.index.url}{slug}/{suffix}"))


@given(query=parameters("don_vi", "page"), export=st.sampled_from(["", "csv/"]))
def test_no_unit_of_the_statistics_makes_a_server_error(client, catalogue, query, export):
    assert_no_server_error(client.get(f"{catalogue.statistics.url}{export}?{query}"))


@pytest.mark.parametrize("parameter", ["co_quan", "linh_vuc"])
def test_a_nul_in_a_field_or_agency_filter_is_ignored_with_a_notice(client, catalogue, parameter):
    response = client.get(catalogue.index.url, {parameter: "\x00"})

    assert response.status_code == 200
    assert "so that filter was ignored" not in response.content.decode()  # told in Vietnamese
    assert len(response.context["search"].filters.ignored) == 1
