"""What the site-wide search needs from a procedure: a public URL and a search index entry."""

import pytest
from wagtail.search.backends import get_search_backend

from procedures.models import Procedure

from .factories import AgencyFactory, ProcedureFactory, ProcedureFieldFactory

pytestmark = pytest.mark.django_db


def test_a_procedure_has_a_public_url_under_the_list(client, procedures_site):
    procedure = ProcedureFactory(code="1.000948.H38")

    assert procedure.get_absolute_url() == procedure.url == "/thu-tuc-hanh-chinh/1-000948-h38/"
    assert client.get(procedure.url).status_code == 200


def test_the_url_follows_the_list_when_it_moves(client, procedures_site):
    procedure = ProcedureFactory(code="1.001193")
    procedure.get_absolute_url()
    procedures_site.index.slug = "tthc"
    procedures_site.index.save_revision().publish()

    assert Procedure.objects.get().get_absolute_url() == "/tthc/1-001193/"


def test_without_a_list_a_procedure_has_no_url(db):
    assert ProcedureFactory().get_absolute_url() is None


def test_a_procedure_saved_in_the_admin_is_found_by_the_search_backend(procedures_site):
    ProcedureFactory(
        name="Đăng ký khai sinh",
        field=ProcedureFieldFactory(name="Hộ tịch"),
        agency=AgencyFactory(name="UBND xã"),
    )

    results = get_search_backend().search("khai sinh", Procedure)

    assert [procedure.name for procedure in results] == ["Đăng ký khai sinh"]


def found(client, url, query):
    """The procedure names a reader sees for a query: in the site search or in the list."""
    content = client.get(url, {"q": query}).content.decode()
    content = content.replace("<mark>", "").replace("</mark>", "")  # the search marks the words found
    return {name for name in ("Đăng ký khai sinh", "Đăng ký khai tử") if name in content}


@pytest.mark.parametrize("url", ["/tim-kiem/", "/thu-tuc-hanh-chinh/"])
def test_renaming_what_finds_a_procedure_changes_what_finds_it(client, procedures_site, url):
    """The list and the site search read one index: a rename reaches both at once."""
    field, agency = ProcedureFieldFactory(name="Hộ tịch"), AgencyFactory(name="UBND xã")
    procedure = ProcedureFactory(name="Đăng ký khai sinh", code="1.001193", field=field, agency=agency)
    assert found(client, url, "ho tich") == found(client, url, "ubnd") == {"Đăng ký khai sinh"}

    field.name = "Tư pháp"
    field.save()
    agency.name = "Bộ phận Một cửa"
    agency.save()
    assert found(client, url, "tu phap") == found(client, url, "mot cua") == {"Đăng ký khai sinh"}
    assert found(client, url, "ho tich") == found(client, url, "ubnd") == set()

    procedure.name, procedure.code = "Đăng ký khai tử", "1.000656"
    procedure.save()
    assert found(client, url, "khai tu") == found(client, url, "1.000656") == {"Đăng ký khai tử"}
    assert found(client, url, "khai sinh") == found(client, url, "1.001193") == set()


def test_the_sitemap_lists_every_procedure(client, procedures_site, sitemap_locations):
    procedures_site.index.save_revision().publish()
    ProcedureFactory(code="1.001193")
    ProcedureFactory(code="1.000656")

    locations = sitemap_locations()

    assert "http://testserver/thu-tuc-hanh-chinh/" in locations
    assert "http://testserver/thu-tuc-hanh-chinh/1-001193/" in locations
    assert "http://testserver/thu-tuc-hanh-chinh/1-000656/" in locations
